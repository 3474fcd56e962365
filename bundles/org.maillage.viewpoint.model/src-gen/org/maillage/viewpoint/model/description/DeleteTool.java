/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Delete Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Deletes the semantic element of a node or edge (element-based), or unsets the reference of a relation-based edge.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.DeleteTool#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.DeleteTool#getReferenceFeature <em>Reference Feature</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDeleteTool()
 * @model
 * @generated
 */
public interface DeleteTool extends Tool
{
	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.DiagramElementMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mappings the tool applies to; all when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mappings</em>' reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDeleteTool_Mappings()
	 * @model
	 * @generated
	 */
	EList<DiagramElementMapping> getMappings();

	/**
	 * Returns the value of the '<em><b>Reference Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relation-based edges: the reference of the source element the target is removed from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference Feature</em>' attribute.
	 * @see #setReferenceFeature(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDeleteTool_ReferenceFeature()
	 * @model
	 * @generated
	 */
	String getReferenceFeature();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.DeleteTool#getReferenceFeature <em>Reference Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Feature</em>' attribute.
	 * @see #getReferenceFeature()
	 * @generated
	 */
	void setReferenceFeature(String value);

} // DeleteTool
