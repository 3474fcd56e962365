/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.indicateur;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.Element;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicateur</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.indicateur.Indicateur#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.maillage.model.indicateur.Indicateur#getUnite <em>Unite</em>}</li>
 *   <li>{@link org.maillage.model.indicateur.Indicateur#getSource <em>Source</em>}</li>
 *   <li>{@link org.maillage.model.indicateur.Indicateur#getReference <em>Reference</em>}</li>
 *   <li>{@link org.maillage.model.indicateur.Indicateur#getAnneeReference <em>Annee Reference</em>}</li>
 *   <li>{@link org.maillage.model.indicateur.Indicateur#getCible <em>Cible</em>}</li>
 *   <li>{@link org.maillage.model.indicateur.Indicateur#getAnneeCible <em>Annee Cible</em>}</li>
 *   <li>{@link org.maillage.model.indicateur.Indicateur#getValeurs <em>Valeurs</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.indicateur.IndicateurPackage#getIndicateur()
 * @model
 * @generated
 */
public interface Indicateur extends Element
{
	/**
	 * Returns the value of the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition</em>' attribute.
	 * @see #setDefinition(String)
	 * @see org.maillage.model.indicateur.IndicateurPackage#getIndicateur_Definition()
	 * @model
	 * @generated
	 */
	String getDefinition();

	/**
	 * Sets the value of the '{@link org.maillage.model.indicateur.Indicateur#getDefinition <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' attribute.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(String value);

	/**
	 * Returns the value of the '<em><b>Unite</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unite</em>' attribute.
	 * @see #setUnite(String)
	 * @see org.maillage.model.indicateur.IndicateurPackage#getIndicateur_Unite()
	 * @model
	 * @generated
	 */
	String getUnite();

	/**
	 * Sets the value of the '{@link org.maillage.model.indicateur.Indicateur#getUnite <em>Unite</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unite</em>' attribute.
	 * @see #getUnite()
	 * @generated
	 */
	void setUnite(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who produces the values.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.maillage.model.indicateur.IndicateurPackage#getIndicateur_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.maillage.model.indicateur.Indicateur#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Baseline value, measured in anneeReference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(BigDecimal)
	 * @see org.maillage.model.indicateur.IndicateurPackage#getIndicateur_Reference()
	 * @model
	 * @generated
	 */
	BigDecimal getReference();

	/**
	 * Sets the value of the '{@link org.maillage.model.indicateur.Indicateur#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Annee Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annee Reference</em>' attribute.
	 * @see #setAnneeReference(int)
	 * @see org.maillage.model.indicateur.IndicateurPackage#getIndicateur_AnneeReference()
	 * @model
	 * @generated
	 */
	int getAnneeReference();

	/**
	 * Sets the value of the '{@link org.maillage.model.indicateur.Indicateur#getAnneeReference <em>Annee Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annee Reference</em>' attribute.
	 * @see #getAnneeReference()
	 * @generated
	 */
	void setAnneeReference(int value);

	/**
	 * Returns the value of the '<em><b>Cible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target value, to reach by anneeCible.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cible</em>' attribute.
	 * @see #setCible(BigDecimal)
	 * @see org.maillage.model.indicateur.IndicateurPackage#getIndicateur_Cible()
	 * @model
	 * @generated
	 */
	BigDecimal getCible();

	/**
	 * Sets the value of the '{@link org.maillage.model.indicateur.Indicateur#getCible <em>Cible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cible</em>' attribute.
	 * @see #getCible()
	 * @generated
	 */
	void setCible(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Annee Cible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annee Cible</em>' attribute.
	 * @see #setAnneeCible(int)
	 * @see org.maillage.model.indicateur.IndicateurPackage#getIndicateur_AnneeCible()
	 * @model
	 * @generated
	 */
	int getAnneeCible();

	/**
	 * Sets the value of the '{@link org.maillage.model.indicateur.Indicateur#getAnneeCible <em>Annee Cible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annee Cible</em>' attribute.
	 * @see #getAnneeCible()
	 * @generated
	 */
	void setAnneeCible(int value);

	/**
	 * Returns the value of the '<em><b>Valeurs</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.indicateur.ValeurAnnuelle}.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.indicateur.ValeurAnnuelle#getIndicateur <em>Indicateur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valeurs</em>' containment reference list.
	 * @see org.maillage.model.indicateur.IndicateurPackage#getIndicateur_Valeurs()
	 * @see org.maillage.model.indicateur.ValeurAnnuelle#getIndicateur
	 * @model opposite="indicateur" containment="true"
	 * @generated
	 */
	EList<ValeurAnnuelle> getValeurs();

} // Indicateur
