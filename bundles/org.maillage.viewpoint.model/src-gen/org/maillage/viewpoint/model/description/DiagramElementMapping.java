/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Element Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Common part of node, container and edge mappings.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.DiagramElementMapping#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.DiagramElementMapping#getSemanticCandidatesExpression <em>Semantic Candidates Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.DiagramElementMapping#getPreconditionExpression <em>Precondition Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.DiagramElementMapping#getLabelExpression <em>Label Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.DiagramElementMapping#getConditionalStyles <em>Conditional Styles</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDiagramElementMapping()
 * @model abstract="true"
 * @generated
 */
public interface DiagramElementMapping extends IdentifiedElement
{
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EClass of the semantic elements shown (simple or package-qualified name); for edges, only for element-based edges.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDiagramElementMapping_DomainClass()
	 * @model
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.DiagramElementMapping#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Semantic Candidates Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Elements to consider, evaluated with self = the diagram target (top-level mappings) or the container element (sub-mappings) (an expression: see docs/diagrams.md). Default: every element of the domain class in the roadmap.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Semantic Candidates Expression</em>' attribute.
	 * @see #setSemanticCandidatesExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDiagramElementMapping_SemanticCandidatesExpression()
	 * @model
	 * @generated
	 */
	String getSemanticCandidatesExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.DiagramElementMapping#getSemanticCandidatesExpression <em>Semantic Candidates Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic Candidates Expression</em>' attribute.
	 * @see #getSemanticCandidatesExpression()
	 * @generated
	 */
	void setSemanticCandidatesExpression(String value);

	/**
	 * Returns the value of the '<em><b>Precondition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional: an element is shown only when this is true with self = the element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Precondition Expression</em>' attribute.
	 * @see #setPreconditionExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDiagramElementMapping_PreconditionExpression()
	 * @model
	 * @generated
	 */
	String getPreconditionExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.DiagramElementMapping#getPreconditionExpression <em>Precondition Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precondition Expression</em>' attribute.
	 * @see #getPreconditionExpression()
	 * @generated
	 */
	void setPreconditionExpression(String value);

	/**
	 * Returns the value of the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Label, self = the element; default self.nom.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Expression</em>' attribute.
	 * @see #setLabelExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDiagramElementMapping_LabelExpression()
	 * @model
	 * @generated
	 */
	String getLabelExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.DiagramElementMapping#getLabelExpression <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Expression</em>' attribute.
	 * @see #getLabelExpression()
	 * @generated
	 */
	void setLabelExpression(String value);

	/**
	 * Returns the value of the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.ConditionalStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tried in order: the first whose predicate is true lays its set attributes over the style.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conditional Styles</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDiagramElementMapping_ConditionalStyles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConditionalStyle> getConditionalStyles();

} // DiagramElementMapping
