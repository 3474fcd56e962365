/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Table Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An edition table (Sirius): one line per candidate of its line mappings, one column per feature column; computed on demand, never saved.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.TableDescription#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.TableDescription#getPreconditionExpression <em>Precondition Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.TableDescription#getTitleExpression <em>Title Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.TableDescription#getLineMappings <em>Line Mappings</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.TableDescription#getFeatureColumns <em>Feature Columns</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getTableDescription()
 * @model
 * @generated
 */
public interface TableDescription extends IdentifiedElement
{
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EClass of the element the table is made for, e.g. ModeleMaillage (simple or package-qualified name); refused at load when no such class exists.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getTableDescription_DomainClass()
	 * @model
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.TableDescription#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Precondition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional: the table applies only when this is true on the element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Precondition Expression</em>' attribute.
	 * @see #setPreconditionExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getTableDescription_PreconditionExpression()
	 * @model
	 * @generated
	 */
	String getPreconditionExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.TableDescription#getPreconditionExpression <em>Precondition Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precondition Expression</em>' attribute.
	 * @see #getPreconditionExpression()
	 * @generated
	 */
	void setPreconditionExpression(String value);

	/**
	 * Returns the value of the '<em><b>Title Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title of the table (an expression, self = the element); the label if empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title Expression</em>' attribute.
	 * @see #setTitleExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getTableDescription_TitleExpression()
	 * @model
	 * @generated
	 */
	String getTitleExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.TableDescription#getTitleExpression <em>Title Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title Expression</em>' attribute.
	 * @see #getTitleExpression()
	 * @generated
	 */
	void setTitleExpression(String value);

	/**
	 * Returns the value of the '<em><b>Line Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.LineMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lines, in order: the candidates of each mapping, then of the next.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line Mappings</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getTableDescription_LineMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<LineMapping> getLineMappings();

	/**
	 * Returns the value of the '<em><b>Feature Columns</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.FeatureColumn}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Columns showing a feature or an expression of each line element, before the element columns of a cross table.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feature Columns</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getTableDescription_FeatureColumns()
	 * @model containment="true"
	 * @generated
	 */
	EList<FeatureColumn> getFeatureColumns();

} // TableDescription
