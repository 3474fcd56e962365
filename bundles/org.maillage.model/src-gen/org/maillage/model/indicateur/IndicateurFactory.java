/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.indicateur;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.maillage.model.indicateur.IndicateurPackage
 * @generated
 */
public interface IndicateurFactory extends EFactory
{
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	IndicateurFactory eINSTANCE = org.maillage.model.indicateur.impl.IndicateurFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Indicateur</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Indicateur</em>'.
	 * @generated
	 */
	Indicateur createIndicateur();

	/**
	 * Returns a new object of class '<em>Valeur Annuelle</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Valeur Annuelle</em>'.
	 * @generated
	 */
	ValeurAnnuelle createValeurAnnuelle();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	IndicateurPackage getIndicateurPackage();

} //IndicateurFactory
