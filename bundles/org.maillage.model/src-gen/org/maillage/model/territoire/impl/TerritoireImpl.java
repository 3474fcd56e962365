/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.territoire.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.maillage.model.ReferenceData;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.territoire.Territoire;
import org.maillage.model.territoire.TerritoirePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Territoire</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.territoire.impl.TerritoireImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.maillage.model.territoire.impl.TerritoireImpl#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.maillage.model.territoire.impl.TerritoireImpl#getReferenceData <em>Reference Data</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class TerritoireImpl extends ElementImplCustom implements Territoire
{
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final int POPULATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected int population = POPULATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReferenceData() <em>Reference Data</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceData()
	 * @generated
	 * @ordered
	 */
	protected ReferenceData referenceData;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TerritoireImpl()
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
		return TerritoirePackage.Literals.TERRITOIRE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode()
	{
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode)
	{
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TerritoirePackage.TERRITOIRE__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPopulation()
	{
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulation(int newPopulation)
	{
		int oldPopulation = population;
		population = newPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TerritoirePackage.TERRITOIRE__POPULATION, oldPopulation, population));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReferenceData getReferenceData()
	{
		if (referenceData != null && referenceData.eIsProxy())
		{
			InternalEObject oldReferenceData = (InternalEObject)referenceData;
			referenceData = (ReferenceData)eResolveProxy(oldReferenceData);
			if (referenceData != oldReferenceData)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TerritoirePackage.TERRITOIRE__REFERENCE_DATA, oldReferenceData, referenceData));
			}
		}
		return referenceData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReferenceData basicGetReferenceData()
	{
		return referenceData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferenceData(ReferenceData newReferenceData)
	{
		ReferenceData oldReferenceData = referenceData;
		referenceData = newReferenceData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TerritoirePackage.TERRITOIRE__REFERENCE_DATA, oldReferenceData, referenceData));
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
			case TerritoirePackage.TERRITOIRE__CODE:
				return getCode();
			case TerritoirePackage.TERRITOIRE__POPULATION:
				return getPopulation();
			case TerritoirePackage.TERRITOIRE__REFERENCE_DATA:
				if (resolve) return getReferenceData();
				return basicGetReferenceData();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case TerritoirePackage.TERRITOIRE__CODE:
				setCode((String)newValue);
				return;
			case TerritoirePackage.TERRITOIRE__POPULATION:
				setPopulation((Integer)newValue);
				return;
			case TerritoirePackage.TERRITOIRE__REFERENCE_DATA:
				setReferenceData((ReferenceData)newValue);
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
			case TerritoirePackage.TERRITOIRE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case TerritoirePackage.TERRITOIRE__POPULATION:
				setPopulation(POPULATION_EDEFAULT);
				return;
			case TerritoirePackage.TERRITOIRE__REFERENCE_DATA:
				setReferenceData((ReferenceData)null);
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
			case TerritoirePackage.TERRITOIRE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case TerritoirePackage.TERRITOIRE__POPULATION:
				return population != POPULATION_EDEFAULT;
			case TerritoirePackage.TERRITOIRE__REFERENCE_DATA:
				return referenceData != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (code: ");
		result.append(code);
		result.append(", population: ");
		result.append(population);
		result.append(')');
		return result.toString();
	}

} //TerritoireImpl
