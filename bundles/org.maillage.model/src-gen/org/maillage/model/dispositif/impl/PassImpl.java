/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.dispositif.Pass;
import org.maillage.model.dispositif.TypePass;

import org.maillage.model.organisation.Organisation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pass</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.impl.PassImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.PassImpl#getEtablissement <em>Etablissement</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PassImpl extends DispositifImpl implements Pass
{
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final TypePass TYPE_EDEFAULT = TypePass.GENERALE;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected TypePass type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEtablissement() <em>Etablissement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEtablissement()
	 * @generated
	 * @ordered
	 */
	protected Organisation etablissement;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PassImpl()
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
		return DispositifPackage.Literals.PASS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypePass getType()
	{
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(TypePass newType)
	{
		TypePass oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.PASS__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getEtablissement()
	{
		if (etablissement != null && etablissement.eIsProxy())
		{
			InternalEObject oldEtablissement = (InternalEObject)etablissement;
			etablissement = (Organisation)eResolveProxy(oldEtablissement);
			if (etablissement != oldEtablissement)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DispositifPackage.PASS__ETABLISSEMENT, oldEtablissement, etablissement));
			}
		}
		return etablissement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetEtablissement()
	{
		return etablissement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEtablissement(Organisation newEtablissement)
	{
		Organisation oldEtablissement = etablissement;
		etablissement = newEtablissement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.PASS__ETABLISSEMENT, oldEtablissement, etablissement));
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
			case DispositifPackage.PASS__TYPE:
				return getType();
			case DispositifPackage.PASS__ETABLISSEMENT:
				if (resolve) return getEtablissement();
				return basicGetEtablissement();
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
			case DispositifPackage.PASS__TYPE:
				setType((TypePass)newValue);
				return;
			case DispositifPackage.PASS__ETABLISSEMENT:
				setEtablissement((Organisation)newValue);
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
			case DispositifPackage.PASS__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case DispositifPackage.PASS__ETABLISSEMENT:
				setEtablissement((Organisation)null);
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
			case DispositifPackage.PASS__TYPE:
				return type != TYPE_EDEFAULT;
			case DispositifPackage.PASS__ETABLISSEMENT:
				return etablissement != null;
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
		result.append(" (type: ");
		result.append(type);
		result.append(')');
		return result.toString();
	}

} //PassImpl
