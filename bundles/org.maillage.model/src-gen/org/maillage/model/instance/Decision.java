/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.Element;

import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.dispositif.StatutDispositif;

import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.StatutChantier;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.instance.Decision#getChantiers <em>Chantiers</em>}</li>
 *   <li>{@link org.maillage.model.instance.Decision#getDispositifs <em>Dispositifs</em>}</li>
 *   <li>{@link org.maillage.model.instance.Decision#getStatutChantierVise <em>Statut Chantier Vise</em>}</li>
 *   <li>{@link org.maillage.model.instance.Decision#getStatutDispositifVise <em>Statut Dispositif Vise</em>}</li>
 *   <li>{@link org.maillage.model.instance.Decision#getEcheance <em>Echeance</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.instance.InstancePackage#getDecision()
 * @model
 * @generated
 */
public interface Decision extends Element
{
	/**
	 * Returns the value of the '<em><b>Chantiers</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.plan.Chantier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chantiers</em>' reference list.
	 * @see org.maillage.model.instance.InstancePackage#getDecision_Chantiers()
	 * @model
	 * @generated
	 */
	EList<Chantier> getChantiers();

	/**
	 * Returns the value of the '<em><b>Dispositifs</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.dispositif.Dispositif}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dispositifs</em>' reference list.
	 * @see org.maillage.model.instance.InstancePackage#getDecision_Dispositifs()
	 * @model
	 * @generated
	 */
	EList<Dispositif> getDispositifs();

	/**
	 * Returns the value of the '<em><b>Statut Chantier Vise</b></em>' attribute.
	 * The literals are from the enumeration {@link org.maillage.model.plan.StatutChantier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The state the decision asks its chantiers to reach, e.g. TERMINE; unset: any change counts as progress.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Statut Chantier Vise</em>' attribute.
	 * @see org.maillage.model.plan.StatutChantier
	 * @see #isSetStatutChantierVise()
	 * @see #unsetStatutChantierVise()
	 * @see #setStatutChantierVise(StatutChantier)
	 * @see org.maillage.model.instance.InstancePackage#getDecision_StatutChantierVise()
	 * @model unsettable="true"
	 * @generated
	 */
	StatutChantier getStatutChantierVise();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.Decision#getStatutChantierVise <em>Statut Chantier Vise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statut Chantier Vise</em>' attribute.
	 * @see org.maillage.model.plan.StatutChantier
	 * @see #isSetStatutChantierVise()
	 * @see #unsetStatutChantierVise()
	 * @see #getStatutChantierVise()
	 * @generated
	 */
	void setStatutChantierVise(StatutChantier value);

	/**
	 * Unsets the value of the '{@link org.maillage.model.instance.Decision#getStatutChantierVise <em>Statut Chantier Vise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatutChantierVise()
	 * @see #getStatutChantierVise()
	 * @see #setStatutChantierVise(StatutChantier)
	 * @generated
	 */
	void unsetStatutChantierVise();

	/**
	 * Returns whether the value of the '{@link org.maillage.model.instance.Decision#getStatutChantierVise <em>Statut Chantier Vise</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Statut Chantier Vise</em>' attribute is set.
	 * @see #unsetStatutChantierVise()
	 * @see #getStatutChantierVise()
	 * @see #setStatutChantierVise(StatutChantier)
	 * @generated
	 */
	boolean isSetStatutChantierVise();

	/**
	 * Returns the value of the '<em><b>Statut Dispositif Vise</b></em>' attribute.
	 * The literals are from the enumeration {@link org.maillage.model.dispositif.StatutDispositif}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The state the decision asks its dispositifs to reach, e.g. ACTIF; unset: any change counts as progress.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Statut Dispositif Vise</em>' attribute.
	 * @see org.maillage.model.dispositif.StatutDispositif
	 * @see #isSetStatutDispositifVise()
	 * @see #unsetStatutDispositifVise()
	 * @see #setStatutDispositifVise(StatutDispositif)
	 * @see org.maillage.model.instance.InstancePackage#getDecision_StatutDispositifVise()
	 * @model unsettable="true"
	 * @generated
	 */
	StatutDispositif getStatutDispositifVise();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.Decision#getStatutDispositifVise <em>Statut Dispositif Vise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statut Dispositif Vise</em>' attribute.
	 * @see org.maillage.model.dispositif.StatutDispositif
	 * @see #isSetStatutDispositifVise()
	 * @see #unsetStatutDispositifVise()
	 * @see #getStatutDispositifVise()
	 * @generated
	 */
	void setStatutDispositifVise(StatutDispositif value);

	/**
	 * Unsets the value of the '{@link org.maillage.model.instance.Decision#getStatutDispositifVise <em>Statut Dispositif Vise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStatutDispositifVise()
	 * @see #getStatutDispositifVise()
	 * @see #setStatutDispositifVise(StatutDispositif)
	 * @generated
	 */
	void unsetStatutDispositifVise();

	/**
	 * Returns whether the value of the '{@link org.maillage.model.instance.Decision#getStatutDispositifVise <em>Statut Dispositif Vise</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Statut Dispositif Vise</em>' attribute is set.
	 * @see #unsetStatutDispositifVise()
	 * @see #getStatutDispositifVise()
	 * @see #setStatutDispositifVise(StatutDispositif)
	 * @generated
	 */
	boolean isSetStatutDispositifVise();

	/**
	 * Returns the value of the '<em><b>Echeance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Echeance</em>' attribute.
	 * @see #setEcheance(LocalDate)
	 * @see org.maillage.model.instance.InstancePackage#getDecision_Echeance()
	 * @model dataType="org.maillage.model.LocalDate"
	 * @generated
	 */
	LocalDate getEcheance();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.Decision#getEcheance <em>Echeance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Echeance</em>' attribute.
	 * @see #getEcheance()
	 * @generated
	 */
	void setEcheance(LocalDate value);

} // Decision
