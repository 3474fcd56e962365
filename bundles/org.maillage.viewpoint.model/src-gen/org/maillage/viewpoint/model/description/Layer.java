/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of mappings the user can switch on and off (except the default layer).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.Layer#isActiveByDefault <em>Active By Default</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.Layer#getNodeMappings <em>Node Mappings</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.Layer#getContainerMappings <em>Container Mappings</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.Layer#getEdgeMappings <em>Edge Mappings</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getLayer()
 * @model
 * @generated
 */
public interface Layer extends IdentifiedElement
{
	/**
	 * Returns the value of the '<em><b>Active By Default</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether an optional layer is on in a new diagram.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Active By Default</em>' attribute.
	 * @see #setActiveByDefault(boolean)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getLayer_ActiveByDefault()
	 * @model default="true"
	 * @generated
	 */
	boolean isActiveByDefault();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.Layer#isActiveByDefault <em>Active By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active By Default</em>' attribute.
	 * @see #isActiveByDefault()
	 * @generated
	 */
	void setActiveByDefault(boolean value);

	/**
	 * Returns the value of the '<em><b>Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Mappings</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getLayer_NodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getNodeMappings();

	/**
	 * Returns the value of the '<em><b>Container Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.ContainerMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container Mappings</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getLayer_ContainerMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContainerMapping> getContainerMappings();

	/**
	 * Returns the value of the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.EdgeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edge Mappings</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getLayer_EdgeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<EdgeMapping> getEdgeMappings();

} // Layer
