/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.diagram.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.model.diagram.DiagramPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DiagramImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DiagramImpl#getViewpointId <em>Viewpoint Id</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DiagramImpl#getDescriptionId <em>Description Id</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DiagramImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DiagramImpl#getActivatedLayers <em>Activated Layers</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DiagramImpl#getActivatedFilters <em>Activated Filters</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DiagramImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DiagramImpl#getEdges <em>Edges</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DiagramImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DiagramImpl#getHeight <em>Height</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramImpl extends MinimalEObjectImpl.Container implements Diagram
{
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getViewpointId() <em>Viewpoint Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViewpointId()
	 * @generated
	 * @ordered
	 */
	protected static final String VIEWPOINT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getViewpointId() <em>Viewpoint Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getViewpointId()
	 * @generated
	 * @ordered
	 */
	protected String viewpointId = VIEWPOINT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescriptionId() <em>Description Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionId()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescriptionId() <em>Description Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionId()
	 * @generated
	 * @ordered
	 */
	protected String descriptionId = DESCRIPTION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected String target = TARGET_EDEFAULT;

	/**
	 * The cached value of the '{@link #getActivatedLayers() <em>Activated Layers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivatedLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> activatedLayers;

	/**
	 * The cached value of the '{@link #getActivatedFilters() <em>Activated Filters</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivatedFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<String> activatedFilters;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<DNode> nodes;

	/**
	 * The cached value of the '{@link #getEdges() <em>Edges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdges()
	 * @generated
	 * @ordered
	 */
	protected EList<DEdge> edges;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final double WIDTH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected double width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final double HEIGHT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected double height = HEIGHT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramImpl()
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
		return DiagramPackage.Literals.DIAGRAM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName)
	{
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.DIAGRAM__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getViewpointId()
	{
		return viewpointId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setViewpointId(String newViewpointId)
	{
		String oldViewpointId = viewpointId;
		viewpointId = newViewpointId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.DIAGRAM__VIEWPOINT_ID, oldViewpointId, viewpointId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescriptionId()
	{
		return descriptionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescriptionId(String newDescriptionId)
	{
		String oldDescriptionId = descriptionId;
		descriptionId = newDescriptionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.DIAGRAM__DESCRIPTION_ID, oldDescriptionId, descriptionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTarget()
	{
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(String newTarget)
	{
		String oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.DIAGRAM__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getActivatedLayers()
	{
		if (activatedLayers == null)
		{
			activatedLayers = new EDataTypeUniqueEList<String>(String.class, this, DiagramPackage.DIAGRAM__ACTIVATED_LAYERS);
		}
		return activatedLayers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getActivatedFilters()
	{
		if (activatedFilters == null)
		{
			activatedFilters = new EDataTypeUniqueEList<String>(String.class, this, DiagramPackage.DIAGRAM__ACTIVATED_FILTERS);
		}
		return activatedFilters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DNode> getNodes()
	{
		if (nodes == null)
		{
			nodes = new EObjectContainmentEList<DNode>(DNode.class, this, DiagramPackage.DIAGRAM__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DEdge> getEdges()
	{
		if (edges == null)
		{
			edges = new EObjectContainmentEList<DEdge>(DEdge.class, this, DiagramPackage.DIAGRAM__EDGES);
		}
		return edges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWidth()
	{
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(double newWidth)
	{
		double oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.DIAGRAM__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHeight()
	{
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(double newHeight)
	{
		double oldHeight = height;
		height = newHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.DIAGRAM__HEIGHT, oldHeight, height));
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
			case DiagramPackage.DIAGRAM__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case DiagramPackage.DIAGRAM__EDGES:
				return ((InternalEList<?>)getEdges()).basicRemove(otherEnd, msgs);
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
			case DiagramPackage.DIAGRAM__NAME:
				return getName();
			case DiagramPackage.DIAGRAM__VIEWPOINT_ID:
				return getViewpointId();
			case DiagramPackage.DIAGRAM__DESCRIPTION_ID:
				return getDescriptionId();
			case DiagramPackage.DIAGRAM__TARGET:
				return getTarget();
			case DiagramPackage.DIAGRAM__ACTIVATED_LAYERS:
				return getActivatedLayers();
			case DiagramPackage.DIAGRAM__ACTIVATED_FILTERS:
				return getActivatedFilters();
			case DiagramPackage.DIAGRAM__NODES:
				return getNodes();
			case DiagramPackage.DIAGRAM__EDGES:
				return getEdges();
			case DiagramPackage.DIAGRAM__WIDTH:
				return getWidth();
			case DiagramPackage.DIAGRAM__HEIGHT:
				return getHeight();
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
			case DiagramPackage.DIAGRAM__NAME:
				setName((String)newValue);
				return;
			case DiagramPackage.DIAGRAM__VIEWPOINT_ID:
				setViewpointId((String)newValue);
				return;
			case DiagramPackage.DIAGRAM__DESCRIPTION_ID:
				setDescriptionId((String)newValue);
				return;
			case DiagramPackage.DIAGRAM__TARGET:
				setTarget((String)newValue);
				return;
			case DiagramPackage.DIAGRAM__ACTIVATED_LAYERS:
				getActivatedLayers().clear();
				getActivatedLayers().addAll((Collection<? extends String>)newValue);
				return;
			case DiagramPackage.DIAGRAM__ACTIVATED_FILTERS:
				getActivatedFilters().clear();
				getActivatedFilters().addAll((Collection<? extends String>)newValue);
				return;
			case DiagramPackage.DIAGRAM__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends DNode>)newValue);
				return;
			case DiagramPackage.DIAGRAM__EDGES:
				getEdges().clear();
				getEdges().addAll((Collection<? extends DEdge>)newValue);
				return;
			case DiagramPackage.DIAGRAM__WIDTH:
				setWidth((Double)newValue);
				return;
			case DiagramPackage.DIAGRAM__HEIGHT:
				setHeight((Double)newValue);
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
			case DiagramPackage.DIAGRAM__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DiagramPackage.DIAGRAM__VIEWPOINT_ID:
				setViewpointId(VIEWPOINT_ID_EDEFAULT);
				return;
			case DiagramPackage.DIAGRAM__DESCRIPTION_ID:
				setDescriptionId(DESCRIPTION_ID_EDEFAULT);
				return;
			case DiagramPackage.DIAGRAM__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case DiagramPackage.DIAGRAM__ACTIVATED_LAYERS:
				getActivatedLayers().clear();
				return;
			case DiagramPackage.DIAGRAM__ACTIVATED_FILTERS:
				getActivatedFilters().clear();
				return;
			case DiagramPackage.DIAGRAM__NODES:
				getNodes().clear();
				return;
			case DiagramPackage.DIAGRAM__EDGES:
				getEdges().clear();
				return;
			case DiagramPackage.DIAGRAM__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case DiagramPackage.DIAGRAM__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
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
			case DiagramPackage.DIAGRAM__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DiagramPackage.DIAGRAM__VIEWPOINT_ID:
				return VIEWPOINT_ID_EDEFAULT == null ? viewpointId != null : !VIEWPOINT_ID_EDEFAULT.equals(viewpointId);
			case DiagramPackage.DIAGRAM__DESCRIPTION_ID:
				return DESCRIPTION_ID_EDEFAULT == null ? descriptionId != null : !DESCRIPTION_ID_EDEFAULT.equals(descriptionId);
			case DiagramPackage.DIAGRAM__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case DiagramPackage.DIAGRAM__ACTIVATED_LAYERS:
				return activatedLayers != null && !activatedLayers.isEmpty();
			case DiagramPackage.DIAGRAM__ACTIVATED_FILTERS:
				return activatedFilters != null && !activatedFilters.isEmpty();
			case DiagramPackage.DIAGRAM__NODES:
				return nodes != null && !nodes.isEmpty();
			case DiagramPackage.DIAGRAM__EDGES:
				return edges != null && !edges.isEmpty();
			case DiagramPackage.DIAGRAM__WIDTH:
				return width != WIDTH_EDEFAULT;
			case DiagramPackage.DIAGRAM__HEIGHT:
				return height != HEIGHT_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", viewpointId: ");
		result.append(viewpointId);
		result.append(", descriptionId: ");
		result.append(descriptionId);
		result.append(", target: ");
		result.append(target);
		result.append(", activatedLayers: ");
		result.append(activatedLayers);
		result.append(", activatedFilters: ");
		result.append(activatedFilters);
		result.append(", width: ");
		result.append(width);
		result.append(", height: ");
		result.append(height);
		result.append(')');
		return result.toString();
	}

} //DiagramImpl
