/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Chiffre</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A key figure of the roadmap at the snapshot's date (see docs/figures.md).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.instance.Chiffre#getIdentifiant <em>Identifiant</em>}</li>
 *   <li>{@link org.maillage.model.instance.Chiffre#getValeur <em>Valeur</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.instance.InstancePackage#getChiffre()
 * @model
 * @generated
 */
public interface Chiffre extends EObject
{
	/**
	 * Returns the value of the '<em><b>Identifiant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The figure's stable id (Figures.KEY_FIGURES); its label is looked up in the user's language when shown, so that the file does not depend on the locale it was frozen in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Identifiant</em>' attribute.
	 * @see #setIdentifiant(String)
	 * @see org.maillage.model.instance.InstancePackage#getChiffre_Identifiant()
	 * @model
	 * @generated
	 */
	String getIdentifiant();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.Chiffre#getIdentifiant <em>Identifiant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identifiant</em>' attribute.
	 * @see #getIdentifiant()
	 * @generated
	 */
	void setIdentifiant(String value);

	/**
	 * Returns the value of the '<em><b>Valeur</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valeur</em>' attribute.
	 * @see #setValeur(BigDecimal)
	 * @see org.maillage.model.instance.InstancePackage#getChiffre_Valeur()
	 * @model
	 * @generated
	 */
	BigDecimal getValeur();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.Chiffre#getValeur <em>Valeur</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valeur</em>' attribute.
	 * @see #getValeur()
	 * @generated
	 */
	void setValeur(BigDecimal value);

} // Chiffre
