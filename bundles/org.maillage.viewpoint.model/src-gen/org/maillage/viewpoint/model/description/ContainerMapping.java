/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Shows each semantic candidate as a box holding other boxes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.ContainerMapping#getSubNodeMappings <em>Sub Node Mappings</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.ContainerMapping#getSubContainerMappings <em>Sub Container Mappings</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getContainerMapping()
 * @model
 * @generated
 */
public interface ContainerMapping extends AbstractNodeMapping
{
	/**
	 * Returns the value of the '<em><b>Sub Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Children; their candidates are evaluated with self = the container element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Node Mappings</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getContainerMapping_SubNodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getSubNodeMappings();

	/**
	 * Returns the value of the '<em><b>Sub Container Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.ContainerMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Container Mappings</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getContainerMapping_SubContainerMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContainerMapping> getSubContainerMappings();

} // ContainerMapping
