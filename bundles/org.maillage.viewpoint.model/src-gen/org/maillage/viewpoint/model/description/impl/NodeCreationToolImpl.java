/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.maillage.viewpoint.model.description.AbstractNodeMapping;
import org.maillage.viewpoint.model.description.DescriptionPackage;
import org.maillage.viewpoint.model.description.NodeCreationTool;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Creation Tool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.NodeCreationToolImpl#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.NodeCreationToolImpl#getContainerExpression <em>Container Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.NodeCreationToolImpl#getContainmentFeature <em>Containment Feature</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.NodeCreationToolImpl#getInitialLabel <em>Initial Label</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.NodeCreationToolImpl#getLabelFeature <em>Label Feature</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeCreationToolImpl extends ToolImpl implements NodeCreationTool
{
	/**
	 * The cached value of the '{@link #getMapping() <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMapping()
	 * @generated
	 * @ordered
	 */
	protected AbstractNodeMapping mapping;

	/**
	 * The default value of the '{@link #getContainerExpression() <em>Container Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTAINER_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContainerExpression() <em>Container Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerExpression()
	 * @generated
	 * @ordered
	 */
	protected String containerExpression = CONTAINER_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getContainmentFeature() <em>Containment Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainmentFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTAINMENT_FEATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContainmentFeature() <em>Containment Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainmentFeature()
	 * @generated
	 * @ordered
	 */
	protected String containmentFeature = CONTAINMENT_FEATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitialLabel() <em>Initial Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String INITIAL_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInitialLabel() <em>Initial Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialLabel()
	 * @generated
	 * @ordered
	 */
	protected String initialLabel = INITIAL_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelFeature() <em>Label Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_FEATURE_EDEFAULT = "nom";

	/**
	 * The cached value of the '{@link #getLabelFeature() <em>Label Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelFeature()
	 * @generated
	 * @ordered
	 */
	protected String labelFeature = LABEL_FEATURE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeCreationToolImpl()
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
		return DescriptionPackage.Literals.NODE_CREATION_TOOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AbstractNodeMapping getMapping()
	{
		if (mapping != null && mapping.eIsProxy())
		{
			InternalEObject oldMapping = (InternalEObject)mapping;
			mapping = (AbstractNodeMapping)eResolveProxy(oldMapping);
			if (mapping != oldMapping)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DescriptionPackage.NODE_CREATION_TOOL__MAPPING, oldMapping, mapping));
			}
		}
		return mapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AbstractNodeMapping basicGetMapping()
	{
		return mapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMapping(AbstractNodeMapping newMapping)
	{
		AbstractNodeMapping oldMapping = mapping;
		mapping = newMapping;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_CREATION_TOOL__MAPPING, oldMapping, mapping));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContainerExpression()
	{
		return containerExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContainerExpression(String newContainerExpression)
	{
		String oldContainerExpression = containerExpression;
		containerExpression = newContainerExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_CREATION_TOOL__CONTAINER_EXPRESSION, oldContainerExpression, containerExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContainmentFeature()
	{
		return containmentFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContainmentFeature(String newContainmentFeature)
	{
		String oldContainmentFeature = containmentFeature;
		containmentFeature = newContainmentFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_CREATION_TOOL__CONTAINMENT_FEATURE, oldContainmentFeature, containmentFeature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitialLabel()
	{
		return initialLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialLabel(String newInitialLabel)
	{
		String oldInitialLabel = initialLabel;
		initialLabel = newInitialLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_CREATION_TOOL__INITIAL_LABEL, oldInitialLabel, initialLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelFeature()
	{
		return labelFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelFeature(String newLabelFeature)
	{
		String oldLabelFeature = labelFeature;
		labelFeature = newLabelFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_CREATION_TOOL__LABEL_FEATURE, oldLabelFeature, labelFeature));
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
			case DescriptionPackage.NODE_CREATION_TOOL__MAPPING:
				if (resolve) return getMapping();
				return basicGetMapping();
			case DescriptionPackage.NODE_CREATION_TOOL__CONTAINER_EXPRESSION:
				return getContainerExpression();
			case DescriptionPackage.NODE_CREATION_TOOL__CONTAINMENT_FEATURE:
				return getContainmentFeature();
			case DescriptionPackage.NODE_CREATION_TOOL__INITIAL_LABEL:
				return getInitialLabel();
			case DescriptionPackage.NODE_CREATION_TOOL__LABEL_FEATURE:
				return getLabelFeature();
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
			case DescriptionPackage.NODE_CREATION_TOOL__MAPPING:
				setMapping((AbstractNodeMapping)newValue);
				return;
			case DescriptionPackage.NODE_CREATION_TOOL__CONTAINER_EXPRESSION:
				setContainerExpression((String)newValue);
				return;
			case DescriptionPackage.NODE_CREATION_TOOL__CONTAINMENT_FEATURE:
				setContainmentFeature((String)newValue);
				return;
			case DescriptionPackage.NODE_CREATION_TOOL__INITIAL_LABEL:
				setInitialLabel((String)newValue);
				return;
			case DescriptionPackage.NODE_CREATION_TOOL__LABEL_FEATURE:
				setLabelFeature((String)newValue);
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
			case DescriptionPackage.NODE_CREATION_TOOL__MAPPING:
				setMapping((AbstractNodeMapping)null);
				return;
			case DescriptionPackage.NODE_CREATION_TOOL__CONTAINER_EXPRESSION:
				setContainerExpression(CONTAINER_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.NODE_CREATION_TOOL__CONTAINMENT_FEATURE:
				setContainmentFeature(CONTAINMENT_FEATURE_EDEFAULT);
				return;
			case DescriptionPackage.NODE_CREATION_TOOL__INITIAL_LABEL:
				setInitialLabel(INITIAL_LABEL_EDEFAULT);
				return;
			case DescriptionPackage.NODE_CREATION_TOOL__LABEL_FEATURE:
				setLabelFeature(LABEL_FEATURE_EDEFAULT);
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
			case DescriptionPackage.NODE_CREATION_TOOL__MAPPING:
				return mapping != null;
			case DescriptionPackage.NODE_CREATION_TOOL__CONTAINER_EXPRESSION:
				return CONTAINER_EXPRESSION_EDEFAULT == null ? containerExpression != null : !CONTAINER_EXPRESSION_EDEFAULT.equals(containerExpression);
			case DescriptionPackage.NODE_CREATION_TOOL__CONTAINMENT_FEATURE:
				return CONTAINMENT_FEATURE_EDEFAULT == null ? containmentFeature != null : !CONTAINMENT_FEATURE_EDEFAULT.equals(containmentFeature);
			case DescriptionPackage.NODE_CREATION_TOOL__INITIAL_LABEL:
				return INITIAL_LABEL_EDEFAULT == null ? initialLabel != null : !INITIAL_LABEL_EDEFAULT.equals(initialLabel);
			case DescriptionPackage.NODE_CREATION_TOOL__LABEL_FEATURE:
				return LABEL_FEATURE_EDEFAULT == null ? labelFeature != null : !LABEL_FEATURE_EDEFAULT.equals(labelFeature);
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
		result.append(" (containerExpression: ");
		result.append(containerExpression);
		result.append(", containmentFeature: ");
		result.append(containmentFeature);
		result.append(", initialLabel: ");
		result.append(initialLabel);
		result.append(", labelFeature: ");
		result.append(labelFeature);
		result.append(')');
		return result.toString();
	}

} //NodeCreationToolImpl
