/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Intersection Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How the cell of a line and a column of a cross table is computed and edited.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.IntersectionMapping#getLineMapping <em>Line Mapping</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.IntersectionMapping#getColumnMapping <em>Column Mapping</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.IntersectionMapping#getLabelExpression <em>Label Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.IntersectionMapping#getCellStyles <em>Cell Styles</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.IntersectionMapping#getEditFeature <em>Edit Feature</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.IntersectionMapping#getEditOwner <em>Edit Owner</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getIntersectionMapping()
 * @model
 * @generated
 */
public interface IntersectionMapping extends IdentifiedElement
{
	/**
	 * Returns the value of the '<em><b>Line Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lines this intersection applies to; all when unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line Mapping</em>' reference.
	 * @see #setLineMapping(LineMapping)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getIntersectionMapping_LineMapping()
	 * @model
	 * @generated
	 */
	LineMapping getLineMapping();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.IntersectionMapping#getLineMapping <em>Line Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Mapping</em>' reference.
	 * @see #getLineMapping()
	 * @generated
	 */
	void setLineMapping(LineMapping value);

	/**
	 * Returns the value of the '<em><b>Column Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Columns this intersection applies to; all when unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Column Mapping</em>' reference.
	 * @see #setColumnMapping(ElementColumnMapping)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getIntersectionMapping_ColumnMapping()
	 * @model
	 * @generated
	 */
	ElementColumnMapping getColumnMapping();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.IntersectionMapping#getColumnMapping <em>Column Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column Mapping</em>' reference.
	 * @see #getColumnMapping()
	 * @generated
	 */
	void setColumnMapping(ElementColumnMapping value);

	/**
	 * Returns the value of the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Text of the cell, with the variables line, column, self (= line) and root; empty or null gives an empty cell.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Expression</em>' attribute.
	 * @see #setLabelExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getIntersectionMapping_LabelExpression()
	 * @model
	 * @generated
	 */
	String getLabelExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.IntersectionMapping#getLabelExpression <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Expression</em>' attribute.
	 * @see #getLabelExpression()
	 * @generated
	 */
	void setLabelExpression(String value);

	/**
	 * Returns the value of the '<em><b>Cell Styles</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.CellStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Style of the cell: the first whose predicate holds (variables line, column, self, root).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cell Styles</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getIntersectionMapping_CellStyles()
	 * @model containment="true"
	 * @generated
	 */
	EList<CellStyle> getCellStyles();

	/**
	 * Returns the value of the '<em><b>Edit Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional: a many-valued reference; editing the cell adds the other element to it or removes it (membership toggle), on the roadmap command stack.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edit Feature</em>' attribute.
	 * @see #setEditFeature(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getIntersectionMapping_EditFeature()
	 * @model
	 * @generated
	 */
	String getEditFeature();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.IntersectionMapping#getEditFeature <em>Edit Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edit Feature</em>' attribute.
	 * @see #getEditFeature()
	 * @generated
	 */
	void setEditFeature(String value);

	/**
	 * Returns the value of the '<em><b>Edit Owner</b></em>' attribute.
	 * The literals are from the enumeration {@link org.maillage.viewpoint.model.description.EditOwner}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which element owns editFeature: the line element (the column is added or removed) or the column element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Edit Owner</em>' attribute.
	 * @see org.maillage.viewpoint.model.description.EditOwner
	 * @see #setEditOwner(EditOwner)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getIntersectionMapping_EditOwner()
	 * @model
	 * @generated
	 */
	EditOwner getEditOwner();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.IntersectionMapping#getEditOwner <em>Edit Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Edit Owner</em>' attribute.
	 * @see org.maillage.viewpoint.model.description.EditOwner
	 * @see #getEditOwner()
	 * @generated
	 */
	void setEditOwner(EditOwner value);

} // IntersectionMapping
