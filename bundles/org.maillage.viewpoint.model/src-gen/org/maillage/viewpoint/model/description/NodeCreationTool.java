/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Creation Tool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Creates a semantic element that the mapping will show.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.NodeCreationTool#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.NodeCreationTool#getContainerExpression <em>Container Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.NodeCreationTool#getContainmentFeature <em>Containment Feature</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.NodeCreationTool#getInitialLabel <em>Initial Label</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.NodeCreationTool#getLabelFeature <em>Label Feature</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getNodeCreationTool()
 * @model
 * @generated
 */
public interface NodeCreationTool extends Tool
{
	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mapping that shows the new element; its domain class is the class created.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mapping</em>' reference.
	 * @see #setMapping(AbstractNodeMapping)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getNodeCreationTool_Mapping()
	 * @model
	 * @generated
	 */
	AbstractNodeMapping getMapping();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.NodeCreationTool#getMapping <em>Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' reference.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(AbstractNodeMapping value);

	/**
	 * Returns the value of the '<em><b>Container Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Semantic element that receives the new one, self = the diagram target (or the container element when the node is dropped in a container); default self.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Container Expression</em>' attribute.
	 * @see #setContainerExpression(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getNodeCreationTool_ContainerExpression()
	 * @model
	 * @generated
	 */
	String getContainerExpression();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.NodeCreationTool#getContainerExpression <em>Container Expression</em>}' attribute.
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
	 * Containment reference of the container that receives the new element, e.g. dispositifs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Containment Feature</em>' attribute.
	 * @see #setContainmentFeature(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getNodeCreationTool_ContainmentFeature()
	 * @model
	 * @generated
	 */
	String getContainmentFeature();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.NodeCreationTool#getContainmentFeature <em>Containment Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Containment Feature</em>' attribute.
	 * @see #getContainmentFeature()
	 * @generated
	 */
	void setContainmentFeature(String value);

	/**
	 * Returns the value of the '<em><b>Initial Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Value given to the label feature of the new element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initial Label</em>' attribute.
	 * @see #setInitialLabel(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getNodeCreationTool_InitialLabel()
	 * @model
	 * @generated
	 */
	String getInitialLabel();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.NodeCreationTool#getInitialLabel <em>Initial Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial Label</em>' attribute.
	 * @see #getInitialLabel()
	 * @generated
	 */
	void setInitialLabel(String value);

	/**
	 * Returns the value of the '<em><b>Label Feature</b></em>' attribute.
	 * The default value is <code>"nom"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Feature</em>' attribute.
	 * @see #setLabelFeature(String)
	 * @see org.maillage.viewpoint.model.description.DescriptionPackage#getNodeCreationTool_LabelFeature()
	 * @model default="nom"
	 * @generated
	 */
	String getLabelFeature();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.description.NodeCreationTool#getLabelFeature <em>Label Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Feature</em>' attribute.
	 * @see #getLabelFeature()
	 * @generated
	 */
	void setLabelFeature(String value);

} // NodeCreationTool
