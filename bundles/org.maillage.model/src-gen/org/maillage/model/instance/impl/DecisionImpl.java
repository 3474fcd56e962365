/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance.impl;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.instance.Decision;
import org.maillage.model.instance.InstancePackage;

import org.maillage.model.plan.Chantier;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Decision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.instance.impl.DecisionImpl#getChantiers <em>Chantiers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DecisionImpl extends ElementImplCustom implements Decision
{
	/**
	 * The cached value of the '{@link #getChantiers() <em>Chantiers</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChantiers()
	 * @generated
	 * @ordered
	 */
	protected EList<Chantier> chantiers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DecisionImpl()
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
		return InstancePackage.Literals.DECISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Chantier> getChantiers()
	{
		if (chantiers == null)
		{
			chantiers = new EObjectResolvingEList<Chantier>(Chantier.class, this, InstancePackage.DECISION__CHANTIERS);
		}
		return chantiers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case InstancePackage.DECISION__CHANTIERS:
				return getChantiers();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case InstancePackage.DECISION__CHANTIERS:
				getChantiers().clear();
				getChantiers().addAll((Collection<? extends Chantier>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case InstancePackage.DECISION__CHANTIERS:
				getChantiers().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case InstancePackage.DECISION__CHANTIERS:
				return chantiers != null && !chantiers.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //DecisionImpl
