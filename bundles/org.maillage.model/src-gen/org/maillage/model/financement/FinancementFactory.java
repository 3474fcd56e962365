/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.financement;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.maillage.model.financement.FinancementPackage
 * @generated
 */
public interface FinancementFactory extends EFactory
{
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FinancementFactory eINSTANCE = org.maillage.model.financement.impl.FinancementFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Fonds</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fonds</em>'.
	 * @generated
	 */
	Fonds createFonds();

	/**
	 * Returns a new object of class '<em>Financement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Financement</em>'.
	 * @generated
	 */
	Financement createFinancement();

	/**
	 * Returns a new object of class '<em>Regle Cofinancement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Regle Cofinancement</em>'.
	 * @generated
	 */
	RegleCofinancement createRegleCofinancement();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	FinancementPackage getFinancementPackage();

} //FinancementFactory
