/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance;

import java.time.LocalDate;

import org.maillage.model.Element;

import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.StatutChantier;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Etat Chantier</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.instance.EtatChantier#getChantier <em>Chantier</em>}</li>
 *   <li>{@link org.maillage.model.instance.EtatChantier#getStatut <em>Statut</em>}</li>
 *   <li>{@link org.maillage.model.instance.EtatChantier#getAvancement <em>Avancement</em>}</li>
 *   <li>{@link org.maillage.model.instance.EtatChantier#getEcheance <em>Echeance</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.instance.InstancePackage#getEtatChantier()
 * @model
 * @generated
 */
public interface EtatChantier extends Element
{
	/**
	 * Returns the value of the '<em><b>Chantier</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chantier</em>' reference.
	 * @see #setChantier(Chantier)
	 * @see org.maillage.model.instance.InstancePackage#getEtatChantier_Chantier()
	 * @model
	 * @generated
	 */
	Chantier getChantier();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.EtatChantier#getChantier <em>Chantier</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chantier</em>' reference.
	 * @see #getChantier()
	 * @generated
	 */
	void setChantier(Chantier value);

	/**
	 * Returns the value of the '<em><b>Statut</b></em>' attribute.
	 * The literals are from the enumeration {@link org.maillage.model.plan.StatutChantier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statut</em>' attribute.
	 * @see org.maillage.model.plan.StatutChantier
	 * @see #setStatut(StatutChantier)
	 * @see org.maillage.model.instance.InstancePackage#getEtatChantier_Statut()
	 * @model
	 * @generated
	 */
	StatutChantier getStatut();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.EtatChantier#getStatut <em>Statut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statut</em>' attribute.
	 * @see org.maillage.model.plan.StatutChantier
	 * @see #getStatut()
	 * @generated
	 */
	void setStatut(StatutChantier value);

	/**
	 * Returns the value of the '<em><b>Avancement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Avancement</em>' attribute.
	 * @see #setAvancement(int)
	 * @see org.maillage.model.instance.InstancePackage#getEtatChantier_Avancement()
	 * @model
	 * @generated
	 */
	int getAvancement();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.EtatChantier#getAvancement <em>Avancement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Avancement</em>' attribute.
	 * @see #getAvancement()
	 * @generated
	 */
	void setAvancement(int value);

	/**
	 * Returns the value of the '<em><b>Echeance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Echeance</em>' attribute.
	 * @see #setEcheance(LocalDate)
	 * @see org.maillage.model.instance.InstancePackage#getEtatChantier_Echeance()
	 * @model dataType="org.maillage.model.LocalDate"
	 * @generated
	 */
	LocalDate getEcheance();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.EtatChantier#getEcheance <em>Echeance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Echeance</em>' attribute.
	 * @see #getEcheance()
	 * @generated
	 */
	void setEcheance(LocalDate value);

} // EtatChantier
