/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.instance.Decision;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.InstancePackage;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.Snapshot;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Seance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.instance.impl.SeanceImpl#getInstance <em>Instance</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.SeanceImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.SeanceImpl#getOrdreDuJour <em>Ordre Du Jour</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.SeanceImpl#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.SeanceImpl#getSnapshot <em>Snapshot</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SeanceImpl extends ElementImplCustom implements Seance
{
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrdreDuJour() <em>Ordre Du Jour</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrdreDuJour()
	 * @generated
	 * @ordered
	 */
	protected EList<String> ordreDuJour;

	/**
	 * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<Decision> decisions;

	/**
	 * The cached value of the '{@link #getSnapshot() <em>Snapshot</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnapshot()
	 * @generated
	 * @ordered
	 */
	protected Snapshot snapshot;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SeanceImpl()
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
		return InstancePackage.Literals.SEANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instance getInstance()
	{
		if (eContainerFeatureID() != InstancePackage.SEANCE__INSTANCE) return null;
		return (Instance)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInstance(Instance newInstance, NotificationChain msgs)
	{
		msgs = eBasicSetContainer((InternalEObject)newInstance, InstancePackage.SEANCE__INSTANCE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstance(Instance newInstance)
	{
		if (newInstance != eInternalContainer() || (eContainerFeatureID() != InstancePackage.SEANCE__INSTANCE && newInstance != null))
		{
			if (EcoreUtil.isAncestor(this, newInstance))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newInstance != null)
				msgs = ((InternalEObject)newInstance).eInverseAdd(this, InstancePackage.INSTANCE__SEANCES, Instance.class, msgs);
			msgs = basicSetInstance(newInstance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstancePackage.SEANCE__INSTANCE, newInstance, newInstance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate()
	{
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate)
	{
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstancePackage.SEANCE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getOrdreDuJour()
	{
		if (ordreDuJour == null)
		{
			ordreDuJour = new EDataTypeUniqueEList<String>(String.class, this, InstancePackage.SEANCE__ORDRE_DU_JOUR);
		}
		return ordreDuJour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Decision> getDecisions()
	{
		if (decisions == null)
		{
			decisions = new EObjectContainmentEList<Decision>(Decision.class, this, InstancePackage.SEANCE__DECISIONS);
		}
		return decisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Snapshot getSnapshot()
	{
		return snapshot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSnapshot(Snapshot newSnapshot, NotificationChain msgs)
	{
		Snapshot oldSnapshot = snapshot;
		snapshot = newSnapshot;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, InstancePackage.SEANCE__SNAPSHOT, oldSnapshot, newSnapshot);
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
	public void setSnapshot(Snapshot newSnapshot)
	{
		if (newSnapshot != snapshot)
		{
			NotificationChain msgs = null;
			if (snapshot != null)
				msgs = ((InternalEObject)snapshot).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - InstancePackage.SEANCE__SNAPSHOT, null, msgs);
			if (newSnapshot != null)
				msgs = ((InternalEObject)newSnapshot).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - InstancePackage.SEANCE__SNAPSHOT, null, msgs);
			msgs = basicSetSnapshot(newSnapshot, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstancePackage.SEANCE__SNAPSHOT, newSnapshot, newSnapshot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case InstancePackage.SEANCE__INSTANCE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetInstance((Instance)otherEnd, msgs);
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
			case InstancePackage.SEANCE__INSTANCE:
				return basicSetInstance(null, msgs);
			case InstancePackage.SEANCE__DECISIONS:
				return ((InternalEList<?>)getDecisions()).basicRemove(otherEnd, msgs);
			case InstancePackage.SEANCE__SNAPSHOT:
				return basicSetSnapshot(null, msgs);
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
			case InstancePackage.SEANCE__INSTANCE:
				return eInternalContainer().eInverseRemove(this, InstancePackage.INSTANCE__SEANCES, Instance.class, msgs);
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
			case InstancePackage.SEANCE__INSTANCE:
				return getInstance();
			case InstancePackage.SEANCE__DATE:
				return getDate();
			case InstancePackage.SEANCE__ORDRE_DU_JOUR:
				return getOrdreDuJour();
			case InstancePackage.SEANCE__DECISIONS:
				return getDecisions();
			case InstancePackage.SEANCE__SNAPSHOT:
				return getSnapshot();
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
			case InstancePackage.SEANCE__INSTANCE:
				setInstance((Instance)newValue);
				return;
			case InstancePackage.SEANCE__DATE:
				setDate((LocalDate)newValue);
				return;
			case InstancePackage.SEANCE__ORDRE_DU_JOUR:
				getOrdreDuJour().clear();
				getOrdreDuJour().addAll((Collection<? extends String>)newValue);
				return;
			case InstancePackage.SEANCE__DECISIONS:
				getDecisions().clear();
				getDecisions().addAll((Collection<? extends Decision>)newValue);
				return;
			case InstancePackage.SEANCE__SNAPSHOT:
				setSnapshot((Snapshot)newValue);
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
			case InstancePackage.SEANCE__INSTANCE:
				setInstance((Instance)null);
				return;
			case InstancePackage.SEANCE__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case InstancePackage.SEANCE__ORDRE_DU_JOUR:
				getOrdreDuJour().clear();
				return;
			case InstancePackage.SEANCE__DECISIONS:
				getDecisions().clear();
				return;
			case InstancePackage.SEANCE__SNAPSHOT:
				setSnapshot((Snapshot)null);
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
			case InstancePackage.SEANCE__INSTANCE:
				return getInstance() != null;
			case InstancePackage.SEANCE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case InstancePackage.SEANCE__ORDRE_DU_JOUR:
				return ordreDuJour != null && !ordreDuJour.isEmpty();
			case InstancePackage.SEANCE__DECISIONS:
				return decisions != null && !decisions.isEmpty();
			case InstancePackage.SEANCE__SNAPSHOT:
				return snapshot != null;
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
		result.append(" (date: ");
		result.append(date);
		result.append(", ordreDuJour: ");
		result.append(ordreDuJour);
		result.append(')');
		return result.toString();
	}

} //SeanceImpl
