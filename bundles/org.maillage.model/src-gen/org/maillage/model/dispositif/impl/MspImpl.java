/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.dispositif.Msp;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Msp</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.impl.MspImpl#isPoleDeSante <em>Pole De Sante</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MspImpl extends DispositifImpl implements Msp
{
	/**
	 * The default value of the '{@link #isPoleDeSante() <em>Pole De Sante</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPoleDeSante()
	 * @generated
	 * @ordered
	 */
	protected static final boolean POLE_DE_SANTE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPoleDeSante() <em>Pole De Sante</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPoleDeSante()
	 * @generated
	 * @ordered
	 */
	protected boolean poleDeSante = POLE_DE_SANTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MspImpl()
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
		return DispositifPackage.Literals.MSP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPoleDeSante()
	{
		return poleDeSante;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoleDeSante(boolean newPoleDeSante)
	{
		boolean oldPoleDeSante = poleDeSante;
		poleDeSante = newPoleDeSante;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.MSP__POLE_DE_SANTE, oldPoleDeSante, poleDeSante));
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
			case DispositifPackage.MSP__POLE_DE_SANTE:
				return isPoleDeSante();
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
			case DispositifPackage.MSP__POLE_DE_SANTE:
				setPoleDeSante((Boolean)newValue);
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
			case DispositifPackage.MSP__POLE_DE_SANTE:
				setPoleDeSante(POLE_DE_SANTE_EDEFAULT);
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
			case DispositifPackage.MSP__POLE_DE_SANTE:
				return poleDeSante != POLE_DE_SANTE_EDEFAULT;
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
		result.append(" (poleDeSante: ");
		result.append(poleDeSante);
		result.append(')');
		return result.toString();
	}

} //MspImpl
