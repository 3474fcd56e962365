/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance;

import java.math.BigDecimal;

import org.maillage.model.Element;

import org.maillage.model.indicateur.Indicateur;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Etat Indicateur</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.instance.EtatIndicateur#getIndicateur <em>Indicateur</em>}</li>
 *   <li>{@link org.maillage.model.instance.EtatIndicateur#getAnnee <em>Annee</em>}</li>
 *   <li>{@link org.maillage.model.instance.EtatIndicateur#getValeur <em>Valeur</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.instance.InstancePackage#getEtatIndicateur()
 * @model
 * @generated
 */
public interface EtatIndicateur extends Element
{
	/**
	 * Returns the value of the '<em><b>Indicateur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicateur</em>' reference.
	 * @see #setIndicateur(Indicateur)
	 * @see org.maillage.model.instance.InstancePackage#getEtatIndicateur_Indicateur()
	 * @model
	 * @generated
	 */
	Indicateur getIndicateur();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.EtatIndicateur#getIndicateur <em>Indicateur</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicateur</em>' reference.
	 * @see #getIndicateur()
	 * @generated
	 */
	void setIndicateur(Indicateur value);

	/**
	 * Returns the value of the '<em><b>Annee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annee</em>' attribute.
	 * @see #setAnnee(int)
	 * @see org.maillage.model.instance.InstancePackage#getEtatIndicateur_Annee()
	 * @model
	 * @generated
	 */
	int getAnnee();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.EtatIndicateur#getAnnee <em>Annee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annee</em>' attribute.
	 * @see #getAnnee()
	 * @generated
	 */
	void setAnnee(int value);

	/**
	 * Returns the value of the '<em><b>Valeur</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valeur</em>' attribute.
	 * @see #setValeur(BigDecimal)
	 * @see org.maillage.model.instance.InstancePackage#getEtatIndicateur_Valeur()
	 * @model
	 * @generated
	 */
	BigDecimal getValeur();

	/**
	 * Sets the value of the '{@link org.maillage.model.instance.EtatIndicateur#getValeur <em>Valeur</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valeur</em>' attribute.
	 * @see #getValeur()
	 * @generated
	 */
	void setValeur(BigDecimal value);

} // EtatIndicateur
