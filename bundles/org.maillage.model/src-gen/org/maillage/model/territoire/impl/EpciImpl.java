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
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.NatureEpci;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.TerritoirePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Epci</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.territoire.impl.EpciImpl#getNature <em>Nature</em>}</li>
 *   <li>{@link org.maillage.model.territoire.impl.EpciImpl#getMembres <em>Membres</em>}</li>
 *   <li>{@link org.maillage.model.territoire.impl.EpciImpl#getQpvs <em>Qpvs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EpciImpl extends TerritoireImpl implements Epci
{
	/**
	 * The default value of the '{@link #getNature() <em>Nature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNature()
	 * @generated
	 * @ordered
	 */
	protected static final NatureEpci NATURE_EDEFAULT = NatureEpci.COMMUNAUTE_DE_COMMUNES;

	/**
	 * The cached value of the '{@link #getNature() <em>Nature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNature()
	 * @generated
	 * @ordered
	 */
	protected NatureEpci nature = NATURE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMembres() <em>Membres</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembres()
	 * @generated
	 * @ordered
	 */
	protected EList<Commune> membres;

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
	protected EpciImpl()
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
		return TerritoirePackage.Literals.EPCI;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NatureEpci getNature()
	{
		return nature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNature(NatureEpci newNature)
	{
		NatureEpci oldNature = nature;
		nature = newNature == null ? NATURE_EDEFAULT : newNature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TerritoirePackage.EPCI__NATURE, oldNature, nature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Commune> getMembres()
	{
		if (membres == null)
		{
			membres = new EObjectWithInverseEList<Commune>(Commune.class, this, TerritoirePackage.EPCI__MEMBRES, TerritoirePackage.COMMUNE__EPCI);
		}
		return membres;
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
			qpvs = new EObjectWithInverseResolvingEList<Qpv>(Qpv.class, this, TerritoirePackage.EPCI__QPVS, TerritoirePackage.QPV__EPCI);
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
			case TerritoirePackage.EPCI__MEMBRES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getMembres()).basicAdd(otherEnd, msgs);
			case TerritoirePackage.EPCI__QPVS:
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
			case TerritoirePackage.EPCI__MEMBRES:
				return ((InternalEList<?>)getMembres()).basicRemove(otherEnd, msgs);
			case TerritoirePackage.EPCI__QPVS:
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
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case TerritoirePackage.EPCI__NATURE:
				return getNature();
			case TerritoirePackage.EPCI__MEMBRES:
				return getMembres();
			case TerritoirePackage.EPCI__QPVS:
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
			case TerritoirePackage.EPCI__NATURE:
				setNature((NatureEpci)newValue);
				return;
			case TerritoirePackage.EPCI__MEMBRES:
				getMembres().clear();
				getMembres().addAll((Collection<? extends Commune>)newValue);
				return;
			case TerritoirePackage.EPCI__QPVS:
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
			case TerritoirePackage.EPCI__NATURE:
				setNature(NATURE_EDEFAULT);
				return;
			case TerritoirePackage.EPCI__MEMBRES:
				getMembres().clear();
				return;
			case TerritoirePackage.EPCI__QPVS:
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
			case TerritoirePackage.EPCI__NATURE:
				return nature != NATURE_EDEFAULT;
			case TerritoirePackage.EPCI__MEMBRES:
				return membres != null && !membres.isEmpty();
			case TerritoirePackage.EPCI__QPVS:
				return qpvs != null && !qpvs.isEmpty();
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
		result.append(" (nature: ");
		result.append(nature);
		result.append(')');
		return result.toString();
	}

} //EpciImpl
