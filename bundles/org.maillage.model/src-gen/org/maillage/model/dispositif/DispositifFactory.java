/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.maillage.model.dispositif.DispositifPackage
 * @generated
 */
public interface DispositifFactory extends EFactory
{
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DispositifFactory eINSTANCE = org.maillage.model.dispositif.impl.DispositifFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Cls</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cls</em>'.
	 * @generated
	 */
	Cls createCls();

	/**
	 * Returns a new object of class '<em>Axe</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Axe</em>'.
	 * @generated
	 */
	Axe createAxe();

	/**
	 * Returns a new object of class '<em>Fiche Action</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Fiche Action</em>'.
	 * @generated
	 */
	FicheAction createFicheAction();

	/**
	 * Returns a new object of class '<em>Contrat De Ville</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contrat De Ville</em>'.
	 * @generated
	 */
	ContratDeVille createContratDeVille();

	/**
	 * Returns a new object of class '<em>Pass</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pass</em>'.
	 * @generated
	 */
	Pass createPass();

	/**
	 * Returns a new object of class '<em>Dac</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dac</em>'.
	 * @generated
	 */
	Dac createDac();

	/**
	 * Returns a new object of class '<em>Cpts</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cpts</em>'.
	 * @generated
	 */
	Cpts createCpts();

	/**
	 * Returns a new object of class '<em>Msp</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Msp</em>'.
	 * @generated
	 */
	Msp createMsp();

	/**
	 * Returns a new object of class '<em>Mutualisation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mutualisation</em>'.
	 * @generated
	 */
	Mutualisation createMutualisation();

	/**
	 * Returns a new object of class '<em>Coordination Microlocale</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Coordination Microlocale</em>'.
	 * @generated
	 */
	CoordinationMicrolocale createCoordinationMicrolocale();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	DispositifPackage getDispositifPackage();

} //DispositifFactory
