/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.Element;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Bonne Pratique</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A good practice seen elsewhere that can serve as a lever for chantiers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.plan.BonnePratique#getLieu <em>Lieu</em>}</li>
 *   <li>{@link org.maillage.model.plan.BonnePratique#getAnnee <em>Annee</em>}</li>
 *   <li>{@link org.maillage.model.plan.BonnePratique#getCourriel <em>Courriel</em>}</li>
 *   <li>{@link org.maillage.model.plan.BonnePratique#getTags <em>Tags</em>}</li>
 *   <li>{@link org.maillage.model.plan.BonnePratique#getChantiers <em>Chantiers</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.plan.PlanPackage#getBonnePratique()
 * @model
 * @generated
 */
public interface BonnePratique extends Element
{
	/**
	 * Returns the value of the '<em><b>Lieu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lieu</em>' attribute.
	 * @see #setLieu(String)
	 * @see org.maillage.model.plan.PlanPackage#getBonnePratique_Lieu()
	 * @model
	 * @generated
	 */
	String getLieu();

	/**
	 * Sets the value of the '{@link org.maillage.model.plan.BonnePratique#getLieu <em>Lieu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lieu</em>' attribute.
	 * @see #getLieu()
	 * @generated
	 */
	void setLieu(String value);

	/**
	 * Returns the value of the '<em><b>Annee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annee</em>' attribute.
	 * @see #setAnnee(int)
	 * @see org.maillage.model.plan.PlanPackage#getBonnePratique_Annee()
	 * @model
	 * @generated
	 */
	int getAnnee();

	/**
	 * Sets the value of the '{@link org.maillage.model.plan.BonnePratique#getAnnee <em>Annee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annee</em>' attribute.
	 * @see #getAnnee()
	 * @generated
	 */
	void setAnnee(int value);

	/**
	 * Returns the value of the '<em><b>Courriel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Functional contact mailbox of the practice.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Courriel</em>' attribute.
	 * @see #setCourriel(String)
	 * @see org.maillage.model.plan.PlanPackage#getBonnePratique_Courriel()
	 * @model
	 * @generated
	 */
	String getCourriel();

	/**
	 * Sets the value of the '{@link org.maillage.model.plan.BonnePratique#getCourriel <em>Courriel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Courriel</em>' attribute.
	 * @see #getCourriel()
	 * @generated
	 */
	void setCourriel(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link org.maillage.model.plan.TagBonnePratique}.
	 * The literals are from the enumeration {@link org.maillage.model.plan.TagBonnePratique}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.maillage.model.plan.TagBonnePratique
	 * @see org.maillage.model.plan.PlanPackage#getBonnePratique_Tags()
	 * @model
	 * @generated
	 */
	EList<TagBonnePratique> getTags();

	/**
	 * Returns the value of the '<em><b>Chantiers</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.plan.Chantier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Chantiers this practice is a lever for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Chantiers</em>' reference list.
	 * @see org.maillage.model.plan.PlanPackage#getBonnePratique_Chantiers()
	 * @model
	 * @generated
	 */
	EList<Chantier> getChantiers();

} // BonnePratique
