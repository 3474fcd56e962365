/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;

import org.eclipse.emf.ecore.EObject;

import org.maillage.viewpoint.model.diagram.Style;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conditional Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A style used when a predicate holds on the semantic element.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.ConditionalStyle#getPredicateExpression <em>Predicate Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.ConditionalStyle#getStyle <em>Style</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.ConditionalStyle#getLabel <em>Label</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getConditionalStyle()
 * @model
 * @generated
 */
public interface ConditionalStyle extends EObject
{
	/**
	 * Returns the value of the '<em><b>Predicate Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boolean expression, self = the element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Predicate Expression</em>' attribute.
	 * @see #setPredicateExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getConditionalStyle_PredicateExpression()
	 * @model
	 * @generated
	 */
	String getPredicateExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.ConditionalStyle#getPredicateExpression <em>Predicate Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Predicate Expression</em>' attribute.
	 * @see #getPredicateExpression()
	 * @generated
	 */
	void setPredicateExpression(String value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Attributes set here override the base style; unset ones keep it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(Style)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getConditionalStyle_Style()
	 * @model containment="true"
	 * @generated
	 */
	Style getStyle();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.ConditionalStyle#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(Style value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the legend says this look means, e.g. "Chantier en retard"; optional: without it the legend derives a text from the mapping's label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getConditionalStyle_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.ConditionalStyle#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

} // ConditionalStyle
