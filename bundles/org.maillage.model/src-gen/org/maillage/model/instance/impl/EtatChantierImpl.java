/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.instance.EtatChantier;
import org.maillage.model.instance.InstancePackage;

import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.StatutChantier;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Etat Chantier</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.instance.impl.EtatChantierImpl#getChantier <em>Chantier</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.EtatChantierImpl#getStatut <em>Statut</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.EtatChantierImpl#getAvancement <em>Avancement</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.EtatChantierImpl#getEcheance <em>Echeance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EtatChantierImpl extends ElementImplCustom implements EtatChantier
{
	/**
	 * The cached value of the '{@link #getChantier() <em>Chantier</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChantier()
	 * @generated
	 * @ordered
	 */
	protected Chantier chantier;

	/**
	 * The default value of the '{@link #getStatut() <em>Statut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatut()
	 * @generated
	 * @ordered
	 */
	protected static final StatutChantier STATUT_EDEFAULT = StatutChantier.ALANCER;

	/**
	 * The cached value of the '{@link #getStatut() <em>Statut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatut()
	 * @generated
	 * @ordered
	 */
	protected StatutChantier statut = STATUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAvancement() <em>Avancement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvancement()
	 * @generated
	 * @ordered
	 */
	protected static final int AVANCEMENT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAvancement() <em>Avancement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAvancement()
	 * @generated
	 * @ordered
	 */
	protected int avancement = AVANCEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEcheance() <em>Echeance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcheance()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ECHEANCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEcheance() <em>Echeance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcheance()
	 * @generated
	 * @ordered
	 */
	protected LocalDate echeance = ECHEANCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EtatChantierImpl()
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
		return InstancePackage.Literals.ETAT_CHANTIER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Chantier getChantier()
	{
		if (chantier != null && chantier.eIsProxy())
		{
			InternalEObject oldChantier = (InternalEObject)chantier;
			chantier = (Chantier)eResolveProxy(oldChantier);
			if (chantier != oldChantier)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InstancePackage.ETAT_CHANTIER__CHANTIER, oldChantier, chantier));
			}
		}
		return chantier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Chantier basicGetChantier()
	{
		return chantier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChantier(Chantier newChantier)
	{
		Chantier oldChantier = chantier;
		chantier = newChantier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstancePackage.ETAT_CHANTIER__CHANTIER, oldChantier, chantier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatutChantier getStatut()
	{
		return statut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatut(StatutChantier newStatut)
	{
		StatutChantier oldStatut = statut;
		statut = newStatut == null ? STATUT_EDEFAULT : newStatut;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstancePackage.ETAT_CHANTIER__STATUT, oldStatut, statut));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAvancement()
	{
		return avancement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvancement(int newAvancement)
	{
		int oldAvancement = avancement;
		avancement = newAvancement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstancePackage.ETAT_CHANTIER__AVANCEMENT, oldAvancement, avancement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEcheance()
	{
		return echeance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEcheance(LocalDate newEcheance)
	{
		LocalDate oldEcheance = echeance;
		echeance = newEcheance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstancePackage.ETAT_CHANTIER__ECHEANCE, oldEcheance, echeance));
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
			case InstancePackage.ETAT_CHANTIER__CHANTIER:
				if (resolve) return getChantier();
				return basicGetChantier();
			case InstancePackage.ETAT_CHANTIER__STATUT:
				return getStatut();
			case InstancePackage.ETAT_CHANTIER__AVANCEMENT:
				return getAvancement();
			case InstancePackage.ETAT_CHANTIER__ECHEANCE:
				return getEcheance();
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
			case InstancePackage.ETAT_CHANTIER__CHANTIER:
				setChantier((Chantier)newValue);
				return;
			case InstancePackage.ETAT_CHANTIER__STATUT:
				setStatut((StatutChantier)newValue);
				return;
			case InstancePackage.ETAT_CHANTIER__AVANCEMENT:
				setAvancement((Integer)newValue);
				return;
			case InstancePackage.ETAT_CHANTIER__ECHEANCE:
				setEcheance((LocalDate)newValue);
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
			case InstancePackage.ETAT_CHANTIER__CHANTIER:
				setChantier((Chantier)null);
				return;
			case InstancePackage.ETAT_CHANTIER__STATUT:
				setStatut(STATUT_EDEFAULT);
				return;
			case InstancePackage.ETAT_CHANTIER__AVANCEMENT:
				setAvancement(AVANCEMENT_EDEFAULT);
				return;
			case InstancePackage.ETAT_CHANTIER__ECHEANCE:
				setEcheance(ECHEANCE_EDEFAULT);
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
			case InstancePackage.ETAT_CHANTIER__CHANTIER:
				return chantier != null;
			case InstancePackage.ETAT_CHANTIER__STATUT:
				return statut != STATUT_EDEFAULT;
			case InstancePackage.ETAT_CHANTIER__AVANCEMENT:
				return avancement != AVANCEMENT_EDEFAULT;
			case InstancePackage.ETAT_CHANTIER__ECHEANCE:
				return ECHEANCE_EDEFAULT == null ? echeance != null : !ECHEANCE_EDEFAULT.equals(echeance);
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
		result.append(" (statut: ");
		result.append(statut);
		result.append(", avancement: ");
		result.append(avancement);
		result.append(", echeance: ");
		result.append(echeance);
		result.append(')');
		return result.toString();
	}

} //EtatChantierImpl
