/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.maillage.model.MaillagePackage
 * @generated
 */
public interface MaillageFactory extends EFactory
{
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MaillageFactory eINSTANCE = org.maillage.model.impl.MaillageFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Modele Maillage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Modele Maillage</em>'.
	 * @generated
	 */
	ModeleMaillage createModeleMaillage();

	/**
	 * Returns a new object of class '<em>Reference Data</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reference Data</em>'.
	 * @generated
	 */
	ReferenceData createReferenceData();

	/**
	 * Returns a new object of class '<em>Conflit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Conflit</em>'.
	 * @generated
	 */
	Conflit createConflit();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	MaillagePackage getMaillagePackage();

} //MaillageFactory
