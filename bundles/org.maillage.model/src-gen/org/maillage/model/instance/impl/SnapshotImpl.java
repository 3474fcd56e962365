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
import org.eclipse.emf.ecore.util.InternalEList;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.instance.Chiffre;
import org.maillage.model.instance.EtatChantier;
import org.maillage.model.instance.EtatElement;
import org.maillage.model.instance.EtatIndicateur;
import org.maillage.model.instance.InstancePackage;
import org.maillage.model.instance.Lacune;
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
 *   <li>{@link org.maillage.model.instance.impl.SnapshotImpl#getDateSituation <em>Date Situation</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.SnapshotImpl#getPortee <em>Portee</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.SnapshotImpl#getEtats <em>Etats</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.SnapshotImpl#getChiffres <em>Chiffres</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.SnapshotImpl#getLacunes <em>Lacunes</em>}</li>
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
	 * The default value of the '{@link #getDateSituation() <em>Date Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateSituation()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_SITUATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateSituation() <em>Date Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateSituation()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dateSituation = DATE_SITUATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPortee() <em>Portee</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortee()
	 * @generated
	 * @ordered
	 */
	protected EList<String> portee;

	/**
	 * The cached value of the '{@link #getEtats() <em>Etats</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEtats()
	 * @generated
	 * @ordered
	 */
	protected EList<EtatElement> etats;

	/**
	 * The cached value of the '{@link #getChiffres() <em>Chiffres</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChiffres()
	 * @generated
	 * @ordered
	 */
	protected EList<Chiffre> chiffres;

	/**
	 * The cached value of the '{@link #getLacunes() <em>Lacunes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLacunes()
	 * @generated
	 * @ordered
	 */
	protected EList<Lacune> lacunes;

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
	public LocalDate getDateSituation()
	{
		return dateSituation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateSituation(LocalDate newDateSituation)
	{
		LocalDate oldDateSituation = dateSituation;
		dateSituation = newDateSituation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstancePackage.SNAPSHOT__DATE_SITUATION, oldDateSituation, dateSituation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPortee()
	{
		if (portee == null)
		{
			portee = new EDataTypeUniqueEList<String>(String.class, this, InstancePackage.SNAPSHOT__PORTEE);
		}
		return portee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EtatElement> getEtats()
	{
		if (etats == null)
		{
			etats = new EObjectContainmentEList<EtatElement>(EtatElement.class, this, InstancePackage.SNAPSHOT__ETATS);
		}
		return etats;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Chiffre> getChiffres()
	{
		if (chiffres == null)
		{
			chiffres = new EObjectContainmentEList<Chiffre>(Chiffre.class, this, InstancePackage.SNAPSHOT__CHIFFRES);
		}
		return chiffres;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Lacune> getLacunes()
	{
		if (lacunes == null)
		{
			lacunes = new EObjectContainmentEList<Lacune>(Lacune.class, this, InstancePackage.SNAPSHOT__LACUNES);
		}
		return lacunes;
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
			case InstancePackage.SNAPSHOT__ETATS:
				return ((InternalEList<?>)getEtats()).basicRemove(otherEnd, msgs);
			case InstancePackage.SNAPSHOT__CHIFFRES:
				return ((InternalEList<?>)getChiffres()).basicRemove(otherEnd, msgs);
			case InstancePackage.SNAPSHOT__LACUNES:
				return ((InternalEList<?>)getLacunes()).basicRemove(otherEnd, msgs);
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
			case InstancePackage.SNAPSHOT__DATE_SITUATION:
				return getDateSituation();
			case InstancePackage.SNAPSHOT__PORTEE:
				return getPortee();
			case InstancePackage.SNAPSHOT__ETATS:
				return getEtats();
			case InstancePackage.SNAPSHOT__CHIFFRES:
				return getChiffres();
			case InstancePackage.SNAPSHOT__LACUNES:
				return getLacunes();
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
			case InstancePackage.SNAPSHOT__DATE_SITUATION:
				setDateSituation((LocalDate)newValue);
				return;
			case InstancePackage.SNAPSHOT__PORTEE:
				getPortee().clear();
				getPortee().addAll((Collection<? extends String>)newValue);
				return;
			case InstancePackage.SNAPSHOT__ETATS:
				getEtats().clear();
				getEtats().addAll((Collection<? extends EtatElement>)newValue);
				return;
			case InstancePackage.SNAPSHOT__CHIFFRES:
				getChiffres().clear();
				getChiffres().addAll((Collection<? extends Chiffre>)newValue);
				return;
			case InstancePackage.SNAPSHOT__LACUNES:
				getLacunes().clear();
				getLacunes().addAll((Collection<? extends Lacune>)newValue);
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
			case InstancePackage.SNAPSHOT__DATE_SITUATION:
				setDateSituation(DATE_SITUATION_EDEFAULT);
				return;
			case InstancePackage.SNAPSHOT__PORTEE:
				getPortee().clear();
				return;
			case InstancePackage.SNAPSHOT__ETATS:
				getEtats().clear();
				return;
			case InstancePackage.SNAPSHOT__CHIFFRES:
				getChiffres().clear();
				return;
			case InstancePackage.SNAPSHOT__LACUNES:
				getLacunes().clear();
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
			case InstancePackage.SNAPSHOT__DATE_SITUATION:
				return DATE_SITUATION_EDEFAULT == null ? dateSituation != null : !DATE_SITUATION_EDEFAULT.equals(dateSituation);
			case InstancePackage.SNAPSHOT__PORTEE:
				return portee != null && !portee.isEmpty();
			case InstancePackage.SNAPSHOT__ETATS:
				return etats != null && !etats.isEmpty();
			case InstancePackage.SNAPSHOT__CHIFFRES:
				return chiffres != null && !chiffres.isEmpty();
			case InstancePackage.SNAPSHOT__LACUNES:
				return lacunes != null && !lacunes.isEmpty();
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
		result.append(" (dateSituation: ");
		result.append(dateSituation);
		result.append(", portee: ");
		result.append(portee);
		result.append(')');
		return result.toString();
	}

} //SnapshotImpl
