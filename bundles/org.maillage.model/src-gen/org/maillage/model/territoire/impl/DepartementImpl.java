/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.territoire.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.TerritoirePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Departement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.territoire.impl.DepartementImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.maillage.model.territoire.impl.DepartementImpl#getCommunes <em>Communes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DepartementImpl extends TerritoireImpl implements Departement
{
	/**
	 * The cached value of the '{@link #getCommunes() <em>Communes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommunes()
	 * @generated
	 * @ordered
	 */
	protected EList<Commune> communes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DepartementImpl()
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
		return TerritoirePackage.Literals.DEPARTEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Region getRegion()
	{
		if (eContainerFeatureID() != TerritoirePackage.DEPARTEMENT__REGION) return null;
		return (Region)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRegion(Region newRegion, NotificationChain msgs)
	{
		msgs = eBasicSetContainer((InternalEObject)newRegion, TerritoirePackage.DEPARTEMENT__REGION, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(Region newRegion)
	{
		if (newRegion != eInternalContainer() || (eContainerFeatureID() != TerritoirePackage.DEPARTEMENT__REGION && newRegion != null))
		{
			if (EcoreUtil.isAncestor(this, newRegion))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newRegion != null)
				msgs = ((InternalEObject)newRegion).eInverseAdd(this, TerritoirePackage.REGION__DEPARTEMENTS, Region.class, msgs);
			msgs = basicSetRegion(newRegion, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TerritoirePackage.DEPARTEMENT__REGION, newRegion, newRegion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Commune> getCommunes()
	{
		if (communes == null)
		{
			communes = new EObjectContainmentWithInverseEList<Commune>(Commune.class, this, TerritoirePackage.DEPARTEMENT__COMMUNES, TerritoirePackage.COMMUNE__DEPARTEMENT);
		}
		return communes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case TerritoirePackage.DEPARTEMENT__REGION:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetRegion((Region)otherEnd, msgs);
			case TerritoirePackage.DEPARTEMENT__COMMUNES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getCommunes()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
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
			case TerritoirePackage.DEPARTEMENT__REGION:
				return basicSetRegion(null, msgs);
			case TerritoirePackage.DEPARTEMENT__COMMUNES:
				return ((InternalEList<?>)getCommunes()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs)
	{
		switch (eContainerFeatureID())
		{
			case TerritoirePackage.DEPARTEMENT__REGION:
				return eInternalContainer().eInverseRemove(this, TerritoirePackage.REGION__DEPARTEMENTS, Region.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
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
			case TerritoirePackage.DEPARTEMENT__REGION:
				return getRegion();
			case TerritoirePackage.DEPARTEMENT__COMMUNES:
				return getCommunes();
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
			case TerritoirePackage.DEPARTEMENT__REGION:
				setRegion((Region)newValue);
				return;
			case TerritoirePackage.DEPARTEMENT__COMMUNES:
				getCommunes().clear();
				getCommunes().addAll((Collection<? extends Commune>)newValue);
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
			case TerritoirePackage.DEPARTEMENT__REGION:
				setRegion((Region)null);
				return;
			case TerritoirePackage.DEPARTEMENT__COMMUNES:
				getCommunes().clear();
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
			case TerritoirePackage.DEPARTEMENT__REGION:
				return getRegion() != null;
			case TerritoirePackage.DEPARTEMENT__COMMUNES:
				return communes != null && !communes.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //DepartementImpl
