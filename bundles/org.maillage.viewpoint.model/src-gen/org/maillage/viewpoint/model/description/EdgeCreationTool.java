/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Creation Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Links two semantic elements. Relation-based mapping: adds the target to the reference feature of the source. Element-based: creates an element of the mapping domain class in the container feature and sets its source and target features.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.EdgeCreationTool#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.EdgeCreationTool#getReferenceFeature <em>Reference Feature</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.EdgeCreationTool#getContainerExpression <em>Container Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.EdgeCreationTool#getContainmentFeature <em>Containment Feature</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.EdgeCreationTool#getSourceFeature <em>Source Feature</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.EdgeCreationTool#getTargetFeature <em>Target Feature</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getEdgeCreationTool()
 * @model
 * @generated
 */
public interface EdgeCreationTool extends Tool
{
	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mapping</em>' reference.
	 * @see #setMapping(EdgeMapping)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getEdgeCreationTool_Mapping()
	 * @model
	 * @generated
	 */
	EdgeMapping getMapping();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.EdgeCreationTool#getMapping <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' reference.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(EdgeMapping value);

	/**
	 * Returns the value of the '<em><b>Reference Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relation-based: the reference of the source element that receives the target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference Feature</em>' attribute.
	 * @see #setReferenceFeature(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getEdgeCreationTool_ReferenceFeature()
	 * @model
	 * @generated
	 */
	String getReferenceFeature();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.EdgeCreationTool#getReferenceFeature <em>Reference Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Feature</em>' attribute.
	 * @see #getReferenceFeature()
	 * @generated
	 */
	void setReferenceFeature(String value);

	/**
	 * Returns the value of the '<em><b>Container Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Element-based: the element that receives the new edge element, self = the diagram target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Container Expression</em>' attribute.
	 * @see #setContainerExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getEdgeCreationTool_ContainerExpression()
	 * @model
	 * @generated
	 */
	String getContainerExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.EdgeCreationTool#getContainerExpression <em>Container Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container Expression</em>' attribute.
	 * @see #getContainerExpression()
	 * @generated
	 */
	void setContainerExpression(String value);

	/**
	 * Returns the value of the '<em><b>Containment Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Element-based: its containment reference.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Containment Feature</em>' attribute.
	 * @see #setContainmentFeature(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getEdgeCreationTool_ContainmentFeature()
	 * @model
	 * @generated
	 */
	String getContainmentFeature();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.EdgeCreationTool#getContainmentFeature <em>Containment Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Containment Feature</em>' attribute.
	 * @see #getContainmentFeature()
	 * @generated
	 */
	void setContainmentFeature(String value);

	/**
	 * Returns the value of the '<em><b>Source Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Element-based: feature of the new element set to the source element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Feature</em>' attribute.
	 * @see #setSourceFeature(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getEdgeCreationTool_SourceFeature()
	 * @model
	 * @generated
	 */
	String getSourceFeature();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.EdgeCreationTool#getSourceFeature <em>Source Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Feature</em>' attribute.
	 * @see #getSourceFeature()
	 * @generated
	 */
	void setSourceFeature(String value);

	/**
	 * Returns the value of the '<em><b>Target Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Element-based: feature of the new element set to the target element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Feature</em>' attribute.
	 * @see #setTargetFeature(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getEdgeCreationTool_TargetFeature()
	 * @model
	 * @generated
	 */
	String getTargetFeature();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.EdgeCreationTool#getTargetFeature <em>Target Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Feature</em>' attribute.
	 * @see #getTargetFeature()
	 * @generated
	 */
	void setTargetFeature(String value);

} // EdgeCreationTool
