/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.articulation;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.maillage.model.articulation.ArticulationPackage
 * @generated
 */
public interface ArticulationFactory extends EFactory
{
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ArticulationFactory eINSTANCE = org.maillage.model.articulation.impl.ArticulationFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Type Articulation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Type Articulation</em>'.
	 * @generated
	 */
	TypeArticulation createTypeArticulation();

	/**
	 * Returns a new object of class '<em>Articulation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Articulation</em>'.
	 * @generated
	 */
	Articulation createArticulation();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ArticulationPackage getArticulationPackage();

} //ArticulationFactory
