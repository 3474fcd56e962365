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

import org.maillage.viewpoint.model.description.DescriptionPackage;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.Filter;
import org.maillage.viewpoint.model.description.Layer;
import org.maillage.viewpoint.model.description.LayoutDirection;
import org.maillage.viewpoint.model.description.Tool;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.DiagramDescriptionImpl#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.DiagramDescriptionImpl#getPreconditionExpression <em>Precondition Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.DiagramDescriptionImpl#getTitleExpression <em>Title Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.DiagramDescriptionImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.DiagramDescriptionImpl#getNodeSpacing <em>Node Spacing</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.DiagramDescriptionImpl#getLayerSpacing <em>Layer Spacing</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.DiagramDescriptionImpl#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.DiagramDescriptionImpl#getFilters <em>Filters</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.DiagramDescriptionImpl#getTools <em>Tools</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramDescriptionImpl extends IdentifiedElementImpl implements DiagramDescription
{
	/**
	 * The default value of the '{@link #getDomainClass() <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainClass()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_CLASS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDomainClass() <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainClass()
	 * @generated
	 * @ordered
	 */
	protected String domainClass = DOMAIN_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreconditionExpression() <em>Precondition Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreconditionExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String PRECONDITION_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreconditionExpression() <em>Precondition Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreconditionExpression()
	 * @generated
	 * @ordered
	 */
	protected String preconditionExpression = PRECONDITION_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitleExpression() <em>Title Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitleExpression() <em>Title Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleExpression()
	 * @generated
	 * @ordered
	 */
	protected String titleExpression = TITLE_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final LayoutDirection DIRECTION_EDEFAULT = LayoutDirection.RIGHT;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected LayoutDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNodeSpacing() <em>Node Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeSpacing()
	 * @generated
	 * @ordered
	 */
	protected static final int NODE_SPACING_EDEFAULT = 30;

	/**
	 * The cached value of the '{@link #getNodeSpacing() <em>Node Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeSpacing()
	 * @generated
	 * @ordered
	 */
	protected int nodeSpacing = NODE_SPACING_EDEFAULT;

	/**
	 * The default value of the '{@link #getLayerSpacing() <em>Layer Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayerSpacing()
	 * @generated
	 * @ordered
	 */
	protected static final int LAYER_SPACING_EDEFAULT = 60;

	/**
	 * The cached value of the '{@link #getLayerSpacing() <em>Layer Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayerSpacing()
	 * @generated
	 * @ordered
	 */
	protected int layerSpacing = LAYER_SPACING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLayers() <em>Layers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<Layer> layers;

	/**
	 * The cached value of the '{@link #getFilters() <em>Filters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<Filter> filters;

	/**
	 * The cached value of the '{@link #getTools() <em>Tools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTools()
	 * @generated
	 * @ordered
	 */
	protected EList<Tool> tools;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramDescriptionImpl()
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
		return DescriptionPackage.Literals.DIAGRAM_DESCRIPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDomainClass()
	{
		return domainClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomainClass(String newDomainClass)
	{
		String oldDomainClass = domainClass;
		domainClass = newDomainClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS, oldDomainClass, domainClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreconditionExpression()
	{
		return preconditionExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreconditionExpression(String newPreconditionExpression)
	{
		String oldPreconditionExpression = preconditionExpression;
		preconditionExpression = newPreconditionExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__PRECONDITION_EXPRESSION, oldPreconditionExpression, preconditionExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitleExpression()
	{
		return titleExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitleExpression(String newTitleExpression)
	{
		String oldTitleExpression = titleExpression;
		titleExpression = newTitleExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__TITLE_EXPRESSION, oldTitleExpression, titleExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayoutDirection getDirection()
	{
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(LayoutDirection newDirection)
	{
		LayoutDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNodeSpacing()
	{
		return nodeSpacing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeSpacing(int newNodeSpacing)
	{
		int oldNodeSpacing = nodeSpacing;
		nodeSpacing = newNodeSpacing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_SPACING, oldNodeSpacing, nodeSpacing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLayerSpacing()
	{
		return layerSpacing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayerSpacing(int newLayerSpacing)
	{
		int oldLayerSpacing = layerSpacing;
		layerSpacing = newLayerSpacing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__LAYER_SPACING, oldLayerSpacing, layerSpacing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Layer> getLayers()
	{
		if (layers == null)
		{
			layers = new EObjectContainmentEList<Layer>(Layer.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS);
		}
		return layers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Filter> getFilters()
	{
		if (filters == null)
		{
			filters = new EObjectContainmentEList<Filter>(Filter.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS);
		}
		return filters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Tool> getTools()
	{
		if (tools == null)
		{
			tools = new EObjectContainmentEList<Tool>(Tool.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION__TOOLS);
		}
		return tools;
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				return ((InternalEList<?>)getLayers()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return ((InternalEList<?>)getFilters()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__TOOLS:
				return ((InternalEList<?>)getTools()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				return getDomainClass();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__PRECONDITION_EXPRESSION:
				return getPreconditionExpression();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__TITLE_EXPRESSION:
				return getTitleExpression();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DIRECTION:
				return getDirection();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_SPACING:
				return getNodeSpacing();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYER_SPACING:
				return getLayerSpacing();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				return getLayers();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return getFilters();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__TOOLS:
				return getTools();
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				setDomainClass((String)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__PRECONDITION_EXPRESSION:
				setPreconditionExpression((String)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__TITLE_EXPRESSION:
				setTitleExpression((String)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DIRECTION:
				setDirection((LayoutDirection)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_SPACING:
				setNodeSpacing((Integer)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYER_SPACING:
				setLayerSpacing((Integer)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				getLayers().clear();
				getLayers().addAll((Collection<? extends Layer>)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				getFilters().clear();
				getFilters().addAll((Collection<? extends Filter>)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__TOOLS:
				getTools().clear();
				getTools().addAll((Collection<? extends Tool>)newValue);
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				setDomainClass(DOMAIN_CLASS_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__PRECONDITION_EXPRESSION:
				setPreconditionExpression(PRECONDITION_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__TITLE_EXPRESSION:
				setTitleExpression(TITLE_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_SPACING:
				setNodeSpacing(NODE_SPACING_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYER_SPACING:
				setLayerSpacing(LAYER_SPACING_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				getLayers().clear();
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				getFilters().clear();
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__TOOLS:
				getTools().clear();
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				return DOMAIN_CLASS_EDEFAULT == null ? domainClass != null : !DOMAIN_CLASS_EDEFAULT.equals(domainClass);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__PRECONDITION_EXPRESSION:
				return PRECONDITION_EXPRESSION_EDEFAULT == null ? preconditionExpression != null : !PRECONDITION_EXPRESSION_EDEFAULT.equals(preconditionExpression);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__TITLE_EXPRESSION:
				return TITLE_EXPRESSION_EDEFAULT == null ? titleExpression != null : !TITLE_EXPRESSION_EDEFAULT.equals(titleExpression);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__NODE_SPACING:
				return nodeSpacing != NODE_SPACING_EDEFAULT;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYER_SPACING:
				return layerSpacing != LAYER_SPACING_EDEFAULT;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYERS:
				return layers != null && !layers.isEmpty();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return filters != null && !filters.isEmpty();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__TOOLS:
				return tools != null && !tools.isEmpty();
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
		result.append(" (domainClass: ");
		result.append(domainClass);
		result.append(", preconditionExpression: ");
		result.append(preconditionExpression);
		result.append(", titleExpression: ");
		result.append(titleExpression);
		result.append(", direction: ");
		result.append(direction);
		result.append(", nodeSpacing: ");
		result.append(nodeSpacing);
		result.append(", layerSpacing: ");
		result.append(layerSpacing);
		result.append(')');
		return result.toString();
	}

} //DiagramDescriptionImpl
