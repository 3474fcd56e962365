/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How to draw one kind of diagram for a semantic element of a domain class.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.DiagramDescription#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.DiagramDescription#getPreconditionExpression <em>Precondition Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.DiagramDescription#getTitleExpression <em>Title Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.DiagramDescription#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.DiagramDescription#getNodeSpacing <em>Node Spacing</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.DiagramDescription#getLayerSpacing <em>Layer Spacing</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.DiagramDescription#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.DiagramDescription#getFilters <em>Filters</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.DiagramDescription#getTools <em>Tools</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDiagramDescription()
 * @model
 * @generated
 */
public interface DiagramDescription extends IdentifiedElement
{
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EClass of the element the diagram is made for, e.g. ModeleMaillage or territoire.Epci (simple or package-qualified name).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDiagramDescription_DomainClass()
	 * @model
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.DiagramDescription#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Precondition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional: the diagram applies only when this is true on the element (an expression: see docs/diagrams.md).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Precondition Expression</em>' attribute.
	 * @see #setPreconditionExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDiagramDescription_PreconditionExpression()
	 * @model
	 * @generated
	 */
	String getPreconditionExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.DiagramDescription#getPreconditionExpression <em>Precondition Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precondition Expression</em>' attribute.
	 * @see #getPreconditionExpression()
	 * @generated
	 */
	void setPreconditionExpression(String value);

	/**
	 * Returns the value of the '<em><b>Title Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title of a new diagram (an expression: see docs/diagrams.md); the label if empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title Expression</em>' attribute.
	 * @see #setTitleExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDiagramDescription_TitleExpression()
	 * @model
	 * @generated
	 */
	String getTitleExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.DiagramDescription#getTitleExpression <em>Title Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title Expression</em>' attribute.
	 * @see #getTitleExpression()
	 * @generated
	 */
	void setTitleExpression(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.maillage.viewpoint.model.description.LayoutDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Main direction of the layered layout.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.maillage.viewpoint.model.description.LayoutDirection
	 * @see #setDirection(LayoutDirection)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDiagramDescription_Direction()
	 * @model
	 * @generated
	 */
	LayoutDirection getDirection();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.DiagramDescription#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.maillage.viewpoint.model.description.LayoutDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(LayoutDirection value);

	/**
	 * Returns the value of the '<em><b>Node Spacing</b></em>' attribute.
	 * The default value is <code>"30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Space between nodes, in pixels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Node Spacing</em>' attribute.
	 * @see #setNodeSpacing(int)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDiagramDescription_NodeSpacing()
	 * @model default="30"
	 * @generated
	 */
	int getNodeSpacing();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.DiagramDescription#getNodeSpacing <em>Node Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Spacing</em>' attribute.
	 * @see #getNodeSpacing()
	 * @generated
	 */
	void setNodeSpacing(int value);

	/**
	 * Returns the value of the '<em><b>Layer Spacing</b></em>' attribute.
	 * The default value is <code>"60"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Space between layers of the layered layout, in pixels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layer Spacing</em>' attribute.
	 * @see #setLayerSpacing(int)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDiagramDescription_LayerSpacing()
	 * @model default="60"
	 * @generated
	 */
	int getLayerSpacing();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.DiagramDescription#getLayerSpacing <em>Layer Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer Spacing</em>' attribute.
	 * @see #getLayerSpacing()
	 * @generated
	 */
	void setLayerSpacing(int value);

	/**
	 * Returns the value of the '<em><b>Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.Layer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first layer is the default layer, always on; others are optional.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layers</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDiagramDescription_Layers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Layer> getLayers();

	/**
	 * Returns the value of the '<em><b>Filters</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.Filter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filters</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDiagramDescription_Filters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Filter> getFilters();

	/**
	 * Returns the value of the '<em><b>Tools</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.Tool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Palette of the diagram editor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tools</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDiagramDescription_Tools()
	 * @model containment="true"
	 * @generated
	 */
	EList<Tool> getTools();

} // DiagramDescription
