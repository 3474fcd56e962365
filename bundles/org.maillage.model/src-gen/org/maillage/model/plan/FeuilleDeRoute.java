/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.Element;

import org.maillage.model.territoire.Departement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Feuille De Route</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The yearly departmental declension of the PRS.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.plan.FeuilleDeRoute#getDepartement <em>Departement</em>}</li>
 *   <li>{@link org.maillage.model.plan.FeuilleDeRoute#getAnnee <em>Annee</em>}</li>
 *   <li>{@link org.maillage.model.plan.FeuilleDeRoute#getPrs <em>Prs</em>}</li>
 *   <li>{@link org.maillage.model.plan.FeuilleDeRoute#getChantiers <em>Chantiers</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.plan.PlanPackage#getFeuilleDeRoute()
 * @model
 * @generated
 */
public interface FeuilleDeRoute extends Element
{
	/**
	 * Returns the value of the '<em><b>Departement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Departement</em>' reference.
	 * @see #setDepartement(Departement)
	 * @see org.maillage.model.plan.PlanPackage#getFeuilleDeRoute_Departement()
	 * @model
	 * @generated
	 */
	Departement getDepartement();

	/**
	 * Sets the value of the '{@link org.maillage.model.plan.FeuilleDeRoute#getDepartement <em>Departement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Departement</em>' reference.
	 * @see #getDepartement()
	 * @generated
	 */
	void setDepartement(Departement value);

	/**
	 * Returns the value of the '<em><b>Annee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annee</em>' attribute.
	 * @see #setAnnee(int)
	 * @see org.maillage.model.plan.PlanPackage#getFeuilleDeRoute_Annee()
	 * @model
	 * @generated
	 */
	int getAnnee();

	/**
	 * Sets the value of the '{@link org.maillage.model.plan.FeuilleDeRoute#getAnnee <em>Annee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annee</em>' attribute.
	 * @see #getAnnee()
	 * @generated
	 */
	void setAnnee(int value);

	/**
	 * Returns the value of the '<em><b>Prs</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prs</em>' reference.
	 * @see #setPrs(Prs)
	 * @see org.maillage.model.plan.PlanPackage#getFeuilleDeRoute_Prs()
	 * @model
	 * @generated
	 */
	Prs getPrs();

	/**
	 * Sets the value of the '{@link org.maillage.model.plan.FeuilleDeRoute#getPrs <em>Prs</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prs</em>' reference.
	 * @see #getPrs()
	 * @generated
	 */
	void setPrs(Prs value);

	/**
	 * Returns the value of the '<em><b>Chantiers</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.plan.Chantier}.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.plan.Chantier#getFeuilleDeRoute <em>Feuille De Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chantiers</em>' containment reference list.
	 * @see org.maillage.model.plan.PlanPackage#getFeuilleDeRoute_Chantiers()
	 * @see org.maillage.model.plan.Chantier#getFeuilleDeRoute
	 * @model opposite="feuilleDeRoute" containment="true"
	 * @generated
	 */
	EList<Chantier> getChantiers();

} // FeuilleDeRoute
