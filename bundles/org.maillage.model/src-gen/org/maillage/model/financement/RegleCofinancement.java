/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.financement;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EClass;

import org.maillage.model.Element;

import org.maillage.model.organisation.Organisation;

import org.maillage.model.territoire.Region;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Regle Cofinancement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A co-funding rule, e.g. the ARS pays at most 50 % of a CLS coordinator, capped at 30 000 EUR.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.financement.RegleCofinancement#getFinanceur <em>Financeur</em>}</li>
 *   <li>{@link org.maillage.model.financement.RegleCofinancement#getFonds <em>Fonds</em>}</li>
 *   <li>{@link org.maillage.model.financement.RegleCofinancement#getTypeObjet <em>Type Objet</em>}</li>
 *   <li>{@link org.maillage.model.financement.RegleCofinancement#getPartMaxPourcent <em>Part Max Pourcent</em>}</li>
 *   <li>{@link org.maillage.model.financement.RegleCofinancement#getPlafond <em>Plafond</em>}</li>
 *   <li>{@link org.maillage.model.financement.RegleCofinancement#getRegion <em>Region</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.financement.FinancementPackage#getRegleCofinancement()
 * @model
 * @generated
 */
public interface RegleCofinancement extends Element
{
	/**
	 * Returns the value of the '<em><b>Financeur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Financeur</em>' reference.
	 * @see #setFinanceur(Organisation)
	 * @see org.maillage.model.financement.FinancementPackage#getRegleCofinancement_Financeur()
	 * @model
	 * @generated
	 */
	Organisation getFinanceur();

	/**
	 * Sets the value of the '{@link org.maillage.model.financement.RegleCofinancement#getFinanceur <em>Financeur</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Financeur</em>' reference.
	 * @see #getFinanceur()
	 * @generated
	 */
	void setFinanceur(Organisation value);

	/**
	 * Returns the value of the '<em><b>Fonds</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fonds</em>' reference.
	 * @see #setFonds(Fonds)
	 * @see org.maillage.model.financement.FinancementPackage#getRegleCofinancement_Fonds()
	 * @model
	 * @generated
	 */
	Fonds getFonds();

	/**
	 * Sets the value of the '{@link org.maillage.model.financement.RegleCofinancement#getFonds <em>Fonds</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fonds</em>' reference.
	 * @see #getFonds()
	 * @generated
	 */
	void setFonds(Fonds value);

	/**
	 * Returns the value of the '<em><b>Type Objet</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of funded object the rule applies to, e.g. Role or Cls; the description says more when needed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Type Objet</em>' reference.
	 * @see #setTypeObjet(EClass)
	 * @see org.maillage.model.financement.FinancementPackage#getRegleCofinancement_TypeObjet()
	 * @model
	 * @generated
	 */
	EClass getTypeObjet();

	/**
	 * Sets the value of the '{@link org.maillage.model.financement.RegleCofinancement#getTypeObjet <em>Type Objet</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type Objet</em>' reference.
	 * @see #getTypeObjet()
	 * @generated
	 */
	void setTypeObjet(EClass value);

	/**
	 * Returns the value of the '<em><b>Part Max Pourcent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Largest share the financeur may pay, in percent of the cost.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Part Max Pourcent</em>' attribute.
	 * @see #setPartMaxPourcent(BigDecimal)
	 * @see org.maillage.model.financement.FinancementPackage#getRegleCofinancement_PartMaxPourcent()
	 * @model
	 * @generated
	 */
	BigDecimal getPartMaxPourcent();

	/**
	 * Sets the value of the '{@link org.maillage.model.financement.RegleCofinancement#getPartMaxPourcent <em>Part Max Pourcent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Part Max Pourcent</em>' attribute.
	 * @see #getPartMaxPourcent()
	 * @generated
	 */
	void setPartMaxPourcent(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Plafond</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cap in euros per year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plafond</em>' attribute.
	 * @see #setPlafond(BigDecimal)
	 * @see org.maillage.model.financement.FinancementPackage#getRegleCofinancement_Plafond()
	 * @model
	 * @generated
	 */
	BigDecimal getPlafond();

	/**
	 * Sets the value of the '{@link org.maillage.model.financement.RegleCofinancement#getPlafond <em>Plafond</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plafond</em>' attribute.
	 * @see #getPlafond()
	 * @generated
	 */
	void setPlafond(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' reference.
	 * @see #setRegion(Region)
	 * @see org.maillage.model.financement.FinancementPackage#getRegleCofinancement_Region()
	 * @model
	 * @generated
	 */
	Region getRegion();

	/**
	 * Sets the value of the '{@link org.maillage.model.financement.RegleCofinancement#getRegion <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(Region value);

} // RegleCofinancement
