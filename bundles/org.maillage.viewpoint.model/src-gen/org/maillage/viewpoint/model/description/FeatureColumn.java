/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Feature Column</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A column of an edition table showing one feature (or an expression) of each line element.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.FeatureColumn#getFeatureName <em>Feature Name</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.FeatureColumn#getLabelExpression <em>Label Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.FeatureColumn#isEditable <em>Editable</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.FeatureColumn#getCellStyles <em>Cell Styles</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getFeatureColumn()
 * @model
 * @generated
 */
public interface FeatureColumn extends IdentifiedElement
{
	/**
	 * Returns the value of the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Feature of the line element shown and, when editable, set by an edit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feature Name</em>' attribute.
	 * @see #setFeatureName(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getFeatureColumn_FeatureName()
	 * @model
	 * @generated
	 */
	String getFeatureName();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.FeatureColumn#getFeatureName <em>Feature Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature Name</em>' attribute.
	 * @see #getFeatureName()
	 * @generated
	 */
	void setFeatureName(String value);

	/**
	 * Returns the value of the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional: the text of the cell, self = the line element; default the feature value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Expression</em>' attribute.
	 * @see #setLabelExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getFeatureColumn_LabelExpression()
	 * @model
	 * @generated
	 */
	String getLabelExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.FeatureColumn#getLabelExpression <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Expression</em>' attribute.
	 * @see #getLabelExpression()
	 * @generated
	 */
	void setLabelExpression(String value);

	/**
	 * Returns the value of the '<em><b>Editable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a cell can be edited: sets featureName (a single-valued attribute) through the roadmap command stack.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Editable</em>' attribute.
	 * @see #setEditable(boolean)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getFeatureColumn_Editable()
	 * @model
	 * @generated
	 */
	boolean isEditable();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.FeatureColumn#isEditable <em>Editable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Editable</em>' attribute.
	 * @see #isEditable()
	 * @generated
	 */
	void setEditable(boolean value);

	/**
	 * Returns the value of the '<em><b>Cell Styles</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.CellStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Style of the cells: the first whose predicate holds (self = the line element).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cell Styles</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getFeatureColumn_CellStyles()
	 * @model containment="true"
	 * @generated
	 */
	EList<CellStyle> getCellStyles();

} // FeatureColumn
