/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.articulation.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.maillage.model.Element;

import org.maillage.model.articulation.Articulation;
import org.maillage.model.articulation.ArticulationPackage;
import org.maillage.model.articulation.TypeArticulation;

import org.maillage.model.impl.ElementImplCustom;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Articulation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.articulation.impl.ArticulationImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.maillage.model.articulation.impl.ArticulationImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.maillage.model.articulation.impl.ArticulationImpl#getCible <em>Cible</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArticulationImpl extends ElementImplCustom implements Articulation
{
	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected TypeArticulation type;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Element source;

	/**
	 * The cached value of the '{@link #getCible() <em>Cible</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCible()
	 * @generated
	 * @ordered
	 */
	protected Element cible;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArticulationImpl()
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
		return ArticulationPackage.Literals.ARTICULATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TypeArticulation getType()
	{
		if (type != null && type.eIsProxy())
		{
			InternalEObject oldType = (InternalEObject)type;
			type = (TypeArticulation)eResolveProxy(oldType);
			if (type != oldType)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ArticulationPackage.ARTICULATION__TYPE, oldType, type));
			}
		}
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TypeArticulation basicGetType()
	{
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(TypeArticulation newType)
	{
		TypeArticulation oldType = type;
		type = newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArticulationPackage.ARTICULATION__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Element getSource()
	{
		if (source != null && source.eIsProxy())
		{
			InternalEObject oldSource = (InternalEObject)source;
			source = (Element)eResolveProxy(oldSource);
			if (source != oldSource)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ArticulationPackage.ARTICULATION__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Element basicGetSource()
	{
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Element newSource)
	{
		Element oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArticulationPackage.ARTICULATION__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Element getCible()
	{
		if (cible != null && cible.eIsProxy())
		{
			InternalEObject oldCible = (InternalEObject)cible;
			cible = (Element)eResolveProxy(oldCible);
			if (cible != oldCible)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ArticulationPackage.ARTICULATION__CIBLE, oldCible, cible));
			}
		}
		return cible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Element basicGetCible()
	{
		return cible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCible(Element newCible)
	{
		Element oldCible = cible;
		cible = newCible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ArticulationPackage.ARTICULATION__CIBLE, oldCible, cible));
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
			case ArticulationPackage.ARTICULATION__TYPE:
				if (resolve) return getType();
				return basicGetType();
			case ArticulationPackage.ARTICULATION__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case ArticulationPackage.ARTICULATION__CIBLE:
				if (resolve) return getCible();
				return basicGetCible();
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
			case ArticulationPackage.ARTICULATION__TYPE:
				setType((TypeArticulation)newValue);
				return;
			case ArticulationPackage.ARTICULATION__SOURCE:
				setSource((Element)newValue);
				return;
			case ArticulationPackage.ARTICULATION__CIBLE:
				setCible((Element)newValue);
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
			case ArticulationPackage.ARTICULATION__TYPE:
				setType((TypeArticulation)null);
				return;
			case ArticulationPackage.ARTICULATION__SOURCE:
				setSource((Element)null);
				return;
			case ArticulationPackage.ARTICULATION__CIBLE:
				setCible((Element)null);
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
			case ArticulationPackage.ARTICULATION__TYPE:
				return type != null;
			case ArticulationPackage.ARTICULATION__SOURCE:
				return source != null;
			case ArticulationPackage.ARTICULATION__CIBLE:
				return cible != null;
		}
		return super.eIsSet(featureID);
	}

} //ArticulationImpl
