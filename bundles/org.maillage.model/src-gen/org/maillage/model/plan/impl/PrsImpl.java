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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.plan.Objectif;
import org.maillage.model.plan.PlanPackage;
import org.maillage.model.plan.Praps;
import org.maillage.model.plan.Prs;

import org.maillage.model.territoire.Region;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Prs</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.plan.impl.PrsImpl#getAnneeDebut <em>Annee Debut</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.PrsImpl#getAnneeFin <em>Annee Fin</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.PrsImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.PrsImpl#getObjectifs <em>Objectifs</em>}</li>
 *   <li>{@link org.maillage.model.plan.impl.PrsImpl#getPraps <em>Praps</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PrsImpl extends ElementImplCustom implements Prs
{
	/**
	 * The default value of the '{@link #getAnneeDebut() <em>Annee Debut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnneeDebut()
	 * @generated
	 * @ordered
	 */
	protected static final int ANNEE_DEBUT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAnneeDebut() <em>Annee Debut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnneeDebut()
	 * @generated
	 * @ordered
	 */
	protected int anneeDebut = ANNEE_DEBUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnneeFin() <em>Annee Fin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnneeFin()
	 * @generated
	 * @ordered
	 */
	protected static final int ANNEE_FIN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAnneeFin() <em>Annee Fin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnneeFin()
	 * @generated
	 * @ordered
	 */
	protected int anneeFin = ANNEE_FIN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected Region region;

	/**
	 * The cached value of the '{@link #getObjectifs() <em>Objectifs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectifs()
	 * @generated
	 * @ordered
	 */
	protected EList<Objectif> objectifs;

	/**
	 * The cached value of the '{@link #getPraps() <em>Praps</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPraps()
	 * @generated
	 * @ordered
	 */
	protected Praps praps;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PrsImpl()
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
		return PlanPackage.Literals.PRS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAnneeDebut()
	{
		return anneeDebut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnneeDebut(int newAnneeDebut)
	{
		int oldAnneeDebut = anneeDebut;
		anneeDebut = newAnneeDebut;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PRS__ANNEE_DEBUT, oldAnneeDebut, anneeDebut));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAnneeFin()
	{
		return anneeFin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnneeFin(int newAnneeFin)
	{
		int oldAnneeFin = anneeFin;
		anneeFin = newAnneeFin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PRS__ANNEE_FIN, oldAnneeFin, anneeFin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Region getRegion()
	{
		if (region != null && region.eIsProxy())
		{
			InternalEObject oldRegion = (InternalEObject)region;
			region = (Region)eResolveProxy(oldRegion);
			if (region != oldRegion)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PlanPackage.PRS__REGION, oldRegion, region));
			}
		}
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Region basicGetRegion()
	{
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(Region newRegion)
	{
		Region oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PRS__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Objectif> getObjectifs()
	{
		if (objectifs == null)
		{
			objectifs = new EObjectContainmentEList<Objectif>(Objectif.class, this, PlanPackage.PRS__OBJECTIFS);
		}
		return objectifs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Praps getPraps()
	{
		return praps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPraps(Praps newPraps, NotificationChain msgs)
	{
		Praps oldPraps = praps;
		praps = newPraps;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PlanPackage.PRS__PRAPS, oldPraps, newPraps);
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
	public void setPraps(Praps newPraps)
	{
		if (newPraps != praps)
		{
			NotificationChain msgs = null;
			if (praps != null)
				msgs = ((InternalEObject)praps).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PRS__PRAPS, null, msgs);
			if (newPraps != null)
				msgs = ((InternalEObject)newPraps).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PlanPackage.PRS__PRAPS, null, msgs);
			msgs = basicSetPraps(newPraps, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlanPackage.PRS__PRAPS, newPraps, newPraps));
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
			case PlanPackage.PRS__OBJECTIFS:
				return ((InternalEList<?>)getObjectifs()).basicRemove(otherEnd, msgs);
			case PlanPackage.PRS__PRAPS:
				return basicSetPraps(null, msgs);
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
			case PlanPackage.PRS__ANNEE_DEBUT:
				return getAnneeDebut();
			case PlanPackage.PRS__ANNEE_FIN:
				return getAnneeFin();
			case PlanPackage.PRS__REGION:
				if (resolve) return getRegion();
				return basicGetRegion();
			case PlanPackage.PRS__OBJECTIFS:
				return getObjectifs();
			case PlanPackage.PRS__PRAPS:
				return getPraps();
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
			case PlanPackage.PRS__ANNEE_DEBUT:
				setAnneeDebut((Integer)newValue);
				return;
			case PlanPackage.PRS__ANNEE_FIN:
				setAnneeFin((Integer)newValue);
				return;
			case PlanPackage.PRS__REGION:
				setRegion((Region)newValue);
				return;
			case PlanPackage.PRS__OBJECTIFS:
				getObjectifs().clear();
				getObjectifs().addAll((Collection<? extends Objectif>)newValue);
				return;
			case PlanPackage.PRS__PRAPS:
				setPraps((Praps)newValue);
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
			case PlanPackage.PRS__ANNEE_DEBUT:
				setAnneeDebut(ANNEE_DEBUT_EDEFAULT);
				return;
			case PlanPackage.PRS__ANNEE_FIN:
				setAnneeFin(ANNEE_FIN_EDEFAULT);
				return;
			case PlanPackage.PRS__REGION:
				setRegion((Region)null);
				return;
			case PlanPackage.PRS__OBJECTIFS:
				getObjectifs().clear();
				return;
			case PlanPackage.PRS__PRAPS:
				setPraps((Praps)null);
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
			case PlanPackage.PRS__ANNEE_DEBUT:
				return anneeDebut != ANNEE_DEBUT_EDEFAULT;
			case PlanPackage.PRS__ANNEE_FIN:
				return anneeFin != ANNEE_FIN_EDEFAULT;
			case PlanPackage.PRS__REGION:
				return region != null;
			case PlanPackage.PRS__OBJECTIFS:
				return objectifs != null && !objectifs.isEmpty();
			case PlanPackage.PRS__PRAPS:
				return praps != null;
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
		result.append(" (anneeDebut: ");
		result.append(anneeDebut);
		result.append(", anneeFin: ");
		result.append(anneeFin);
		result.append(')');
		return result.toString();
	}

} //PrsImpl
