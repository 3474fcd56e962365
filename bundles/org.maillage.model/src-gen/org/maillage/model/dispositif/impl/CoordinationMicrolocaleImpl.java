/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.maillage.model.dispositif.CoordinationMicrolocale;
import org.maillage.model.dispositif.DispositifPackage;

import org.maillage.model.organisation.Role;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Coordination Microlocale</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.impl.CoordinationMicrolocaleImpl#getCoordinateur <em>Coordinateur</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CoordinationMicrolocaleImpl extends DispositifImpl implements CoordinationMicrolocale
{
	/**
	 * The cached value of the '{@link #getCoordinateur() <em>Coordinateur</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoordinateur()
	 * @generated
	 * @ordered
	 */
	protected Role coordinateur;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CoordinationMicrolocaleImpl()
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
		return DispositifPackage.Literals.COORDINATION_MICROLOCALE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Role getCoordinateur()
	{
		if (coordinateur != null && coordinateur.eIsProxy())
		{
			InternalEObject oldCoordinateur = (InternalEObject)coordinateur;
			coordinateur = (Role)eResolveProxy(oldCoordinateur);
			if (coordinateur != oldCoordinateur)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DispositifPackage.COORDINATION_MICROLOCALE__COORDINATEUR, oldCoordinateur, coordinateur));
			}
		}
		return coordinateur;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role basicGetCoordinateur()
	{
		return coordinateur;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoordinateur(Role newCoordinateur)
	{
		Role oldCoordinateur = coordinateur;
		coordinateur = newCoordinateur;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.COORDINATION_MICROLOCALE__COORDINATEUR, oldCoordinateur, coordinateur));
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
			case DispositifPackage.COORDINATION_MICROLOCALE__COORDINATEUR:
				if (resolve) return getCoordinateur();
				return basicGetCoordinateur();
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
			case DispositifPackage.COORDINATION_MICROLOCALE__COORDINATEUR:
				setCoordinateur((Role)newValue);
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
			case DispositifPackage.COORDINATION_MICROLOCALE__COORDINATEUR:
				setCoordinateur((Role)null);
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
			case DispositifPackage.COORDINATION_MICROLOCALE__COORDINATEUR:
				return coordinateur != null;
		}
		return super.eIsSet(featureID);
	}

} //CoordinationMicrolocaleImpl
