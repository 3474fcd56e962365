/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.indicateur;

import java.math.BigDecimal;

import org.maillage.model.Element;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Valeur Annuelle</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The value of an indicator for one year; illustrative when not a real measure.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.indicateur.ValeurAnnuelle#getIndicateur <em>Indicateur</em>}</li>
 *   <li>{@link org.maillage.model.indicateur.ValeurAnnuelle#getAnnee <em>Annee</em>}</li>
 *   <li>{@link org.maillage.model.indicateur.ValeurAnnuelle#getValeur <em>Valeur</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.indicateur.IndicateurPackage#getValeurAnnuelle()
 * @model
 * @generated
 */
public interface ValeurAnnuelle extends Element
{
	/**
	 * Returns the value of the '<em><b>Indicateur</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.indicateur.Indicateur#getValeurs <em>Valeurs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicateur</em>' container reference.
	 * @see #setIndicateur(Indicateur)
	 * @see org.maillage.model.indicateur.IndicateurPackage#getValeurAnnuelle_Indicateur()
	 * @see org.maillage.model.indicateur.Indicateur#getValeurs
	 * @model opposite="valeurs"
	 * @generated
	 */
	Indicateur getIndicateur();

	/**
	 * Sets the value of the '{@link org.maillage.model.indicateur.ValeurAnnuelle#getIndicateur <em>Indicateur</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicateur</em>' container reference.
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
	 * @see org.maillage.model.indicateur.IndicateurPackage#getValeurAnnuelle_Annee()
	 * @model
	 * @generated
	 */
	int getAnnee();

	/**
	 * Sets the value of the '{@link org.maillage.model.indicateur.ValeurAnnuelle#getAnnee <em>Annee</em>}' attribute.
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
	 * @see org.maillage.model.indicateur.IndicateurPackage#getValeurAnnuelle_Valeur()
	 * @model
	 * @generated
	 */
	BigDecimal getValeur();

	/**
	 * Sets the value of the '{@link org.maillage.model.indicateur.ValeurAnnuelle#getValeur <em>Valeur</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valeur</em>' attribute.
	 * @see #getValeur()
	 * @generated
	 */
	void setValeur(BigDecimal value);

} // ValeurAnnuelle
