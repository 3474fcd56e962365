/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Line Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One line per semantic candidate; sub-lines follow their parent line.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.LineMapping#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.LineMapping#getSemanticCandidatesExpression <em>Semantic Candidates Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.LineMapping#getLabelExpression <em>Label Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.LineMapping#getSubLineMappings <em>Sub Line Mappings</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.LineMapping#getCellStyles <em>Cell Styles</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getLineMapping()
 * @model
 * @generated
 */
public interface LineMapping extends IdentifiedElement
{
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EClass of the line elements (simple or package-qualified name); candidates of another class are skipped; refused at load when no such class exists.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getLineMapping_DomainClass()
	 * @model
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.LineMapping#getDomainClass <em>Domain Class</em>}' attribute.
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
	 * Line elements, self = the table element (or the parent line element for sub-lines); default every element of the domain class under self.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Semantic Candidates Expression</em>' attribute.
	 * @see #setSemanticCandidatesExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getLineMapping_SemanticCandidatesExpression()
	 * @model
	 * @generated
	 */
	String getSemanticCandidatesExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.LineMapping#getSemanticCandidatesExpression <em>Semantic Candidates Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic Candidates Expression</em>' attribute.
	 * @see #getSemanticCandidatesExpression()
	 * @generated
	 */
	void setSemanticCandidatesExpression(String value);

	/**
	 * Returns the value of the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Header of the line, self = the line element; default self.nom.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Expression</em>' attribute.
	 * @see #setLabelExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getLineMapping_LabelExpression()
	 * @model
	 * @generated
	 */
	String getLabelExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.LineMapping#getLabelExpression <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Expression</em>' attribute.
	 * @see #getLabelExpression()
	 * @generated
	 */
	void setLabelExpression(String value);

	/**
	 * Returns the value of the '<em><b>Sub Line Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.LineMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lines shown under each line of this mapping.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sub Line Mappings</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getLineMapping_SubLineMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<LineMapping> getSubLineMappings();

	/**
	 * Returns the value of the '<em><b>Cell Styles</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.description.CellStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Style of the line header: the first whose predicate holds (self = the line element).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cell Styles</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getLineMapping_CellStyles()
	 * @model containment="true"
	 * @generated
	 */
	EList<CellStyle> getCellStyles();

} // LineMapping
