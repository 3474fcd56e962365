/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.PlanPackage;
import org.maillage.model.plan.Prs;

import org.maillage.model.territoire.Departement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Feuille De Route</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.plan.impl.FeuilleDeRouteImpl#getDepartement <em>Departement</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.FeuilleDeRouteImpl#getAnnee <em>Annee</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.FeuilleDeRouteImpl#getPrs <em>Prs</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.FeuilleDeRouteImpl#getChantiers <em>Chantiers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FeuilleDeRouteImpl extends ElementImplCustom implements FeuilleDeRoute
{
	/**
	 * The cached value of the '{@link #getDepartement() <em>Departement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartement()
	 * @generated
	 * @ordered
	 */
	protected Departement departement;

	/**
	 * The default value of the '{@link #getAnnee() <em>Annee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnee()
	 * @generated
	 * @ordered
	 */
	protected static final int ANNEE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAnnee() <em>Annee</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnee()
	 * @generated
	 * @ordered
	 */
	protected int annee = ANNEE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPrs() <em>Prs</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrs()
	 * @generated
	 * @ordered
	 */
	protected Prs prs;

	/**
	 * The cached value of the '{@link #getChantiers() <em>Chantiers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChantiers()
	 * @generated
	 * @ordered
	 */
	protected EList<Chantier> chantiers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FeuilleDeRouteImpl()
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
		return PlanPackage.Literals.FEUILLE_DE_ROUTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Departement getDepartement()
	{
		if (departement != null && departement.eIsProxy())
		{
			InternalEObject oldDepartement = (InternalEObject)departement;
			departement = (Departement)eResolveProxy(oldDepartement);
			if (departement != oldDepartement)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.FEUILLE_DE_ROUTE__DEPARTEMENT, oldDepartement, departement));
			}
		}
		return departement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Departement basicGetDepartement()
	{
		return departement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartement(Departement newDepartement)
	{
		Departement oldDepartement = departement;
		departement = newDepartement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.FEUILLE_DE_ROUTE__DEPARTEMENT, oldDepartement, departement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAnnee()
	{
		return annee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnee(int newAnnee)
	{
		int oldAnnee = annee;
		annee = newAnnee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.FEUILLE_DE_ROUTE__ANNEE, oldAnnee, annee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Prs getPrs()
	{
		if (prs != null && prs.eIsProxy())
		{
			InternalEObject oldPrs = (InternalEObject)prs;
			prs = (Prs)eResolveProxy(oldPrs);
			if (prs != oldPrs)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.FEUILLE_DE_ROUTE__PRS, oldPrs, prs));
			}
		}
		return prs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Prs basicGetPrs()
	{
		return prs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrs(Prs newPrs)
	{
		Prs oldPrs = prs;
		prs = newPrs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.FEUILLE_DE_ROUTE__PRS, oldPrs, prs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Chantier> getChantiers()
	{
		if (chantiers == null)
		{
			chantiers = new EObjectContainmentWithInverseEList<Chantier>(Chantier.class, this, PlanPackage.FEUILLE_DE_ROUTE__CHANTIERS, PlanPackage.CHANTIER__FEUILLE_DE_ROUTE);
		}
		return chantiers;
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
			case PlanPackage.FEUILLE_DE_ROUTE__CHANTIERS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getChantiers()).basicAdd(otherEnd, msgs);
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
			case PlanPackage.FEUILLE_DE_ROUTE__CHANTIERS:
				return ((InternalEList<?>)getChantiers()).basicRemove(otherEnd, msgs);
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
			case PlanPackage.FEUILLE_DE_ROUTE__DEPARTEMENT:
				if (resolve) return getDepartement();
				return basicGetDepartement();
			case PlanPackage.FEUILLE_DE_ROUTE__ANNEE:
				return getAnnee();
			case PlanPackage.FEUILLE_DE_ROUTE__PRS:
				if (resolve) return getPrs();
				return basicGetPrs();
			case PlanPackage.FEUILLE_DE_ROUTE__CHANTIERS:
				return getChantiers();
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
			case PlanPackage.FEUILLE_DE_ROUTE__DEPARTEMENT:
				setDepartement((Departement)newValue);
				return;
			case PlanPackage.FEUILLE_DE_ROUTE__ANNEE:
				setAnnee((Integer)newValue);
				return;
			case PlanPackage.FEUILLE_DE_ROUTE__PRS:
				setPrs((Prs)newValue);
				return;
			case PlanPackage.FEUILLE_DE_ROUTE__CHANTIERS:
				getChantiers().clear();
				getChantiers().addAll((Collection<? extends Chantier>)newValue);
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
			case PlanPackage.FEUILLE_DE_ROUTE__DEPARTEMENT:
				setDepartement((Departement)null);
				return;
			case PlanPackage.FEUILLE_DE_ROUTE__ANNEE:
				setAnnee(ANNEE_EDEFAULT);
				return;
			case PlanPackage.FEUILLE_DE_ROUTE__PRS:
				setPrs((Prs)null);
				return;
			case PlanPackage.FEUILLE_DE_ROUTE__CHANTIERS:
				getChantiers().clear();
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
			case PlanPackage.FEUILLE_DE_ROUTE__DEPARTEMENT:
				return departement != null;
			case PlanPackage.FEUILLE_DE_ROUTE__ANNEE:
				return annee != ANNEE_EDEFAULT;
			case PlanPackage.FEUILLE_DE_ROUTE__PRS:
				return prs != null;
			case PlanPackage.FEUILLE_DE_ROUTE__CHANTIERS:
				return chantiers != null && !chantiers.isEmpty();
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
		result.append(" (annee: ");
		result.append(annee);
		result.append(')');
		return result.toString();
	}

} //FeuilleDeRouteImpl
