/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.diagram;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>DDiagram Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something drawn for one semantic element by one mapping.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.diagram.DDiagramElement#getId <em>Id</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.DDiagramElement#getMappingId <em>Mapping Id</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.DDiagramElement#getSemanticElement <em>Semantic Element</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.DDiagramElement#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDDiagramElement()
 * @model abstract="true"
 * @generated
 */
public interface DDiagramElement extends EObject
{
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identifier: mapping id, semantic uuid (and, for edges, the ends), so that a refresh finds the element again and keeps what the user did to it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDDiagramElement_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.DDiagramElement#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Mapping Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the mapping that produced the element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mapping Id</em>' attribute.
	 * @see #setMappingId(String)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDDiagramElement_MappingId()
	 * @model
	 * @generated
	 */
	String getMappingId();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.DDiagramElement#getMappingId <em>Mapping Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping Id</em>' attribute.
	 * @see #getMappingId()
	 * @generated
	 */
	void setMappingId(String value);

	/**
	 * Returns the value of the '<em><b>Semantic Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Uuid of the semantic element shown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Semantic Element</em>' attribute.
	 * @see #setSemanticElement(String)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDDiagramElement_SemanticElement()
	 * @model
	 * @generated
	 */
	String getSemanticElement();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.DDiagramElement#getSemanticElement <em>Semantic Element</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic Element</em>' attribute.
	 * @see #getSemanticElement()
	 * @generated
	 */
	void setSemanticElement(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Label computed from the mapping label expression.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDDiagramElement_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.DDiagramElement#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

} // DDiagramElement
