/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.financement;

import java.math.BigDecimal;

import org.maillage.model.Element;

import org.maillage.model.organisation.Organisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Financement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.financement.Financement#getFinanceur <em>Financeur</em>}</li>
 *   <li>{@link org.maillage.model.financement.Financement#getFonds <em>Fonds</em>}</li>
 *   <li>{@link org.maillage.model.financement.Financement#getMission <em>Mission</em>}</li>
 *   <li>{@link org.maillage.model.financement.Financement#getMontant <em>Montant</em>}</li>
 *   <li>{@link org.maillage.model.financement.Financement#getAnnee <em>Annee</em>}</li>
 *   <li>{@link org.maillage.model.financement.Financement#getObjet <em>Objet</em>}</li>
 *   <li>{@link org.maillage.model.financement.Financement#getRegle <em>Regle</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.financement.FinancementPackage#getFinancement()
 * @model
 * @generated
 */
public interface Financement extends Element
{
	/**
	 * Returns the value of the '<em><b>Financeur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Financeur</em>' reference.
	 * @see #setFinanceur(Organisation)
	 * @see org.maillage.model.financement.FinancementPackage#getFinancement_Financeur()
	 * @model
	 * @generated
	 */
	Organisation getFinanceur();

	/**
	 * Sets the value of the '{@link org.maillage.model.financement.Financement#getFinanceur <em>Financeur</em>}' reference.
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
	 * @see org.maillage.model.financement.FinancementPackage#getFinancement_Fonds()
	 * @model
	 * @generated
	 */
	Fonds getFonds();

	/**
	 * Sets the value of the '{@link org.maillage.model.financement.Financement#getFonds <em>Fonds</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fonds</em>' reference.
	 * @see #getFonds()
	 * @generated
	 */
	void setFonds(Fonds value);

	/**
	 * Returns the value of the '<em><b>Mission</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mission of the fund, e.g. the FIR mission.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mission</em>' attribute.
	 * @see #setMission(String)
	 * @see org.maillage.model.financement.FinancementPackage#getFinancement_Mission()
	 * @model
	 * @generated
	 */
	String getMission();

	/**
	 * Sets the value of the '{@link org.maillage.model.financement.Financement#getMission <em>Mission</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mission</em>' attribute.
	 * @see #getMission()
	 * @generated
	 */
	void setMission(String value);

	/**
	 * Returns the value of the '<em><b>Montant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Amount in euros.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Montant</em>' attribute.
	 * @see #setMontant(BigDecimal)
	 * @see org.maillage.model.financement.FinancementPackage#getFinancement_Montant()
	 * @model
	 * @generated
	 */
	BigDecimal getMontant();

	/**
	 * Sets the value of the '{@link org.maillage.model.financement.Financement#getMontant <em>Montant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Montant</em>' attribute.
	 * @see #getMontant()
	 * @generated
	 */
	void setMontant(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Annee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annee</em>' attribute.
	 * @see #setAnnee(int)
	 * @see org.maillage.model.financement.FinancementPackage#getFinancement_Annee()
	 * @model
	 * @generated
	 */
	int getAnnee();

	/**
	 * Sets the value of the '{@link org.maillage.model.financement.Financement#getAnnee <em>Annee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annee</em>' attribute.
	 * @see #getAnnee()
	 * @generated
	 */
	void setAnnee(int value);

	/**
	 * Returns the value of the '<em><b>Objet</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is funded: a scheme, a fiche action, a chantier, a role...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objet</em>' reference.
	 * @see #setObjet(Element)
	 * @see org.maillage.model.financement.FinancementPackage#getFinancement_Objet()
	 * @model
	 * @generated
	 */
	Element getObjet();

	/**
	 * Sets the value of the '{@link org.maillage.model.financement.Financement#getObjet <em>Objet</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objet</em>' reference.
	 * @see #getObjet()
	 * @generated
	 */
	void setObjet(Element value);

	/**
	 * Returns the value of the '<em><b>Regle</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The co-funding rule this financement follows, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Regle</em>' reference.
	 * @see #setRegle(RegleCofinancement)
	 * @see org.maillage.model.financement.FinancementPackage#getFinancement_Regle()
	 * @model
	 * @generated
	 */
	RegleCofinancement getRegle();

	/**
	 * Sets the value of the '{@link org.maillage.model.financement.Financement#getRegle <em>Regle</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regle</em>' reference.
	 * @see #getRegle()
	 * @generated
	 */
	void setRegle(RegleCofinancement value);

} // Financement
