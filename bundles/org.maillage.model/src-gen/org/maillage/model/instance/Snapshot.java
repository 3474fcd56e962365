/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance;

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
	 * @return the value of the '<em>Etats Indicateurs</em>' containment reference list.
	 * @see org.maillage.model.instance.InstancePackage#getSnapshot_EtatsIndicateurs()
	 * @model containment="true"
	 * @generated
	 */
	EList<EtatIndicateur> getEtatsIndicateurs();

} // Snapshot
