/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.territoire.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Groupement;
import org.maillage.model.territoire.TerritoirePackage;
import org.maillage.model.territoire.TypeGroupement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Groupement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.territoire.impl.GroupementImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.maillage.model.territoire.impl.GroupementImpl#getCommunes <em>Communes</em>}</li>
 *   <li>{@link org.maillage.model.territoire.impl.GroupementImpl#getEpcis <em>Epcis</em>}</li>
 *   <li>{@link org.maillage.model.territoire.impl.GroupementImpl#getCompetencesDeleguees <em>Competences Deleguees</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GroupementImpl extends TerritoireImpl implements Groupement
{
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final TypeGroupement TYPE_EDEFAULT = TypeGroupement.SIVOM;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected TypeGroupement type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCommunes() <em>Communes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommunes()
	 * @generated
	 * @ordered
	 */
	protected EList<Commune> communes;

	/**
	 * The cached value of the '{@link #getEpcis() <em>Epcis</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpcis()
	 * @generated
	 * @ordered
	 */
	protected EList<Epci> epcis;

	/**
	 * The cached value of the '{@link #getCompetencesDeleguees() <em>Competences Deleguees</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetencesDeleguees()
	 * @generated
	 * @ordered
	 */
	protected EList<String> competencesDeleguees;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GroupementImpl()
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
		return TerritoirePackage.Literals.GROUPEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypeGroupement getType()
	{
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(TypeGroupement newType)
	{
		TypeGroupement oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TerritoirePackage.GROUPEMENT__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Commune> getCommunes()
	{
		if (communes == null)
		{
			communes = new EObjectResolvingEList<Commune>(Commune.class, this, TerritoirePackage.GROUPEMENT__COMMUNES);
		}
		return communes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Epci> getEpcis()
	{
		if (epcis == null)
		{
			epcis = new EObjectResolvingEList<Epci>(Epci.class, this, TerritoirePackage.GROUPEMENT__EPCIS);
		}
		return epcis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCompetencesDeleguees()
	{
		if (competencesDeleguees == null)
		{
			competencesDeleguees = new EDataTypeUniqueEList<String>(String.class, this, TerritoirePackage.GROUPEMENT__COMPETENCES_DELEGUEES);
		}
		return competencesDeleguees;
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
			case TerritoirePackage.GROUPEMENT__TYPE:
				return getType();
			case TerritoirePackage.GROUPEMENT__COMMUNES:
				return getCommunes();
			case TerritoirePackage.GROUPEMENT__EPCIS:
				return getEpcis();
			case TerritoirePackage.GROUPEMENT__COMPETENCES_DELEGUEES:
				return getCompetencesDeleguees();
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
			case TerritoirePackage.GROUPEMENT__TYPE:
				setType((TypeGroupement)newValue);
				return;
			case TerritoirePackage.GROUPEMENT__COMMUNES:
				getCommunes().clear();
				getCommunes().addAll((Collection<? extends Commune>)newValue);
				return;
			case TerritoirePackage.GROUPEMENT__EPCIS:
				getEpcis().clear();
				getEpcis().addAll((Collection<? extends Epci>)newValue);
				return;
			case TerritoirePackage.GROUPEMENT__COMPETENCES_DELEGUEES:
				getCompetencesDeleguees().clear();
				getCompetencesDeleguees().addAll((Collection<? extends String>)newValue);
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
			case TerritoirePackage.GROUPEMENT__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case TerritoirePackage.GROUPEMENT__COMMUNES:
				getCommunes().clear();
				return;
			case TerritoirePackage.GROUPEMENT__EPCIS:
				getEpcis().clear();
				return;
			case TerritoirePackage.GROUPEMENT__COMPETENCES_DELEGUEES:
				getCompetencesDeleguees().clear();
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
			case TerritoirePackage.GROUPEMENT__TYPE:
				return type != TYPE_EDEFAULT;
			case TerritoirePackage.GROUPEMENT__COMMUNES:
				return communes != null && !communes.isEmpty();
			case TerritoirePackage.GROUPEMENT__EPCIS:
				return epcis != null && !epcis.isEmpty();
			case TerritoirePackage.GROUPEMENT__COMPETENCES_DELEGUEES:
				return competencesDeleguees != null && !competencesDeleguees.isEmpty();
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
		result.append(", competencesDeleguees: ");
		result.append(competencesDeleguees);
		result.append(')');
		return result.toString();
	}

} //GroupementImpl
