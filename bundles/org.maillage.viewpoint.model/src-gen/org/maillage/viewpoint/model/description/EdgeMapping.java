/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;

import org.eclipse.emf.common.util.EList;

import org.maillage.viewpoint.model.diagram.EdgeStyle;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A line. Relation-based (no domain class): one edge from each source node to each element of targetExpression evaluated on its element. Element-based (domain class set): one edge per candidate, from sourceExpression to targetExpression evaluated on it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.EdgeMapping#getSourceMappings <em>Source Mappings</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.EdgeMapping#getTargetMappings <em>Target Mappings</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.EdgeMapping#getSourceExpression <em>Source Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.EdgeMapping#getTargetExpression <em>Target Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.EdgeMapping#getStyle <em>Style</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getEdgeMapping()
 * @model
 * @generated
 */
public interface EdgeMapping extends DiagramElementMapping
{
	/**
	 * Returns the value of the '<em><b>Source Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mappings whose nodes may be the source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Mappings</em>' reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getEdgeMapping_SourceMappings()
	 * @model
	 * @generated
	 */
	EList<AbstractNodeMapping> getSourceMappings();

	/**
	 * Returns the value of the '<em><b>Target Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mappings whose nodes may be the target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Mappings</em>' reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getEdgeMapping_TargetMappings()
	 * @model
	 * @generated
	 */
	EList<AbstractNodeMapping> getTargetMappings();

	/**
	 * Returns the value of the '<em><b>Source Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Element-based only: the source semantic element(s) of the edge element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Expression</em>' attribute.
	 * @see #setSourceExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getEdgeMapping_SourceExpression()
	 * @model
	 * @generated
	 */
	String getSourceExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.EdgeMapping#getSourceExpression <em>Source Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Expression</em>' attribute.
	 * @see #getSourceExpression()
	 * @generated
	 */
	void setSourceExpression(String value);

	/**
	 * Returns the value of the '<em><b>Target Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target semantic element(s): of the source element (relation-based) or of the edge element (element-based).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Expression</em>' attribute.
	 * @see #setTargetExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getEdgeMapping_TargetExpression()
	 * @model
	 * @generated
	 */
	String getTargetExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.EdgeMapping#getTargetExpression <em>Target Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Expression</em>' attribute.
	 * @see #getTargetExpression()
	 * @generated
	 */
	void setTargetExpression(String value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(EdgeStyle)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getEdgeMapping_Style()
	 * @model containment="true"
	 * @generated
	 */
	EdgeStyle getStyle();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.EdgeMapping#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(EdgeStyle value);

} // EdgeMapping
