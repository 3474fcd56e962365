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

import org.eclipse.emf.ecore.util.EObjectWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.TerritoirePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Qpv</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.territoire.impl.QpvImpl#getCommunes <em>Communes</em>}</li>
 *   <li>{@link org.maillage.model.territoire.impl.QpvImpl#getEpci <em>Epci</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QpvImpl extends TerritoireImpl implements Qpv
{
	/**
	 * The cached value of the '{@link #getCommunes() <em>Communes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommunes()
	 * @generated
	 * @ordered
	 */
	protected EList<Commune> communes;

	/**
	 * The cached value of the '{@link #getEpci() <em>Epci</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpci()
	 * @generated
	 * @ordered
	 */
	protected Epci epci;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QpvImpl()
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
		return TerritoirePackage.Literals.QPV;
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
			communes = new EObjectWithInverseEList.ManyInverse<Commune>(Commune.class, this, TerritoirePackage.QPV__COMMUNES, TerritoirePackage.COMMUNE__QPVS);
		}
		return communes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Epci getEpci()
	{
		return epci;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEpci(Epci newEpci, NotificationChain msgs)
	{
		Epci oldEpci = epci;
		epci = newEpci;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TerritoirePackage.QPV__EPCI, oldEpci, newEpci);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpci(Epci newEpci)
	{
		if (newEpci != epci)
		{
			NotificationChain msgs = null;
			if (epci != null)
				msgs = ((InternalEObject)epci).eInverseRemove(this, TerritoirePackage.EPCI__QPVS, Epci.class, msgs);
			if (newEpci != null)
				msgs = ((InternalEObject)newEpci).eInverseAdd(this, TerritoirePackage.EPCI__QPVS, Epci.class, msgs);
			msgs = basicSetEpci(newEpci, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TerritoirePackage.QPV__EPCI, newEpci, newEpci));
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
			case TerritoirePackage.QPV__COMMUNES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getCommunes()).basicAdd(otherEnd, msgs);
			case TerritoirePackage.QPV__EPCI:
				if (epci != null)
					msgs = ((InternalEObject)epci).eInverseRemove(this, TerritoirePackage.EPCI__QPVS, Epci.class, msgs);
				return basicSetEpci((Epci)otherEnd, msgs);
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
			case TerritoirePackage.QPV__COMMUNES:
				return ((InternalEList<?>)getCommunes()).basicRemove(otherEnd, msgs);
			case TerritoirePackage.QPV__EPCI:
				return basicSetEpci(null, msgs);
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
			case TerritoirePackage.QPV__COMMUNES:
				return getCommunes();
			case TerritoirePackage.QPV__EPCI:
				return getEpci();
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
			case TerritoirePackage.QPV__COMMUNES:
				getCommunes().clear();
				getCommunes().addAll((Collection<? extends Commune>)newValue);
				return;
			case TerritoirePackage.QPV__EPCI:
				setEpci((Epci)newValue);
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
			case TerritoirePackage.QPV__COMMUNES:
				getCommunes().clear();
				return;
			case TerritoirePackage.QPV__EPCI:
				setEpci((Epci)null);
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
			case TerritoirePackage.QPV__COMMUNES:
				return communes != null && !communes.isEmpty();
			case TerritoirePackage.QPV__EPCI:
				return epci != null;
		}
		return super.eIsSet(featureID);
	}

} //QpvImpl
