/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.example.clsm.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.maillage.example.clsm.Clsm;
import org.maillage.example.clsm.ClsmPackage;

import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.Cpts;

import org.maillage.model.dispositif.impl.DispositifImpl;

import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Epci;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Clsm</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.example.clsm.impl.ClsmImpl#getCoordonnateur <em>Coordonnateur</em>}</li>
 *   <li>{@link org.maillage.example.clsm.impl.ClsmImpl#getDateCreation <em>Date Creation</em>}</li>
 *   <li>{@link org.maillage.example.clsm.impl.ClsmImpl#getCommunes <em>Communes</em>}</li>
 *   <li>{@link org.maillage.example.clsm.impl.ClsmImpl#getEpcis <em>Epcis</em>}</li>
 *   <li>{@link org.maillage.example.clsm.impl.ClsmImpl#getCls <em>Cls</em>}</li>
 *   <li>{@link org.maillage.example.clsm.impl.ClsmImpl#getCpts <em>Cpts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClsmImpl extends DispositifImpl implements Clsm
{
	/**
	 * The default value of the '{@link #getCoordonnateur() <em>Coordonnateur</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoordonnateur()
	 * @generated
	 * @ordered
	 */
	protected static final String COORDONNATEUR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCoordonnateur() <em>Coordonnateur</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoordonnateur()
	 * @generated
	 * @ordered
	 */
	protected String coordonnateur = COORDONNATEUR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDateCreation() <em>Date Creation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateCreation()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_CREATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateCreation() <em>Date Creation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateCreation()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dateCreation = DATE_CREATION_EDEFAULT;

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
	 * The cached value of the '{@link #getCls() <em>Cls</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCls()
	 * @generated
	 * @ordered
	 */
	protected Cls cls;

	/**
	 * The cached value of the '{@link #getCpts() <em>Cpts</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpts()
	 * @generated
	 * @ordered
	 */
	protected EList<Cpts> cpts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClsmImpl()
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
		return ClsmPackage.Literals.CLSM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCoordonnateur()
	{
		return coordonnateur;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoordonnateur(String newCoordonnateur)
	{
		String oldCoordonnateur = coordonnateur;
		coordonnateur = newCoordonnateur;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClsmPackage.CLSM__COORDONNATEUR, oldCoordonnateur, coordonnateur));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDateCreation()
	{
		return dateCreation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateCreation(LocalDate newDateCreation)
	{
		LocalDate oldDateCreation = dateCreation;
		dateCreation = newDateCreation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClsmPackage.CLSM__DATE_CREATION, oldDateCreation, dateCreation));
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
			communes = new EObjectResolvingEList<Commune>(Commune.class, this, ClsmPackage.CLSM__COMMUNES);
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
			epcis = new EObjectResolvingEList<Epci>(Epci.class, this, ClsmPackage.CLSM__EPCIS);
		}
		return epcis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cls getCls()
	{
		if (cls != null && cls.eIsProxy())
		{
			InternalEObject oldCls = (InternalEObject)cls;
			cls = (Cls)eResolveProxy(oldCls);
			if (cls != oldCls)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ClsmPackage.CLSM__CLS, oldCls, cls));
			}
		}
		return cls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Cls basicGetCls()
	{
		return cls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCls(Cls newCls)
	{
		Cls oldCls = cls;
		cls = newCls;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ClsmPackage.CLSM__CLS, oldCls, cls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Cpts> getCpts()
	{
		if (cpts == null)
		{
			cpts = new EObjectResolvingEList<Cpts>(Cpts.class, this, ClsmPackage.CLSM__CPTS);
		}
		return cpts;
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
			case ClsmPackage.CLSM__COORDONNATEUR:
				return getCoordonnateur();
			case ClsmPackage.CLSM__DATE_CREATION:
				return getDateCreation();
			case ClsmPackage.CLSM__COMMUNES:
				return getCommunes();
			case ClsmPackage.CLSM__EPCIS:
				return getEpcis();
			case ClsmPackage.CLSM__CLS:
				if (resolve) return getCls();
				return basicGetCls();
			case ClsmPackage.CLSM__CPTS:
				return getCpts();
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
			case ClsmPackage.CLSM__COORDONNATEUR:
				setCoordonnateur((String)newValue);
				return;
			case ClsmPackage.CLSM__DATE_CREATION:
				setDateCreation((LocalDate)newValue);
				return;
			case ClsmPackage.CLSM__COMMUNES:
				getCommunes().clear();
				getCommunes().addAll((Collection<? extends Commune>)newValue);
				return;
			case ClsmPackage.CLSM__EPCIS:
				getEpcis().clear();
				getEpcis().addAll((Collection<? extends Epci>)newValue);
				return;
			case ClsmPackage.CLSM__CLS:
				setCls((Cls)newValue);
				return;
			case ClsmPackage.CLSM__CPTS:
				getCpts().clear();
				getCpts().addAll((Collection<? extends Cpts>)newValue);
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
			case ClsmPackage.CLSM__COORDONNATEUR:
				setCoordonnateur(COORDONNATEUR_EDEFAULT);
				return;
			case ClsmPackage.CLSM__DATE_CREATION:
				setDateCreation(DATE_CREATION_EDEFAULT);
				return;
			case ClsmPackage.CLSM__COMMUNES:
				getCommunes().clear();
				return;
			case ClsmPackage.CLSM__EPCIS:
				getEpcis().clear();
				return;
			case ClsmPackage.CLSM__CLS:
				setCls((Cls)null);
				return;
			case ClsmPackage.CLSM__CPTS:
				getCpts().clear();
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
			case ClsmPackage.CLSM__COORDONNATEUR:
				return COORDONNATEUR_EDEFAULT == null ? coordonnateur != null : !COORDONNATEUR_EDEFAULT.equals(coordonnateur);
			case ClsmPackage.CLSM__DATE_CREATION:
				return DATE_CREATION_EDEFAULT == null ? dateCreation != null : !DATE_CREATION_EDEFAULT.equals(dateCreation);
			case ClsmPackage.CLSM__COMMUNES:
				return communes != null && !communes.isEmpty();
			case ClsmPackage.CLSM__EPCIS:
				return epcis != null && !epcis.isEmpty();
			case ClsmPackage.CLSM__CLS:
				return cls != null;
			case ClsmPackage.CLSM__CPTS:
				return cpts != null && !cpts.isEmpty();
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
		result.append(" (coordonnateur: ");
		result.append(coordonnateur);
		result.append(", dateCreation: ");
		result.append(dateCreation);
		result.append(')');
		return result.toString();
	}

} //ClsmImpl
