/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.maillage.viewpoint.model.description.AbstractNodeMapping;
import org.maillage.viewpoint.model.description.ContainerMapping;
import org.maillage.viewpoint.model.description.DescriptionPackage;

import org.maillage.viewpoint.model.diagram.NodeStyle;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Abstract Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.AbstractNodeMappingImpl#getStyle <em>Style</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.AbstractNodeMappingImpl#getParentMappings <em>Parent Mappings</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.AbstractNodeMappingImpl#getNavigationDescriptions <em>Navigation Descriptions</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class AbstractNodeMappingImpl extends DiagramElementMappingImpl implements AbstractNodeMapping
{
	/**
	 * The cached value of the '{@link #getStyle() <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected NodeStyle style;

	/**
	 * The cached value of the '{@link #getParentMappings() <em>Parent Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<ContainerMapping> parentMappings;

	/**
	 * The cached value of the '{@link #getNavigationDescriptions() <em>Navigation Descriptions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNavigationDescriptions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> navigationDescriptions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AbstractNodeMappingImpl()
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
		return DescriptionPackage.Literals.ABSTRACT_NODE_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeStyle getStyle()
	{
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStyle(NodeStyle newStyle, NotificationChain msgs)
	{
		NodeStyle oldStyle = style;
		style = newStyle;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE, oldStyle, newStyle);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStyle(NodeStyle newStyle)
	{
		if (newStyle != style)
		{
			NotificationChain msgs = null;
			if (style != null)
				msgs = ((InternalEObject)style).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE, null, msgs);
			if (newStyle != null)
				msgs = ((InternalEObject)newStyle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE, null, msgs);
			msgs = basicSetStyle(newStyle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE, newStyle, newStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContainerMapping> getParentMappings()
	{
		if (parentMappings == null)
		{
			parentMappings = new EObjectResolvingEList<ContainerMapping>(ContainerMapping.class, this, DescriptionPackage.ABSTRACT_NODE_MAPPING__PARENT_MAPPINGS);
		}
		return parentMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getNavigationDescriptions()
	{
		if (navigationDescriptions == null)
		{
			navigationDescriptions = new EDataTypeUniqueEList<String>(String.class, this, DescriptionPackage.ABSTRACT_NODE_MAPPING__NAVIGATION_DESCRIPTIONS);
		}
		return navigationDescriptions;
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
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE:
				return basicSetStyle(null, msgs);
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
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE:
				return getStyle();
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__PARENT_MAPPINGS:
				return getParentMappings();
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__NAVIGATION_DESCRIPTIONS:
				return getNavigationDescriptions();
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
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE:
				setStyle((NodeStyle)newValue);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__PARENT_MAPPINGS:
				getParentMappings().clear();
				getParentMappings().addAll((Collection<? extends ContainerMapping>)newValue);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__NAVIGATION_DESCRIPTIONS:
				getNavigationDescriptions().clear();
				getNavigationDescriptions().addAll((Collection<? extends String>)newValue);
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
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE:
				setStyle((NodeStyle)null);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__PARENT_MAPPINGS:
				getParentMappings().clear();
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__NAVIGATION_DESCRIPTIONS:
				getNavigationDescriptions().clear();
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
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE:
				return style != null;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__PARENT_MAPPINGS:
				return parentMappings != null && !parentMappings.isEmpty();
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__NAVIGATION_DESCRIPTIONS:
				return navigationDescriptions != null && !navigationDescriptions.isEmpty();
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
		result.append(" (navigationDescriptions: ");
		result.append(navigationDescriptions);
		result.append(')');
		return result.toString();
	}

} //AbstractNodeMappingImpl
