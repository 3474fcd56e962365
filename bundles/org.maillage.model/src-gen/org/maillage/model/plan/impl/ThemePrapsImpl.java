/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan.impl;

import org.eclipse.emf.ecore.EClass;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.plan.PlanPackage;
import org.maillage.model.plan.ThemePraps;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Theme Praps</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ThemePrapsImpl extends ElementImplCustom implements ThemePraps
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ThemePrapsImpl()
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
		return PlanPackage.Literals.THEME_PRAPS;
	}

} //ThemePrapsImpl
