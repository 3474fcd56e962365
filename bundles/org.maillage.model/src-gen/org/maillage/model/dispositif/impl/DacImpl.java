/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif.impl;

import org.eclipse.emf.ecore.EClass;

import org.maillage.model.dispositif.Dac;
import org.maillage.model.dispositif.DispositifPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dac</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class DacImpl extends DispositifImpl implements Dac
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DacImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return DispositifPackage.Literals.DAC;
	}

} //DacImpl
