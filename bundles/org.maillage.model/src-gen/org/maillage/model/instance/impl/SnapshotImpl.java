/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.instance.EtatChantier;
import org.maillage.model.instance.EtatIndicateur;
import org.maillage.model.instance.InstancePackage;
import org.maillage.model.instance.Snapshot;

import org.maillage.model.plan.FeuilleDeRoute;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Snapshot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.instance.impl.SnapshotImpl#getFeuilleDeRoute <em>Feuille De Route</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.SnapshotImpl#getEtatsChantiers <em>Etats Chantiers</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.SnapshotImpl#getEtatsIndicateurs <em>Etats Indicateurs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SnapshotImpl extends ElementImplCustom implements Snapshot
{
	/**
	 * The cached value of the '{@link #getFeuilleDeRoute() <em>Feuille De Route</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeuilleDeRoute()
	 * @generated
	 * @ordered
	 */
	protected FeuilleDeRoute feuilleDeRoute;

	/**
	 * The cached value of the '{@link #getEtatsChantiers() <em>Etats Chantiers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEtatsChantiers()
	 * @generated
	 * @ordered
	 */
	protected EList<EtatChantier> etatsChantiers;

	/**
	 * The cached value of the '{@link #getEtatsIndicateurs() <em>Etats Indicateurs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEtatsIndicateurs()
	 * @generated
	 * @ordered
	 */
	protected EList<EtatIndicateur> etatsIndicateurs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SnapshotImpl()
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
		return InstancePackage.Literals.SNAPSHOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeuilleDeRoute getFeuilleDeRoute()
	{
		if (feuilleDeRoute != null && feuilleDeRoute.eIsProxy())
		{
			InternalEObject oldFeuilleDeRoute = (InternalEObject)feuilleDeRoute;
			feuilleDeRoute = (FeuilleDeRoute)eResolveProxy(oldFeuilleDeRoute);
			if (feuilleDeRoute != oldFeuilleDeRoute)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InstancePackage.SNAPSHOT__FEUILLE_DE_ROUTE, oldFeuilleDeRoute, feuilleDeRoute));
			}
		}
		return feuilleDeRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FeuilleDeRoute basicGetFeuilleDeRoute()
	{
		return feuilleDeRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeuilleDeRoute(FeuilleDeRoute newFeuilleDeRoute)
	{
		FeuilleDeRoute oldFeuilleDeRoute = feuilleDeRoute;
		feuilleDeRoute = newFeuilleDeRoute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstancePackage.SNAPSHOT__FEUILLE_DE_ROUTE, oldFeuilleDeRoute, feuilleDeRoute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EtatChantier> getEtatsChantiers()
	{
		if (etatsChantiers == null)
		{
			etatsChantiers = new EObjectContainmentEList<EtatChantier>(EtatChantier.class, this, InstancePackage.SNAPSHOT__ETATS_CHANTIERS);
		}
		return etatsChantiers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EtatIndicateur> getEtatsIndicateurs()
	{
		if (etatsIndicateurs == null)
		{
			etatsIndicateurs = new EObjectContainmentEList<EtatIndicateur>(EtatIndicateur.class, this, InstancePackage.SNAPSHOT__ETATS_INDICATEURS);
		}
		return etatsIndicateurs;
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
			case InstancePackage.SNAPSHOT__ETATS_CHANTIERS:
				return ((InternalEList<?>)getEtatsChantiers()).basicRemove(otherEnd, msgs);
			case InstancePackage.SNAPSHOT__ETATS_INDICATEURS:
				return ((InternalEList<?>)getEtatsIndicateurs()).basicRemove(otherEnd, msgs);
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
			case InstancePackage.SNAPSHOT__FEUILLE_DE_ROUTE:
				if (resolve) return getFeuilleDeRoute();
				return basicGetFeuilleDeRoute();
			case InstancePackage.SNAPSHOT__ETATS_CHANTIERS:
				return getEtatsChantiers();
			case InstancePackage.SNAPSHOT__ETATS_INDICATEURS:
				return getEtatsIndicateurs();
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
			case InstancePackage.SNAPSHOT__FEUILLE_DE_ROUTE:
				setFeuilleDeRoute((FeuilleDeRoute)newValue);
				return;
			case InstancePackage.SNAPSHOT__ETATS_CHANTIERS:
				getEtatsChantiers().clear();
				getEtatsChantiers().addAll((Collection<? extends EtatChantier>)newValue);
				return;
			case InstancePackage.SNAPSHOT__ETATS_INDICATEURS:
				getEtatsIndicateurs().clear();
				getEtatsIndicateurs().addAll((Collection<? extends EtatIndicateur>)newValue);
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
			case InstancePackage.SNAPSHOT__FEUILLE_DE_ROUTE:
				setFeuilleDeRoute((FeuilleDeRoute)null);
				return;
			case InstancePackage.SNAPSHOT__ETATS_CHANTIERS:
				getEtatsChantiers().clear();
				return;
			case InstancePackage.SNAPSHOT__ETATS_INDICATEURS:
				getEtatsIndicateurs().clear();
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
			case InstancePackage.SNAPSHOT__FEUILLE_DE_ROUTE:
				return feuilleDeRoute != null;
			case InstancePackage.SNAPSHOT__ETATS_CHANTIERS:
				return etatsChantiers != null && !etatsChantiers.isEmpty();
			case InstancePackage.SNAPSHOT__ETATS_INDICATEURS:
				return etatsIndicateurs != null && !etatsIndicateurs.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //SnapshotImpl
