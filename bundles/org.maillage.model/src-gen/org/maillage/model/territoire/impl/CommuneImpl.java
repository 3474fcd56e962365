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

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.TerritoirePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Commune</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.territoire.impl.CommuneImpl#getDepartement <em>Departement</em>}</li>
 *   <li>{@link org.maillage.model.territoire.impl.CommuneImpl#getEpci <em>Epci</em>}</li>
 *   <li>{@link org.maillage.model.territoire.impl.CommuneImpl#getQpvs <em>Qpvs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CommuneImpl extends TerritoireImpl implements Commune
{
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
	 * The cached value of the '{@link #getQpvs() <em>Qpvs</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQpvs()
	 * @generated
	 * @ordered
	 */
	protected EList<Qpv> qpvs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CommuneImpl()
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
		return TerritoirePackage.Literals.COMMUNE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Departement getDepartement()
	{
		if (eContainerFeatureID() != TerritoirePackage.COMMUNE__DEPARTEMENT) return null;
		return (Departement)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDepartement(Departement newDepartement, NotificationChain msgs)
	{
		msgs = eBasicSetContainer((InternalEObject)newDepartement, TerritoirePackage.COMMUNE__DEPARTEMENT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartement(Departement newDepartement)
	{
		if (newDepartement != eInternalContainer() || (eContainerFeatureID() != TerritoirePackage.COMMUNE__DEPARTEMENT && newDepartement != null))
		{
			if (EcoreUtil.isAncestor(this, newDepartement))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newDepartement != null)
				msgs = ((InternalEObject)newDepartement).eInverseAdd(this, TerritoirePackage.DEPARTEMENT__COMMUNES, Departement.class, msgs);
			msgs = basicSetDepartement(newDepartement, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TerritoirePackage.COMMUNE__DEPARTEMENT, newDepartement, newDepartement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Epci getEpci()
	{
		if (epci != null && epci.eIsProxy())
		{
			InternalEObject oldEpci = (InternalEObject)epci;
			epci = (Epci)eResolveProxy(oldEpci);
			if (epci != oldEpci)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TerritoirePackage.COMMUNE__EPCI, oldEpci, epci));
			}
		}
		return epci;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Epci basicGetEpci()
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TerritoirePackage.COMMUNE__EPCI, oldEpci, newEpci);
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
				msgs = ((InternalEObject)epci).eInverseRemove(this, TerritoirePackage.EPCI__MEMBRES, Epci.class, msgs);
			if (newEpci != null)
				msgs = ((InternalEObject)newEpci).eInverseAdd(this, TerritoirePackage.EPCI__MEMBRES, Epci.class, msgs);
			msgs = basicSetEpci(newEpci, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TerritoirePackage.COMMUNE__EPCI, newEpci, newEpci));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Qpv> getQpvs()
	{
		if (qpvs == null)
		{
			qpvs = new EObjectWithInverseResolvingEList.ManyInverse<Qpv>(Qpv.class, this, TerritoirePackage.COMMUNE__QPVS, TerritoirePackage.QPV__COMMUNES);
		}
		return qpvs;
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
			case TerritoirePackage.COMMUNE__DEPARTEMENT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetDepartement((Departement)otherEnd, msgs);
			case TerritoirePackage.COMMUNE__EPCI:
				if (epci != null)
					msgs = ((InternalEObject)epci).eInverseRemove(this, TerritoirePackage.EPCI__MEMBRES, Epci.class, msgs);
				return basicSetEpci((Epci)otherEnd, msgs);
			case TerritoirePackage.COMMUNE__QPVS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getQpvs()).basicAdd(otherEnd, msgs);
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
			case TerritoirePackage.COMMUNE__DEPARTEMENT:
				return basicSetDepartement(null, msgs);
			case TerritoirePackage.COMMUNE__EPCI:
				return basicSetEpci(null, msgs);
			case TerritoirePackage.COMMUNE__QPVS:
				return ((InternalEList<?>)getQpvs()).basicRemove(otherEnd, msgs);
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
			case TerritoirePackage.COMMUNE__DEPARTEMENT:
				return eInternalContainer().eInverseRemove(this, TerritoirePackage.DEPARTEMENT__COMMUNES, Departement.class, msgs);
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
			case TerritoirePackage.COMMUNE__DEPARTEMENT:
				return getDepartement();
			case TerritoirePackage.COMMUNE__EPCI:
				if (resolve) return getEpci();
				return basicGetEpci();
			case TerritoirePackage.COMMUNE__QPVS:
				return getQpvs();
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
			case TerritoirePackage.COMMUNE__DEPARTEMENT:
				setDepartement((Departement)newValue);
				return;
			case TerritoirePackage.COMMUNE__EPCI:
				setEpci((Epci)newValue);
				return;
			case TerritoirePackage.COMMUNE__QPVS:
				getQpvs().clear();
				getQpvs().addAll((Collection<? extends Qpv>)newValue);
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
			case TerritoirePackage.COMMUNE__DEPARTEMENT:
				setDepartement((Departement)null);
				return;
			case TerritoirePackage.COMMUNE__EPCI:
				setEpci((Epci)null);
				return;
			case TerritoirePackage.COMMUNE__QPVS:
				getQpvs().clear();
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
			case TerritoirePackage.COMMUNE__DEPARTEMENT:
				return getDepartement() != null;
			case TerritoirePackage.COMMUNE__EPCI:
				return epci != null;
			case TerritoirePackage.COMMUNE__QPVS:
				return qpvs != null && !qpvs.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //CommuneImpl
