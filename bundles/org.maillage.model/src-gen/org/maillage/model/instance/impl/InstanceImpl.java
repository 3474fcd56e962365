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

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.instance.Instance;
import org.maillage.model.instance.InstancePackage;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.TypeInstance;

import org.maillage.model.organisation.Organisation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.instance.impl.InstanceImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.InstanceImpl#getParente <em>Parente</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.InstanceImpl#getOrganisateur <em>Organisateur</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.InstanceImpl#getMembres <em>Membres</em>}</li>
 *   <li>{@link org.maillage.model.instance.impl.InstanceImpl#getSeances <em>Seances</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstanceImpl extends ElementImplCustom implements Instance
{
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final TypeInstance TYPE_EDEFAULT = TypeInstance.CTS_PLENIERE;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected TypeInstance type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParente() <em>Parente</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParente()
	 * @generated
	 * @ordered
	 */
	protected Instance parente;

	/**
	 * The cached value of the '{@link #getOrganisateur() <em>Organisateur</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisateur()
	 * @generated
	 * @ordered
	 */
	protected Organisation organisateur;

	/**
	 * The cached value of the '{@link #getMembres() <em>Membres</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembres()
	 * @generated
	 * @ordered
	 */
	protected EList<Organisation> membres;

	/**
	 * The cached value of the '{@link #getSeances() <em>Seances</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeances()
	 * @generated
	 * @ordered
	 */
	protected EList<Seance> seances;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstanceImpl()
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
		return InstancePackage.Literals.INSTANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypeInstance getType()
	{
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(TypeInstance newType)
	{
		TypeInstance oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstancePackage.INSTANCE__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instance getParente()
	{
		if (parente != null && parente.eIsProxy())
		{
			InternalEObject oldParente = (InternalEObject)parente;
			parente = (Instance)eResolveProxy(oldParente);
			if (parente != oldParente)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InstancePackage.INSTANCE__PARENTE, oldParente, parente));
			}
		}
		return parente;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instance basicGetParente()
	{
		return parente;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParente(Instance newParente)
	{
		Instance oldParente = parente;
		parente = newParente;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstancePackage.INSTANCE__PARENTE, oldParente, parente));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getOrganisateur()
	{
		if (organisateur != null && organisateur.eIsProxy())
		{
			InternalEObject oldOrganisateur = (InternalEObject)organisateur;
			organisateur = (Organisation)eResolveProxy(oldOrganisateur);
			if (organisateur != oldOrganisateur)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InstancePackage.INSTANCE__ORGANISATEUR, oldOrganisateur, organisateur));
			}
		}
		return organisateur;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetOrganisateur()
	{
		return organisateur;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisateur(Organisation newOrganisateur)
	{
		Organisation oldOrganisateur = organisateur;
		organisateur = newOrganisateur;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InstancePackage.INSTANCE__ORGANISATEUR, oldOrganisateur, organisateur));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organisation> getMembres()
	{
		if (membres == null)
		{
			membres = new EObjectResolvingEList<Organisation>(Organisation.class, this, InstancePackage.INSTANCE__MEMBRES);
		}
		return membres;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Seance> getSeances()
	{
		if (seances == null)
		{
			seances = new EObjectContainmentWithInverseEList<Seance>(Seance.class, this, InstancePackage.INSTANCE__SEANCES, InstancePackage.SEANCE__INSTANCE);
		}
		return seances;
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
			case InstancePackage.INSTANCE__SEANCES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getSeances()).basicAdd(otherEnd, msgs);
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
			case InstancePackage.INSTANCE__SEANCES:
				return ((InternalEList<?>)getSeances()).basicRemove(otherEnd, msgs);
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
			case InstancePackage.INSTANCE__TYPE:
				return getType();
			case InstancePackage.INSTANCE__PARENTE:
				if (resolve) return getParente();
				return basicGetParente();
			case InstancePackage.INSTANCE__ORGANISATEUR:
				if (resolve) return getOrganisateur();
				return basicGetOrganisateur();
			case InstancePackage.INSTANCE__MEMBRES:
				return getMembres();
			case InstancePackage.INSTANCE__SEANCES:
				return getSeances();
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
			case InstancePackage.INSTANCE__TYPE:
				setType((TypeInstance)newValue);
				return;
			case InstancePackage.INSTANCE__PARENTE:
				setParente((Instance)newValue);
				return;
			case InstancePackage.INSTANCE__ORGANISATEUR:
				setOrganisateur((Organisation)newValue);
				return;
			case InstancePackage.INSTANCE__MEMBRES:
				getMembres().clear();
				getMembres().addAll((Collection<? extends Organisation>)newValue);
				return;
			case InstancePackage.INSTANCE__SEANCES:
				getSeances().clear();
				getSeances().addAll((Collection<? extends Seance>)newValue);
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
			case InstancePackage.INSTANCE__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case InstancePackage.INSTANCE__PARENTE:
				setParente((Instance)null);
				return;
			case InstancePackage.INSTANCE__ORGANISATEUR:
				setOrganisateur((Organisation)null);
				return;
			case InstancePackage.INSTANCE__MEMBRES:
				getMembres().clear();
				return;
			case InstancePackage.INSTANCE__SEANCES:
				getSeances().clear();
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
			case InstancePackage.INSTANCE__TYPE:
				return type != TYPE_EDEFAULT;
			case InstancePackage.INSTANCE__PARENTE:
				return parente != null;
			case InstancePackage.INSTANCE__ORGANISATEUR:
				return organisateur != null;
			case InstancePackage.INSTANCE__MEMBRES:
				return membres != null && !membres.isEmpty();
			case InstancePackage.INSTANCE__SEANCES:
				return seances != null && !seances.isEmpty();
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
		result.append(" (type: ");
		result.append(type);
		result.append(')');
		return result.toString();
	}

} //InstanceImpl
