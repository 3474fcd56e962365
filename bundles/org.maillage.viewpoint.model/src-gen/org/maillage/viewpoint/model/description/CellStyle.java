/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cell Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A look for cells when a predicate holds; the first matching style of a list is used whole.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.CellStyle#getPredicateExpression <em>Predicate Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.CellStyle#getBackgroundColor <em>Background Color</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.CellStyle#getForegroundColor <em>Foreground Color</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.CellStyle#isBold <em>Bold</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getCellStyle()
 * @model
 * @generated
 */
public interface CellStyle extends EObject
{
	/**
	 * Returns the value of the '<em><b>Predicate Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boolean expression (same variables as the cell); always true when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predicate Expression</em>' attribute.
	 * @see #setPredicateExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getCellStyle_PredicateExpression()
	 * @model
	 * @generated
	 */
	String getPredicateExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.CellStyle#getPredicateExpression <em>Predicate Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predicate Expression</em>' attribute.
	 * @see #getPredicateExpression()
	 * @generated
	 */
	void setPredicateExpression(String value);

	/**
	 * Returns the value of the '<em><b>Background Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * #RRGGBB, or empty for the default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Background Color</em>' attribute.
	 * @see #setBackgroundColor(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getCellStyle_BackgroundColor()
	 * @model
	 * @generated
	 */
	String getBackgroundColor();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.CellStyle#getBackgroundColor <em>Background Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Background Color</em>' attribute.
	 * @see #getBackgroundColor()
	 * @generated
	 */
	void setBackgroundColor(String value);

	/**
	 * Returns the value of the '<em><b>Foreground Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * #RRGGBB text colour, or empty for the default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Foreground Color</em>' attribute.
	 * @see #setForegroundColor(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getCellStyle_ForegroundColor()
	 * @model
	 * @generated
	 */
	String getForegroundColor();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.CellStyle#getForegroundColor <em>Foreground Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Foreground Color</em>' attribute.
	 * @see #getForegroundColor()
	 * @generated
	 */
	void setForegroundColor(String value);

	/**
	 * Returns the value of the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the text is bold.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bold</em>' attribute.
	 * @see #setBold(boolean)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getCellStyle_Bold()
	 * @model
	 * @generated
	 */
	boolean isBold();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.CellStyle#isBold <em>Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bold</em>' attribute.
	 * @see #isBold()
	 * @generated
	 */
	void setBold(boolean value);

} // CellStyle
