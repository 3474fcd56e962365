/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.organisation.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.maillage.model.impl.ElementImplCustom;

import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.OrganisationPackage;
import org.maillage.model.organisation.Role;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Role</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.organisation.impl.RoleImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.maillage.model.organisation.impl.RoleImpl#getCourriel <em>Courriel</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoleImpl extends ElementImplCustom implements Role
{
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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RoleImpl()
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
		return OrganisationPackage.Literals.ROLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getOrganisation()
	{
		if (eContainerFeatureID() != OrganisationPackage.ROLE__ORGANISATION) return null;
		return (Organisation)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOrganisation(Organisation newOrganisation, NotificationChain msgs)
	{
		msgs = eBasicSetContainer((InternalEObject)newOrganisation, OrganisationPackage.ROLE__ORGANISATION, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisation(Organisation newOrganisation)
	{
		if (newOrganisation != eInternalContainer() || (eContainerFeatureID() != OrganisationPackage.ROLE__ORGANISATION && newOrganisation != null))
		{
			if (EcoreUtil.isAncestor(this, newOrganisation))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newOrganisation != null)
				msgs = ((InternalEObject)newOrganisation).eInverseAdd(this, OrganisationPackage.ORGANISATION__ROLES, Organisation.class, msgs);
			msgs = basicSetOrganisation(newOrganisation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.ROLE__ORGANISATION, newOrganisation, newOrganisation));
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
			eNotify(new ENotificationImpl(this, Notification.SET, OrganisationPackage.ROLE__COURRIEL, oldCourriel, courriel));
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
			case OrganisationPackage.ROLE__ORGANISATION:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetOrganisation((Organisation)otherEnd, msgs);
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
			case OrganisationPackage.ROLE__ORGANISATION:
				return basicSetOrganisation(null, msgs);
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
			case OrganisationPackage.ROLE__ORGANISATION:
				return eInternalContainer().eInverseRemove(this, OrganisationPackage.ORGANISATION__ROLES, Organisation.class, msgs);
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
			case OrganisationPackage.ROLE__ORGANISATION:
				return getOrganisation();
			case OrganisationPackage.ROLE__COURRIEL:
				return getCourriel();
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
			case OrganisationPackage.ROLE__ORGANISATION:
				setOrganisation((Organisation)newValue);
				return;
			case OrganisationPackage.ROLE__COURRIEL:
				setCourriel((String)newValue);
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
			case OrganisationPackage.ROLE__ORGANISATION:
				setOrganisation((Organisation)null);
				return;
			case OrganisationPackage.ROLE__COURRIEL:
				setCourriel(COURRIEL_EDEFAULT);
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
			case OrganisationPackage.ROLE__ORGANISATION:
				return getOrganisation() != null;
			case OrganisationPackage.ROLE__COURRIEL:
				return COURRIEL_EDEFAULT == null ? courriel != null : !COURRIEL_EDEFAULT.equals(courriel);
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
		result.append(" (courriel: ");
		result.append(courriel);
		result.append(')');
		return result.toString();
	}

} //RoleImpl
