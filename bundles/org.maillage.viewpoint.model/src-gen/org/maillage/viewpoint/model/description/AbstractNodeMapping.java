/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;

import org.eclipse.emf.common.util.EList;

import org.maillage.viewpoint.model.diagram.NodeStyle;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Abstract Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Node or container mapping.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.AbstractNodeMapping#getStyle <em>Style</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.AbstractNodeMapping#getParentMappings <em>Parent Mappings</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.AbstractNodeMapping#getNavigationDescriptions <em>Navigation Descriptions</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getAbstractNodeMapping()
 * @model abstract="true"
 * @generated
 */
public interface AbstractNodeMapping extends DiagramElementMapping
{
	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(NodeStyle)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getAbstractNodeMapping_Style()
	 * @model containment="true"
	 * @generated
	 */
	NodeStyle getStyle();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.AbstractNodeMapping#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(NodeStyle value);

	/**
	 * Returns the value of the '<em><b>Parent Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.ContainerMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When set, this mapping adds children to the nodes of these container mappings (its candidates are evaluated with self = the container element) instead of top-level nodes; it can sit in an optional layer, so that a layer adds content inside containers of another layer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent Mappings</em>' reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getAbstractNodeMapping_ParentMappings()
	 * @model
	 * @generated
	 */
	EList<ContainerMapping> getParentMappings();

	/**
	 * Returns the value of the '<em><b>Navigation Descriptions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Navigation (Sirius's navigation tool): qualified ids (viewpointId/diagramId) of the diagram descriptions a double-click on a node of this mapping opens for its element, creating the diagram if absent; only those that apply to the element are offered. Ids, not references, so that a description may name one of another .viewpoint file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Navigation Descriptions</em>' attribute list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getAbstractNodeMapping_NavigationDescriptions()
	 * @model
	 * @generated
	 */
	EList<String> getNavigationDescriptions();

} // AbstractNodeMapping
