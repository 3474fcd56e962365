/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.maillage.model.plan.PlanPackage
 * @generated
 */
public interface PlanFactory extends EFactory
{
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PlanFactory eINSTANCE = org.maillage.model.plan.impl.PlanFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Prs</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Prs</em>'.
	 * @generated
	 */
	Prs createPrs();

	/**
	 * Returns a new object of class '<em>Objectif</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Objectif</em>'.
	 * @generated
	 */
	Objectif createObjectif();

	/**
	 * Returns a new object of class '<em>Praps</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Praps</em>'.
	 * @generated
	 */
	Praps createPraps();

	/**
	 * Returns a new object of class '<em>Theme Praps</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Theme Praps</em>'.
	 * @generated
	 */
	ThemePraps createThemePraps();

	/**
	 * Returns a new object of class '<em>Mesure Praps</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mesure Praps</em>'.
	 * @generated
	 */
	MesurePraps createMesurePraps();

	/**
	 * Returns a new object of class '<em>Feuille De Route</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Feuille De Route</em>'.
	 * @generated
	 */
	FeuilleDeRoute createFeuilleDeRoute();

	/**
	 * Returns a new object of class '<em>Chantier</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Chantier</em>'.
	 * @generated
	 */
	Chantier createChantier();

	/**
	 * Returns a new object of class '<em>Bonne Pratique</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Bonne Pratique</em>'.
	 * @generated
	 */
	BonnePratique createBonnePratique();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	PlanPackage getPlanPackage();

} //PlanFactory
