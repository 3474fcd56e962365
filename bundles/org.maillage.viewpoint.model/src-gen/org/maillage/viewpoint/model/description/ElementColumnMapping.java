/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element Column Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One column of a cross table per semantic candidate (an element or a value such as a year).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.ElementColumnMapping#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.ElementColumnMapping#getSemanticCandidatesExpression <em>Semantic Candidates Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.ElementColumnMapping#getHeaderLabelExpression <em>Header Label Expression</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getElementColumnMapping()
 * @model
 * @generated
 */
public interface ElementColumnMapping extends IdentifiedElement
{
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional: EClass of the column elements; candidates of another class are skipped; refused at load when no such class exists. Empty: any value (e.g. years).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getElementColumnMapping_DomainClass()
	 * @model
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.ElementColumnMapping#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Semantic Candidates Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Column elements, self = root = the table element; default every element of the domain class.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Semantic Candidates Expression</em>' attribute.
	 * @see #setSemanticCandidatesExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getElementColumnMapping_SemanticCandidatesExpression()
	 * @model
	 * @generated
	 */
	String getSemanticCandidatesExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.ElementColumnMapping#getSemanticCandidatesExpression <em>Semantic Candidates Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic Candidates Expression</em>' attribute.
	 * @see #getSemanticCandidatesExpression()
	 * @generated
	 */
	void setSemanticCandidatesExpression(String value);

	/**
	 * Returns the value of the '<em><b>Header Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Header of the column, self = the column element; default self.nom (or the value itself).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Header Label Expression</em>' attribute.
	 * @see #setHeaderLabelExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getElementColumnMapping_HeaderLabelExpression()
	 * @model
	 * @generated
	 */
	String getHeaderLabelExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.ElementColumnMapping#getHeaderLabelExpression <em>Header Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Header Label Expression</em>' attribute.
	 * @see #getHeaderLabelExpression()
	 * @generated
	 */
	void setHeaderLabelExpression(String value);

} // ElementColumnMapping
