/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.Element;

import org.maillage.model.plan.FeuilleDeRoute;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Snapshot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The state of a roadmap frozen at a meeting, to show what changed between two meetings.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.instance.Snapshot#getFeuilleDeRoute <em>Feuille De Route</em>}</li>
 *   <li>{@link org.maillage.model.instance.Snapshot#getEtatsChantiers <em>Etats Chantiers</em>}</li>
 *   <li>{@link org.maillage.model.instance.Snapshot#getEtatsIndicateurs <em>Etats Indicateurs</em>}</li>
 *   <li>{@link org.maillage.model.instance.Snapshot#getDateSituation <em>Date Situation</em>}</li>
 *   <li>{@link org.maillage.model.instance.Snapshot#getPortee <em>Portee</em>}</li>
 *   <li>{@link org.maillage.model.instance.Snapshot#getEtats <em>Etats</em>}</li>
 *   <li>{@link org.maillage.model.instance.Snapshot#getChiffres <em>Chiffres</em>}</li>
 *   <li>{@link org.maillage.model.instance.Snapshot#getLacunes <em>Lacunes</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.instance.InstancePackage#getSnapshot()
 * @model
 * @generated
 */
public interface Snapshot extends Element
{
	/**
	 * Returns the value of the '<em><b>Feuille De Route</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feuille De Route</em>' reference.
	 * @see #setFeuilleDeRoute(FeuilleDeRoute)
	 * @see org.maillage.model.instance.InstancePackage#getSnapshot_FeuilleDeRoute()
	 * @model
	 * @generated
	 */
	FeuilleDeRoute getFeuilleDeRoute();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.Snapshot#getFeuilleDeRoute <em>Feuille De Route</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feuille De Route</em>' reference.
	 * @see #getFeuilleDeRoute()
	 * @generated
	 */
	void setFeuilleDeRoute(FeuilleDeRoute value);

	/**
	 * Returns the value of the '<em><b>Etats Chantiers</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.instance.EtatChantier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Format 1.0 only: migrated to etats when a 1.0 file is loaded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Etats Chantiers</em>' containment reference list.
	 * @see org.maillage.model.instance.InstancePackage#getSnapshot_EtatsChantiers()
	 * @model containment="true"
	 * @generated
	 */
	EList<EtatChantier> getEtatsChantiers();

	/**
	 * Returns the value of the '<em><b>Etats Indicateurs</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.instance.EtatIndicateur}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Format 1.0 only: migrated to etats when a 1.0 file is loaded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Etats Indicateurs</em>' containment reference list.
	 * @see org.maillage.model.instance.InstancePackage#getSnapshot_EtatsIndicateurs()
	 * @model containment="true"
	 * @generated
	 */
	EList<EtatIndicateur> getEtatsIndicateurs();

	/**
	 * Returns the value of the '<em><b>Date Situation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date the figures and gaps were computed at: the meeting's date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date Situation</em>' attribute.
	 * @see #setDateSituation(LocalDate)
	 * @see org.maillage.model.instance.InstancePackage#getSnapshot_DateSituation()
	 * @model dataType="org.maillage.model.LocalDate"
	 * @generated
	 */
	LocalDate getDateSituation();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.Snapshot#getDateSituation <em>Date Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Situation</em>' attribute.
	 * @see #getDateSituation()
	 * @generated
	 */
	void setDateSituation(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Portee</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kinds of element (EClass names) this snapshot holds; a change of a kind outside it is not reported. Snapshots migrated from format 1.0 hold Chantier and Indicateur only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Portee</em>' attribute list.
	 * @see org.maillage.model.instance.InstancePackage#getSnapshot_Portee()
	 * @model
	 * @generated
	 */
	EList<String> getPortee();

	/**
	 * Returns the value of the '<em><b>Etats</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.instance.EtatElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every compared element of the roadmap, in model order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Etats</em>' containment reference list.
	 * @see org.maillage.model.instance.InstancePackage#getSnapshot_Etats()
	 * @model containment="true"
	 * @generated
	 */
	EList<EtatElement> getEtats();

	/**
	 * Returns the value of the '<em><b>Chiffres</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.instance.Chiffre}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chiffres</em>' containment reference list.
	 * @see org.maillage.model.instance.InstancePackage#getSnapshot_Chiffres()
	 * @model containment="true"
	 * @generated
	 */
	EList<Chiffre> getChiffres();

	/**
	 * Returns the value of the '<em><b>Lacunes</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.instance.Lacune}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lacunes</em>' containment reference list.
	 * @see org.maillage.model.instance.InstancePackage#getSnapshot_Lacunes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Lacune> getLacunes();

} // Snapshot
