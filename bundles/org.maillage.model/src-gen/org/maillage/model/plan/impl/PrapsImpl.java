/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.plan.MesurePraps;
import org.maillage.model.plan.PlanPackage;
import org.maillage.model.plan.Praps;
import org.maillage.model.plan.ThemePraps;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Praps</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.plan.impl.PrapsImpl#getThemes <em>Themes</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.PrapsImpl#getMesures <em>Mesures</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PrapsImpl extends ElementImplCustom implements Praps
{
	/**
	 * The cached value of the '{@link #getThemes() <em>Themes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThemes()
	 * @generated
	 * @ordered
	 */
	protected EList<ThemePraps> themes;

	/**
	 * The cached value of the '{@link #getMesures() <em>Mesures</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMesures()
	 * @generated
	 * @ordered
	 */
	protected EList<MesurePraps> mesures;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PrapsImpl()
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
		return PlanPackage.Literals.PRAPS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ThemePraps> getThemes()
	{
		if (themes == null)
		{
			themes = new EObjectContainmentEList<ThemePraps>(ThemePraps.class, this, PlanPackage.PRAPS__THEMES);
		}
		return themes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MesurePraps> getMesures()
	{
		if (mesures == null)
		{
			mesures = new EObjectContainmentEList<MesurePraps>(MesurePraps.class, this, PlanPackage.PRAPS__MESURES);
		}
		return mesures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case PlanPackage.PRAPS__THEMES:
				return ((InternalEList<?>)getThemes()).basicRemove(otherEnd, msgs);
			case PlanPackage.PRAPS__MESURES:
				return ((InternalEList<?>)getMesures()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case PlanPackage.PRAPS__THEMES:
				return getThemes();
			case PlanPackage.PRAPS__MESURES:
				return getMesures();
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
			case PlanPackage.PRAPS__THEMES:
				getThemes().clear();
				getThemes().addAll((Collection<? extends ThemePraps>)newValue);
				return;
			case PlanPackage.PRAPS__MESURES:
				getMesures().clear();
				getMesures().addAll((Collection<? extends MesurePraps>)newValue);
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
			case PlanPackage.PRAPS__THEMES:
				getThemes().clear();
				return;
			case PlanPackage.PRAPS__MESURES:
				getMesures().clear();
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
			case PlanPackage.PRAPS__THEMES:
				return themes != null && !themes.isEmpty();
			case PlanPackage.PRAPS__MESURES:
				return mesures != null && !mesures.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //PrapsImpl
