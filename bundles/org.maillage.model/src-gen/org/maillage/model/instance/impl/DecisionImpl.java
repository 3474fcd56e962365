/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.dispositif.StatutDispositif;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.instance.Decision;
import org.maillage.model.instance.InstancePackage;

import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.StatutChantier;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Decision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.instance.impl.DecisionImpl#getChantiers <em>Chantiers</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.DecisionImpl#getDispositifs <em>Dispositifs</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.DecisionImpl#getStatutChantierVise <em>Statut Chantier Vise</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.DecisionImpl#getStatutDispositifVise <em>Statut Dispositif Vise</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.DecisionImpl#getEcheance <em>Echeance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DecisionImpl extends ElementImplCustom implements Decision
{
	/**
	 * The cached value of the '{@link #getChantiers() <em>Chantiers</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChantiers()
	 * @generated
	 * @ordered
	 */
	protected EList<Chantier> chantiers;

	/**
	 * The cached value of the '{@link #getDispositifs() <em>Dispositifs</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDispositifs()
	 * @generated
	 * @ordered
	 */
	protected EList<Dispositif> dispositifs;

	/**
	 * The default value of the '{@link #getStatutChantierVise() <em>Statut Chantier Vise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatutChantierVise()
	 * @generated
	 * @ordered
	 */
	protected static final StatutChantier STATUT_CHANTIER_VISE_EDEFAULT = StatutChantier.ALANCER;

	/**
	 * The cached value of the '{@link #getStatutChantierVise() <em>Statut Chantier Vise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatutChantierVise()
	 * @generated
	 * @ordered
	 */
	protected StatutChantier statutChantierVise = STATUT_CHANTIER_VISE_EDEFAULT;

	/**
	 * This is true if the Statut Chantier Vise attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean statutChantierViseESet;

	/**
	 * The default value of the '{@link #getStatutDispositifVise() <em>Statut Dispositif Vise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatutDispositifVise()
	 * @generated
	 * @ordered
	 */
	protected static final StatutDispositif STATUT_DISPOSITIF_VISE_EDEFAULT = StatutDispositif.EN_PROJET;

	/**
	 * The cached value of the '{@link #getStatutDispositifVise() <em>Statut Dispositif Vise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatutDispositifVise()
	 * @generated
	 * @ordered
	 */
	protected StatutDispositif statutDispositifVise = STATUT_DISPOSITIF_VISE_EDEFAULT;

	/**
	 * This is true if the Statut Dispositif Vise attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean statutDispositifViseESet;

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
	protected DecisionImpl()
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
		return InstancePackage.Literals.DECISION;
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
			chantiers = new EObjectResolvingEList<Chantier>(Chantier.class, this, InstancePackage.DECISION__CHANTIERS);
		}
		return chantiers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Dispositif> getDispositifs()
	{
		if (dispositifs == null)
		{
			dispositifs = new EObjectResolvingEList<Dispositif>(Dispositif.class, this, InstancePackage.DECISION__DISPOSITIFS);
		}
		return dispositifs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatutChantier getStatutChantierVise()
	{
		return statutChantierVise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatutChantierVise(StatutChantier newStatutChantierVise)
	{
		StatutChantier oldStatutChantierVise = statutChantierVise;
		statutChantierVise = newStatutChantierVise == null ? STATUT_CHANTIER_VISE_EDEFAULT : newStatutChantierVise;
		boolean oldStatutChantierViseESet = statutChantierViseESet;
		statutChantierViseESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstancePackage.DECISION__STATUT_CHANTIER_VISE, oldStatutChantierVise, statutChantierVise, !oldStatutChantierViseESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStatutChantierVise()
	{
		StatutChantier oldStatutChantierVise = statutChantierVise;
		boolean oldStatutChantierViseESet = statutChantierViseESet;
		statutChantierVise = STATUT_CHANTIER_VISE_EDEFAULT;
		statutChantierViseESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, InstancePackage.DECISION__STATUT_CHANTIER_VISE, oldStatutChantierVise, STATUT_CHANTIER_VISE_EDEFAULT, oldStatutChantierViseESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStatutChantierVise()
	{
		return statutChantierViseESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatutDispositif getStatutDispositifVise()
	{
		return statutDispositifVise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatutDispositifVise(StatutDispositif newStatutDispositifVise)
	{
		StatutDispositif oldStatutDispositifVise = statutDispositifVise;
		statutDispositifVise = newStatutDispositifVise == null ? STATUT_DISPOSITIF_VISE_EDEFAULT : newStatutDispositifVise;
		boolean oldStatutDispositifViseESet = statutDispositifViseESet;
		statutDispositifViseESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstancePackage.DECISION__STATUT_DISPOSITIF_VISE, oldStatutDispositifVise, statutDispositifVise, !oldStatutDispositifViseESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStatutDispositifVise()
	{
		StatutDispositif oldStatutDispositifVise = statutDispositifVise;
		boolean oldStatutDispositifViseESet = statutDispositifViseESet;
		statutDispositifVise = STATUT_DISPOSITIF_VISE_EDEFAULT;
		statutDispositifViseESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, InstancePackage.DECISION__STATUT_DISPOSITIF_VISE, oldStatutDispositifVise, STATUT_DISPOSITIF_VISE_EDEFAULT, oldStatutDispositifViseESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStatutDispositifVise()
	{
		return statutDispositifViseESet;
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
			eNotify(new ENotificationImpl(this, Notification.SET, InstancePackage.DECISION__ECHEANCE, oldEcheance, echeance));
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
			case InstancePackage.DECISION__CHANTIERS:
				return getChantiers();
			case InstancePackage.DECISION__DISPOSITIFS:
				return getDispositifs();
			case InstancePackage.DECISION__STATUT_CHANTIER_VISE:
				return getStatutChantierVise();
			case InstancePackage.DECISION__STATUT_DISPOSITIF_VISE:
				return getStatutDispositifVise();
			case InstancePackage.DECISION__ECHEANCE:
				return getEcheance();
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
			case InstancePackage.DECISION__CHANTIERS:
				getChantiers().clear();
				getChantiers().addAll((Collection<? extends Chantier>)newValue);
				return;
			case InstancePackage.DECISION__DISPOSITIFS:
				getDispositifs().clear();
				getDispositifs().addAll((Collection<? extends Dispositif>)newValue);
				return;
			case InstancePackage.DECISION__STATUT_CHANTIER_VISE:
				setStatutChantierVise((StatutChantier)newValue);
				return;
			case InstancePackage.DECISION__STATUT_DISPOSITIF_VISE:
				setStatutDispositifVise((StatutDispositif)newValue);
				return;
			case InstancePackage.DECISION__ECHEANCE:
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
			case InstancePackage.DECISION__CHANTIERS:
				getChantiers().clear();
				return;
			case InstancePackage.DECISION__DISPOSITIFS:
				getDispositifs().clear();
				return;
			case InstancePackage.DECISION__STATUT_CHANTIER_VISE:
				unsetStatutChantierVise();
				return;
			case InstancePackage.DECISION__STATUT_DISPOSITIF_VISE:
				unsetStatutDispositifVise();
				return;
			case InstancePackage.DECISION__ECHEANCE:
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
			case InstancePackage.DECISION__CHANTIERS:
				return chantiers != null && !chantiers.isEmpty();
			case InstancePackage.DECISION__DISPOSITIFS:
				return dispositifs != null && !dispositifs.isEmpty();
			case InstancePackage.DECISION__STATUT_CHANTIER_VISE:
				return isSetStatutChantierVise();
			case InstancePackage.DECISION__STATUT_DISPOSITIF_VISE:
				return isSetStatutDispositifVise();
			case InstancePackage.DECISION__ECHEANCE:
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
		result.append(" (statutChantierVise: ");
		if (statutChantierViseESet) result.append(statutChantierVise); else result.append("<unset>");
		result.append(", statutDispositifVise: ");
		if (statutDispositifViseESet) result.append(statutDispositifVise); else result.append("<unset>");
		result.append(", echeance: ");
		result.append(echeance);
		result.append(')');
		return result.toString();
	}

} //DecisionImpl
