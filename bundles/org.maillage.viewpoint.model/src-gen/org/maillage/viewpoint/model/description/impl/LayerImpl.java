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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.maillage.viewpoint.model.description.ContainerMapping;
import org.maillage.viewpoint.model.description.DescriptionPackage;
import org.maillage.viewpoint.model.description.EdgeMapping;
import org.maillage.viewpoint.model.description.Layer;
import org.maillage.viewpoint.model.description.NodeMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.LayerImpl#isActiveByDefault <em>Active By Default</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.LayerImpl#getNodeMappings <em>Node Mappings</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.LayerImpl#getContainerMappings <em>Container Mappings</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.LayerImpl#getEdgeMappings <em>Edge Mappings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LayerImpl extends IdentifiedElementImpl implements Layer
{
	/**
	 * The default value of the '{@link #isActiveByDefault() <em>Active By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActiveByDefault()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTIVE_BY_DEFAULT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isActiveByDefault() <em>Active By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActiveByDefault()
	 * @generated
	 * @ordered
	 */
	protected boolean activeByDefault = ACTIVE_BY_DEFAULT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNodeMappings() <em>Node Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> nodeMappings;

	/**
	 * The cached value of the '{@link #getContainerMappings() <em>Container Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<ContainerMapping> containerMappings;

	/**
	 * The cached value of the '{@link #getEdgeMappings() <em>Edge Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdgeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<EdgeMapping> edgeMappings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LayerImpl()
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
		return DescriptionPackage.Literals.LAYER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActiveByDefault()
	{
		return activeByDefault;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActiveByDefault(boolean newActiveByDefault)
	{
		boolean oldActiveByDefault = activeByDefault;
		activeByDefault = newActiveByDefault;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.LAYER__ACTIVE_BY_DEFAULT, oldActiveByDefault, activeByDefault));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getNodeMappings()
	{
		if (nodeMappings == null)
		{
			nodeMappings = new EObjectContainmentEList<NodeMapping>(NodeMapping.class, this, DescriptionPackage.LAYER__NODE_MAPPINGS);
		}
		return nodeMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContainerMapping> getContainerMappings()
	{
		if (containerMappings == null)
		{
			containerMappings = new EObjectContainmentEList<ContainerMapping>(ContainerMapping.class, this, DescriptionPackage.LAYER__CONTAINER_MAPPINGS);
		}
		return containerMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EdgeMapping> getEdgeMappings()
	{
		if (edgeMappings == null)
		{
			edgeMappings = new EObjectContainmentEList<EdgeMapping>(EdgeMapping.class, this, DescriptionPackage.LAYER__EDGE_MAPPINGS);
		}
		return edgeMappings;
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
			case DescriptionPackage.LAYER__NODE_MAPPINGS:
				return ((InternalEList<?>)getNodeMappings()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.LAYER__CONTAINER_MAPPINGS:
				return ((InternalEList<?>)getContainerMappings()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.LAYER__EDGE_MAPPINGS:
				return ((InternalEList<?>)getEdgeMappings()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.LAYER__ACTIVE_BY_DEFAULT:
				return isActiveByDefault();
			case DescriptionPackage.LAYER__NODE_MAPPINGS:
				return getNodeMappings();
			case DescriptionPackage.LAYER__CONTAINER_MAPPINGS:
				return getContainerMappings();
			case DescriptionPackage.LAYER__EDGE_MAPPINGS:
				return getEdgeMappings();
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
			case DescriptionPackage.LAYER__ACTIVE_BY_DEFAULT:
				setActiveByDefault((Boolean)newValue);
				return;
			case DescriptionPackage.LAYER__NODE_MAPPINGS:
				getNodeMappings().clear();
				getNodeMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
			case DescriptionPackage.LAYER__CONTAINER_MAPPINGS:
				getContainerMappings().clear();
				getContainerMappings().addAll((Collection<? extends ContainerMapping>)newValue);
				return;
			case DescriptionPackage.LAYER__EDGE_MAPPINGS:
				getEdgeMappings().clear();
				getEdgeMappings().addAll((Collection<? extends EdgeMapping>)newValue);
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
			case DescriptionPackage.LAYER__ACTIVE_BY_DEFAULT:
				setActiveByDefault(ACTIVE_BY_DEFAULT_EDEFAULT);
				return;
			case DescriptionPackage.LAYER__NODE_MAPPINGS:
				getNodeMappings().clear();
				return;
			case DescriptionPackage.LAYER__CONTAINER_MAPPINGS:
				getContainerMappings().clear();
				return;
			case DescriptionPackage.LAYER__EDGE_MAPPINGS:
				getEdgeMappings().clear();
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
			case DescriptionPackage.LAYER__ACTIVE_BY_DEFAULT:
				return activeByDefault != ACTIVE_BY_DEFAULT_EDEFAULT;
			case DescriptionPackage.LAYER__NODE_MAPPINGS:
				return nodeMappings != null && !nodeMappings.isEmpty();
			case DescriptionPackage.LAYER__CONTAINER_MAPPINGS:
				return containerMappings != null && !containerMappings.isEmpty();
			case DescriptionPackage.LAYER__EDGE_MAPPINGS:
				return edgeMappings != null && !edgeMappings.isEmpty();
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
		result.append(" (activeByDefault: ");
		result.append(activeByDefault);
		result.append(')');
		return result.toString();
	}

} //LayerImpl
