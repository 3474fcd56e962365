/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Filter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Hides elements when the user switches it on.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.Filter#isActiveByDefault <em>Active By Default</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.Filter#getConditionExpression <em>Condition Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.Filter#getMappings <em>Mappings</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getFilter()
 * @model
 * @generated
 */
public interface Filter extends IdentifiedElement
{
	/**
	 * Returns the value of the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active By Default</em>' attribute.
	 * @see #setActiveByDefault(boolean)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getFilter_ActiveByDefault()
	 * @model
	 * @generated
	 */
	boolean isActiveByDefault();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.Filter#isActiveByDefault <em>Active By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active By Default</em>' attribute.
	 * @see #isActiveByDefault()
	 * @generated
	 */
	void setActiveByDefault(boolean value);

	/**
	 * Returns the value of the '<em><b>Condition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Elements for which this is true are hidden (self = the element).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition Expression</em>' attribute.
	 * @see #setConditionExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getFilter_ConditionExpression()
	 * @model
	 * @generated
	 */
	String getConditionExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.Filter#getConditionExpression <em>Condition Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition Expression</em>' attribute.
	 * @see #getConditionExpression()
	 * @generated
	 */
	void setConditionExpression(String value);

	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.DiagramElementMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mappings the filter applies to; all when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mappings</em>' reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getFilter_Mappings()
	 * @model
	 * @generated
	 */
	EList<DiagramElementMapping> getMappings();

} // Filter
