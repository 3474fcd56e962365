/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.maillage.model.plan.MesurePraps;
import org.maillage.model.plan.Objectif;
import org.maillage.model.plan.PlanPackage;
import org.maillage.model.plan.ThemePraps;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mesure Praps</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.plan.impl.MesurePrapsImpl#getObjectifs <em>Objectifs</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.MesurePrapsImpl#getTheme <em>Theme</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MesurePrapsImpl extends OrientationImpl implements MesurePraps
{
	/**
	 * The cached value of the '{@link #getObjectifs() <em>Objectifs</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectifs()
	 * @generated
	 * @ordered
	 */
	protected EList<Objectif> objectifs;

	/**
	 * The cached value of the '{@link #getTheme() <em>Theme</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected ThemePraps theme;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MesurePrapsImpl()
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
		return PlanPackage.Literals.MESURE_PRAPS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Objectif> getObjectifs()
	{
		if (objectifs == null)
		{
			objectifs = new EObjectResolvingEList<Objectif>(Objectif.class, this, PlanPackage.MESURE_PRAPS__OBJECTIFS);
		}
		return objectifs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ThemePraps getTheme()
	{
		if (theme != null && theme.eIsProxy())
		{
			InternalEObject oldTheme = (InternalEObject)theme;
			theme = (ThemePraps)eResolveProxy(oldTheme);
			if (theme != oldTheme)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.MESURE_PRAPS__THEME, oldTheme, theme));
			}
		}
		return theme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ThemePraps basicGetTheme()
	{
		return theme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheme(ThemePraps newTheme)
	{
		ThemePraps oldTheme = theme;
		theme = newTheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.MESURE_PRAPS__THEME, oldTheme, theme));
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
			case PlanPackage.MESURE_PRAPS__OBJECTIFS:
				return getObjectifs();
			case PlanPackage.MESURE_PRAPS__THEME:
				if (resolve) return getTheme();
				return basicGetTheme();
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
			case PlanPackage.MESURE_PRAPS__OBJECTIFS:
				getObjectifs().clear();
				getObjectifs().addAll((Collection<? extends Objectif>)newValue);
				return;
			case PlanPackage.MESURE_PRAPS__THEME:
				setTheme((ThemePraps)newValue);
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
			case PlanPackage.MESURE_PRAPS__OBJECTIFS:
				getObjectifs().clear();
				return;
			case PlanPackage.MESURE_PRAPS__THEME:
				setTheme((ThemePraps)null);
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
			case PlanPackage.MESURE_PRAPS__OBJECTIFS:
				return objectifs != null && !objectifs.isEmpty();
			case PlanPackage.MESURE_PRAPS__THEME:
				return theme != null;
		}
		return super.eIsSet(featureID);
	}

} //MesurePrapsImpl
