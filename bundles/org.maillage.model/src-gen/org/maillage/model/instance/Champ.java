/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Champ</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One compared field of a frozen element: its key (e.g. statut, montant, qpvCibles) and its value written canonically (enum literal, ISO date, plain decimal, uuids sorted and separated by spaces).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.instance.Champ#getCle <em>Cle</em>}</li>
 *   <li>{@link org.maillage.model.instance.Champ#getValeur <em>Valeur</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.instance.InstancePackage#getChamp()
 * @model
 * @generated
 */
public interface Champ extends EObject
{
	/**
	 * Returns the value of the '<em><b>Cle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cle</em>' attribute.
	 * @see #setCle(String)
	 * @see org.maillage.model.instance.InstancePackage#getChamp_Cle()
	 * @model
	 * @generated
	 */
	String getCle();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.Champ#getCle <em>Cle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cle</em>' attribute.
	 * @see #getCle()
	 * @generated
	 */
	void setCle(String value);

	/**
	 * Returns the value of the '<em><b>Valeur</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valeur</em>' attribute.
	 * @see #setValeur(String)
	 * @see org.maillage.model.instance.InstancePackage#getChamp_Valeur()
	 * @model
	 * @generated
	 */
	String getValeur();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.Champ#getValeur <em>Valeur</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valeur</em>' attribute.
	 * @see #getValeur()
	 * @generated
	 */
	void setValeur(String value);

} // Champ
