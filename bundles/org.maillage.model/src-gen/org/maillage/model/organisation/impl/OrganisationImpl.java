/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.organisation.impl;

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

import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.OrganisationPackage;
import org.maillage.model.organisation.Role;
import org.maillage.model.organisation.TypeOrganisation;

import org.maillage.model.territoire.Territoire;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.organisation.impl.OrganisationImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.maillage.model.organisation.impl.OrganisationImpl#getIdentifiant <em>Identifiant</em>}</li>
 *   <li>{@link org.maillage.model.organisation.impl.OrganisationImpl#getCourriel <em>Courriel</em>}</li>
 *   <li>{@link org.maillage.model.organisation.impl.OrganisationImpl#getTerritoire <em>Territoire</em>}</li>
 *   <li>{@link org.maillage.model.organisation.impl.OrganisationImpl#getRoles <em>Roles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganisationImpl extends ElementImplCustom implements Organisation
{
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final TypeOrganisation TYPE_EDEFAULT = TypeOrganisation.ARS;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected TypeOrganisation type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIdentifiant() <em>Identifiant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentifiant()
	 * @generated
	 * @ordered
	 */
	protected static final String IDENTIFIANT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIdentifiant() <em>Identifiant</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentifiant()
	 * @generated
	 * @ordered
	 */
	protected String identifiant = IDENTIFIANT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCourriel() <em>Courriel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourriel()
	 * @generated
	 * @ordered
	 */
	protected static final String COURRIEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCourriel() <em>Courriel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourriel()
	 * @generated
	 * @ordered
	 */
	protected String courriel = COURRIEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTerritoire() <em>Territoire</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerritoire()
	 * @generated
	 * @ordered
	 */
	protected Territoire territoire;

	/**
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> roles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganisationImpl()
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
		return OrganisationPackage.Literals.ORGANISATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypeOrganisation getType()
	{
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(TypeOrganisation newType)
	{
		TypeOrganisation oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.ORGANISATION__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIdentifiant()
	{
		return identifiant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentifiant(String newIdentifiant)
	{
		String oldIdentifiant = identifiant;
		identifiant = newIdentifiant;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.ORGANISATION__IDENTIFIANT, oldIdentifiant, identifiant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCourriel()
	{
		return courriel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCourriel(String newCourriel)
	{
		String oldCourriel = courriel;
		courriel = newCourriel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.ORGANISATION__COURRIEL, oldCourriel, courriel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Territoire getTerritoire()
	{
		if (territoire != null && territoire.eIsProxy())
		{
			InternalEObject oldTerritoire = (InternalEObject)territoire;
			territoire = (Territoire)eResolveProxy(oldTerritoire);
			if (territoire != oldTerritoire)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrganisationPackage.ORGANISATION__TERRITOIRE, oldTerritoire, territoire));
			}
		}
		return territoire;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Territoire basicGetTerritoire()
	{
		return territoire;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTerritoire(Territoire newTerritoire)
	{
		Territoire oldTerritoire = territoire;
		territoire = newTerritoire;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.ORGANISATION__TERRITOIRE, oldTerritoire, territoire));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getRoles()
	{
		if (roles == null)
		{
			roles = new EObjectContainmentWithInverseEList<Role>(Role.class, this, OrganisationPackage.ORGANISATION__ROLES, OrganisationPackage.ROLE__ORGANISATION);
		}
		return roles;
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
			case OrganisationPackage.ORGANISATION__ROLES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getRoles()).basicAdd(otherEnd, msgs);
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
			case OrganisationPackage.ORGANISATION__ROLES:
				return ((InternalEList<?>)getRoles()).basicRemove(otherEnd, msgs);
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
			case OrganisationPackage.ORGANISATION__TYPE:
				return getType();
			case OrganisationPackage.ORGANISATION__IDENTIFIANT:
				return getIdentifiant();
			case OrganisationPackage.ORGANISATION__COURRIEL:
				return getCourriel();
			case OrganisationPackage.ORGANISATION__TERRITOIRE:
				if (resolve) return getTerritoire();
				return basicGetTerritoire();
			case OrganisationPackage.ORGANISATION__ROLES:
				return getRoles();
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
			case OrganisationPackage.ORGANISATION__TYPE:
				setType((TypeOrganisation)newValue);
				return;
			case OrganisationPackage.ORGANISATION__IDENTIFIANT:
				setIdentifiant((String)newValue);
				return;
			case OrganisationPackage.ORGANISATION__COURRIEL:
				setCourriel((String)newValue);
				return;
			case OrganisationPackage.ORGANISATION__TERRITOIRE:
				setTerritoire((Territoire)newValue);
				return;
			case OrganisationPackage.ORGANISATION__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends Role>)newValue);
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
			case OrganisationPackage.ORGANISATION__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case OrganisationPackage.ORGANISATION__IDENTIFIANT:
				setIdentifiant(IDENTIFIANT_EDEFAULT);
				return;
			case OrganisationPackage.ORGANISATION__COURRIEL:
				setCourriel(COURRIEL_EDEFAULT);
				return;
			case OrganisationPackage.ORGANISATION__TERRITOIRE:
				setTerritoire((Territoire)null);
				return;
			case OrganisationPackage.ORGANISATION__ROLES:
				getRoles().clear();
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
			case OrganisationPackage.ORGANISATION__TYPE:
				return type != TYPE_EDEFAULT;
			case OrganisationPackage.ORGANISATION__IDENTIFIANT:
				return IDENTIFIANT_EDEFAULT == null ? identifiant != null : !IDENTIFIANT_EDEFAULT.equals(identifiant);
			case OrganisationPackage.ORGANISATION__COURRIEL:
				return COURRIEL_EDEFAULT == null ? courriel != null : !COURRIEL_EDEFAULT.equals(courriel);
			case OrganisationPackage.ORGANISATION__TERRITOIRE:
				return territoire != null;
			case OrganisationPackage.ORGANISATION__ROLES:
				return roles != null && !roles.isEmpty();
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
		result.append(", identifiant: ");
		result.append(identifiant);
		result.append(", courriel: ");
		result.append(courriel);
		result.append(')');
		return result.toString();
	}

} //OrganisationImpl
