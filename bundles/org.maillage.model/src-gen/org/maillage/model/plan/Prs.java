/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.Element;

import org.maillage.model.territoire.Region;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Prs</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Projet régional de santé.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.plan.Prs#getAnneeDebut <em>Annee Debut</em>}</li>
 *   <li>{@link org.maillage.model.plan.Prs#getAnneeFin <em>Annee Fin</em>}</li>
 *   <li>{@link org.maillage.model.plan.Prs#getRegion <em>Region</em>}</li>
 *   <li>{@link org.maillage.model.plan.Prs#getObjectifs <em>Objectifs</em>}</li>
 *   <li>{@link org.maillage.model.plan.Prs#getPraps <em>Praps</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.plan.PlanPackage#getPrs()
 * @model
 * @generated
 */
public interface Prs extends Element
{
	/**
	 * Returns the value of the '<em><b>Annee Debut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annee Debut</em>' attribute.
	 * @see #setAnneeDebut(int)
	 * @see org.maillage.model.plan.PlanPackage#getPrs_AnneeDebut()
	 * @model
	 * @generated
	 */
	int getAnneeDebut();

	/**
	 * Sets the value of the '{@link org.maillage.model.plan.Prs#getAnneeDebut <em>Annee Debut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annee Debut</em>' attribute.
	 * @see #getAnneeDebut()
	 * @generated
	 */
	void setAnneeDebut(int value);

	/**
	 * Returns the value of the '<em><b>Annee Fin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annee Fin</em>' attribute.
	 * @see #setAnneeFin(int)
	 * @see org.maillage.model.plan.PlanPackage#getPrs_AnneeFin()
	 * @model
	 * @generated
	 */
	int getAnneeFin();

	/**
	 * Sets the value of the '{@link org.maillage.model.plan.Prs#getAnneeFin <em>Annee Fin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annee Fin</em>' attribute.
	 * @see #getAnneeFin()
	 * @generated
	 */
	void setAnneeFin(int value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' reference.
	 * @see #setRegion(Region)
	 * @see org.maillage.model.plan.PlanPackage#getPrs_Region()
	 * @model
	 * @generated
	 */
	Region getRegion();

	/**
	 * Sets the value of the '{@link org.maillage.model.plan.Prs#getRegion <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(Region value);

	/**
	 * Returns the value of the '<em><b>Objectifs</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.plan.Objectif}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectifs</em>' containment reference list.
	 * @see org.maillage.model.plan.PlanPackage#getPrs_Objectifs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Objectif> getObjectifs();

	/**
	 * Returns the value of the '<em><b>Praps</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Praps</em>' containment reference.
	 * @see #setPraps(Praps)
	 * @see org.maillage.model.plan.PlanPackage#getPrs_Praps()
	 * @model containment="true"
	 * @generated
	 */
	Praps getPraps();

	/**
	 * Sets the value of the '{@link org.maillage.model.plan.Prs#getPraps <em>Praps</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Praps</em>' containment reference.
	 * @see #getPraps()
	 * @generated
	 */
	void setPraps(Praps value);

} // Prs
