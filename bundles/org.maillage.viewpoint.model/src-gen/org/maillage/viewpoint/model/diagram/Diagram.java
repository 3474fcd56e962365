/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.diagram;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A diagram of one roadmap: the result of interpreting a diagram description on a semantic element. Saved in its own file beside the roadmap; semantic elements are referred to by uuid, never by href, so the roadmap file stays untouched.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.diagram.Diagram#getName <em>Name</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.Diagram#getViewpointId <em>Viewpoint Id</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.Diagram#getDescriptionId <em>Description Id</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.Diagram#getTarget <em>Target</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.Diagram#getActivatedLayers <em>Activated Layers</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.Diagram#getActivatedFilters <em>Activated Filters</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.Diagram#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.Diagram#getEdges <em>Edges</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.Diagram#getWidth <em>Width</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.Diagram#getHeight <em>Height</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDiagram()
 * @model
 * @generated
 */
public interface Diagram extends EObject
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title shown to the user, computed from the description title expression.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDiagram_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.Diagram#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Viewpoint Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the viewpoint that holds the description.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Viewpoint Id</em>' attribute.
	 * @see #setViewpointId(String)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDiagram_ViewpointId()
	 * @model
	 * @generated
	 */
	String getViewpointId();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.Diagram#getViewpointId <em>Viewpoint Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Viewpoint Id</em>' attribute.
	 * @see #getViewpointId()
	 * @generated
	 */
	void setViewpointId(String value);

	/**
	 * Returns the value of the '<em><b>Description Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the diagram description, unique within its viewpoint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description Id</em>' attribute.
	 * @see #setDescriptionId(String)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDiagram_DescriptionId()
	 * @model
	 * @generated
	 */
	String getDescriptionId();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.Diagram#getDescriptionId <em>Description Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description Id</em>' attribute.
	 * @see #getDescriptionId()
	 * @generated
	 */
	void setDescriptionId(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Uuid of the semantic element the diagram shows (usually the ModeleMaillage root).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDiagram_Target()
	 * @model
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.Diagram#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Activated Layers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of the optional layers the user switched on (layers marked active by default are listed too once the user has seen them).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activated Layers</em>' attribute list.
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDiagram_ActivatedLayers()
	 * @model
	 * @generated
	 */
	EList<String> getActivatedLayers();

	/**
	 * Returns the value of the '<em><b>Activated Filters</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of the filters the user switched on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activated Filters</em>' attribute list.
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDiagram_ActivatedFilters()
	 * @model
	 * @generated
	 */
	EList<String> getActivatedFilters();

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.diagram.DNode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top-level nodes and containers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDiagram_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<DNode> getNodes();

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.diagram.DEdge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All edges, whatever the nesting of their ends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edges</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDiagram_Edges()
	 * @model containment="true"
	 * @generated
	 */
	EList<DEdge> getEdges();

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Width of the whole drawing after the last layout.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(double)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDiagram_Width()
	 * @model
	 * @generated
	 */
	double getWidth();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.Diagram#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(double value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Height of the whole drawing after the last layout.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(double)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDiagram_Height()
	 * @model
	 * @generated
	 */
	double getHeight();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.Diagram#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(double value);

} // Diagram
