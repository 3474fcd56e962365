/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Direct Edit Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Changes a feature of the semantic element by editing the label in place.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.DirectEditTool#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.DirectEditTool#getFeature <em>Feature</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDirectEditTool()
 * @model
 * @generated
 */
public interface DirectEditTool extends Tool
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
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDirectEditTool_Mappings()
	 * @model
	 * @generated
	 */
	EList<DiagramElementMapping> getMappings();

	/**
	 * Returns the value of the '<em><b>Feature</b></em>' attribute.
	 * The default value is <code>"nom"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The string attribute that receives the new text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feature</em>' attribute.
	 * @see #setFeature(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getDirectEditTool_Feature()
	 * @model default="nom"
	 * @generated
	 */
	String getFeature();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.DirectEditTool#getFeature <em>Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature</em>' attribute.
	 * @see #getFeature()
	 * @generated
	 */
	void setFeature(String value);

} // DirectEditTool
