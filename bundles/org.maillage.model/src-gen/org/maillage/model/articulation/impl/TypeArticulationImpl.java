/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.articulation.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.maillage.model.articulation.ArticulationPackage;
import org.maillage.model.articulation.TypeArticulation;

import org.maillage.model.impl.ElementImplCustom;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Type Articulation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.articulation.impl.TypeArticulationImpl#getIdentifiant <em>Identifiant</em>}</li>
 *   <li>{@link org.maillage.model.articulation.impl.TypeArticulationImpl#getLibelleInverse <em>Libelle Inverse</em>}</li>
 *   <li>{@link org.maillage.model.articulation.impl.TypeArticulationImpl#isOriente <em>Oriente</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TypeArticulationImpl extends ElementImplCustom implements TypeArticulation
{
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
	 * The default value of the '{@link #getLibelleInverse() <em>Libelle Inverse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLibelleInverse()
	 * @generated
	 * @ordered
	 */
	protected static final String LIBELLE_INVERSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLibelleInverse() <em>Libelle Inverse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLibelleInverse()
	 * @generated
	 * @ordered
	 */
	protected String libelleInverse = LIBELLE_INVERSE_EDEFAULT;

	/**
	 * The default value of the '{@link #isOriente() <em>Oriente</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOriente()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ORIENTE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isOriente() <em>Oriente</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOriente()
	 * @generated
	 * @ordered
	 */
	protected boolean oriente = ORIENTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TypeArticulationImpl()
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
		return ArticulationPackage.Literals.TYPE_ARTICULATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ArticulationPackage.TYPE_ARTICULATION__IDENTIFIANT, oldIdentifiant, identifiant));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLibelleInverse()
	{
		return libelleInverse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLibelleInverse(String newLibelleInverse)
	{
		String oldLibelleInverse = libelleInverse;
		libelleInverse = newLibelleInverse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArticulationPackage.TYPE_ARTICULATION__LIBELLE_INVERSE, oldLibelleInverse, libelleInverse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOriente()
	{
		return oriente;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriente(boolean newOriente)
	{
		boolean oldOriente = oriente;
		oriente = newOriente;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArticulationPackage.TYPE_ARTICULATION__ORIENTE, oldOriente, oriente));
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
			case ArticulationPackage.TYPE_ARTICULATION__IDENTIFIANT:
				return getIdentifiant();
			case ArticulationPackage.TYPE_ARTICULATION__LIBELLE_INVERSE:
				return getLibelleInverse();
			case ArticulationPackage.TYPE_ARTICULATION__ORIENTE:
				return isOriente();
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
			case ArticulationPackage.TYPE_ARTICULATION__IDENTIFIANT:
				setIdentifiant((String)newValue);
				return;
			case ArticulationPackage.TYPE_ARTICULATION__LIBELLE_INVERSE:
				setLibelleInverse((String)newValue);
				return;
			case ArticulationPackage.TYPE_ARTICULATION__ORIENTE:
				setOriente((Boolean)newValue);
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
			case ArticulationPackage.TYPE_ARTICULATION__IDENTIFIANT:
				setIdentifiant(IDENTIFIANT_EDEFAULT);
				return;
			case ArticulationPackage.TYPE_ARTICULATION__LIBELLE_INVERSE:
				setLibelleInverse(LIBELLE_INVERSE_EDEFAULT);
				return;
			case ArticulationPackage.TYPE_ARTICULATION__ORIENTE:
				setOriente(ORIENTE_EDEFAULT);
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
			case ArticulationPackage.TYPE_ARTICULATION__IDENTIFIANT:
				return IDENTIFIANT_EDEFAULT == null ? identifiant != null : !IDENTIFIANT_EDEFAULT.equals(identifiant);
			case ArticulationPackage.TYPE_ARTICULATION__LIBELLE_INVERSE:
				return LIBELLE_INVERSE_EDEFAULT == null ? libelleInverse != null : !LIBELLE_INVERSE_EDEFAULT.equals(libelleInverse);
			case ArticulationPackage.TYPE_ARTICULATION__ORIENTE:
				return oriente != ORIENTE_EDEFAULT;
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
		result.append(" (identifiant: ");
		result.append(identifiant);
		result.append(", libelleInverse: ");
		result.append(libelleInverse);
		result.append(", oriente: ");
		result.append(oriente);
		result.append(')');
		return result.toString();
	}

} //TypeArticulationImpl
