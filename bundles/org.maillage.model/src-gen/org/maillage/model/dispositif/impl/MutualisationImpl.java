/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.dispositif.Mutualisation;

import org.maillage.model.territoire.Groupement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mutualisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.impl.MutualisationImpl#getGroupement <em>Groupement</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.impl.MutualisationImpl#getMoyensMutualises <em>Moyens Mutualises</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MutualisationImpl extends DispositifImpl implements Mutualisation
{
	/**
	 * The cached value of the '{@link #getGroupement() <em>Groupement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupement()
	 * @generated
	 * @ordered
	 */
	protected Groupement groupement;

	/**
	 * The cached value of the '{@link #getMoyensMutualises() <em>Moyens Mutualises</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMoyensMutualises()
	 * @generated
	 * @ordered
	 */
	protected EList<String> moyensMutualises;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MutualisationImpl()
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
		return DispositifPackage.Literals.MUTUALISATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Groupement getGroupement()
	{
		if (groupement != null && groupement.eIsProxy())
		{
			InternalEObject oldGroupement = (InternalEObject)groupement;
			groupement = (Groupement)eResolveProxy(oldGroupement);
			if (groupement != oldGroupement)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DispositifPackage.MUTUALISATION__GROUPEMENT, oldGroupement, groupement));
			}
		}
		return groupement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Groupement basicGetGroupement()
	{
		return groupement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroupement(Groupement newGroupement)
	{
		Groupement oldGroupement = groupement;
		groupement = newGroupement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DispositifPackage.MUTUALISATION__GROUPEMENT, oldGroupement, groupement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getMoyensMutualises()
	{
		if (moyensMutualises == null)
		{
			moyensMutualises = new EDataTypeUniqueEList<String>(String.class, this, DispositifPackage.MUTUALISATION__MOYENS_MUTUALISES);
		}
		return moyensMutualises;
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
			case DispositifPackage.MUTUALISATION__GROUPEMENT:
				if (resolve) return getGroupement();
				return basicGetGroupement();
			case DispositifPackage.MUTUALISATION__MOYENS_MUTUALISES:
				return getMoyensMutualises();
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
			case DispositifPackage.MUTUALISATION__GROUPEMENT:
				setGroupement((Groupement)newValue);
				return;
			case DispositifPackage.MUTUALISATION__MOYENS_MUTUALISES:
				getMoyensMutualises().clear();
				getMoyensMutualises().addAll((Collection<? extends String>)newValue);
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
			case DispositifPackage.MUTUALISATION__GROUPEMENT:
				setGroupement((Groupement)null);
				return;
			case DispositifPackage.MUTUALISATION__MOYENS_MUTUALISES:
				getMoyensMutualises().clear();
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
			case DispositifPackage.MUTUALISATION__GROUPEMENT:
				return groupement != null;
			case DispositifPackage.MUTUALISATION__MOYENS_MUTUALISES:
				return moyensMutualises != null && !moyensMutualises.isEmpty();
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
		result.append(" (moyensMutualises: ");
		result.append(moyensMutualises);
		result.append(')');
		return result.toString();
	}

} //MutualisationImpl
