/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Description: how diagrams of a roadmap are drawn, written by a modeller in .viewpoint files (XMI) and interpreted at runtime; no Java per diagram type.
 * <!-- end-model-doc -->
 * @see org.maillage.viewpoint.model.description.DescriptionFactory
 * @model kind="package"
 * @generated
 */
public interface DescriptionPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "description";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://maillage.org/viewpoint/1.0/description";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "vpdescription";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DescriptionPackage eINSTANCE = org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.ViewpointImpl <em>Viewpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.ViewpointImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getViewpoint()
	 * @generated
	 */
	int VIEWPOINT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__DOCUMENTATION = 2;

	/**
	 * The feature id for the '<em><b>Diagrams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__DIAGRAMS = 3;

	/**
	 * The feature id for the '<em><b>Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT__TABLES = 4;

	/**
	 * The number of structural features of the '<em>Viewpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Viewpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIEWPOINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.IdentifiedElementImpl <em>Identified Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.IdentifiedElementImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getIdentifiedElement()
	 * @generated
	 */
	int IDENTIFIED_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT__DOCUMENTATION = 2;

	/**
	 * The number of structural features of the '<em>Identified Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Identified Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.DiagramDescriptionImpl <em>Diagram Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.DiagramDescriptionImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getDiagramDescription()
	 * @generated
	 */
	int DIAGRAM_DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DOMAIN_CLASS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Precondition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__PRECONDITION_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__TITLE_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DIRECTION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Node Spacing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__NODE_SPACING = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Layer Spacing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LAYER_SPACING = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LAYERS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__FILTERS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Tools</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__TOOLS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Diagram Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Diagram Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.LayerImpl <em>Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.LayerImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getLayer()
	 * @generated
	 */
	int LAYER = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__ACTIVE_BY_DEFAULT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__NODE_MAPPINGS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Container Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__CONTAINER_MAPPINGS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__EDGE_MAPPINGS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.DiagramElementMappingImpl <em>Diagram Element Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.DiagramElementMappingImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getDiagramElementMapping()
	 * @generated
	 */
	int DIAGRAM_ELEMENT_MAPPING = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Semantic Candidates Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Precondition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__PRECONDITION_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__CONDITIONAL_STYLES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Diagram Element Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Diagram Element Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.AbstractNodeMappingImpl <em>Abstract Node Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.AbstractNodeMappingImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getAbstractNodeMapping()
	 * @generated
	 */
	int ABSTRACT_NODE_MAPPING = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__ID = DIAGRAM_ELEMENT_MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__LABEL = DIAGRAM_ELEMENT_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__DOCUMENTATION = DIAGRAM_ELEMENT_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__DOMAIN_CLASS = DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION = DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Precondition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__PRECONDITION_EXPRESSION = DIAGRAM_ELEMENT_MAPPING__PRECONDITION_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION = DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES = DIAGRAM_ELEMENT_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__STYLE = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Parent Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__PARENT_MAPPINGS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Navigation Descriptions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__NAVIGATION_DESCRIPTIONS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Abstract Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING_FEATURE_COUNT = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Abstract Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING_OPERATION_COUNT = DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.NodeMappingImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getNodeMapping()
	 * @generated
	 */
	int NODE_MAPPING = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__ID = ABSTRACT_NODE_MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL = ABSTRACT_NODE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DOCUMENTATION = ABSTRACT_NODE_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DOMAIN_CLASS = ABSTRACT_NODE_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION = ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Precondition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__PRECONDITION_EXPRESSION = ABSTRACT_NODE_MAPPING__PRECONDITION_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL_EXPRESSION = ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__CONDITIONAL_STYLES = ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__STYLE = ABSTRACT_NODE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Parent Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__PARENT_MAPPINGS = ABSTRACT_NODE_MAPPING__PARENT_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Navigation Descriptions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__NAVIGATION_DESCRIPTIONS = ABSTRACT_NODE_MAPPING__NAVIGATION_DESCRIPTIONS;

	/**
	 * The number of structural features of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_FEATURE_COUNT = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_OPERATION_COUNT = ABSTRACT_NODE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.ContainerMappingImpl <em>Container Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.ContainerMappingImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getContainerMapping()
	 * @generated
	 */
	int CONTAINER_MAPPING = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__ID = ABSTRACT_NODE_MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__LABEL = ABSTRACT_NODE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__DOCUMENTATION = ABSTRACT_NODE_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__DOMAIN_CLASS = ABSTRACT_NODE_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION = ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Precondition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__PRECONDITION_EXPRESSION = ABSTRACT_NODE_MAPPING__PRECONDITION_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__LABEL_EXPRESSION = ABSTRACT_NODE_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__CONDITIONAL_STYLES = ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__STYLE = ABSTRACT_NODE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Parent Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__PARENT_MAPPINGS = ABSTRACT_NODE_MAPPING__PARENT_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Navigation Descriptions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__NAVIGATION_DESCRIPTIONS = ABSTRACT_NODE_MAPPING__NAVIGATION_DESCRIPTIONS;

	/**
	 * The feature id for the '<em><b>Sub Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SUB_NODE_MAPPINGS = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sub Container Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Container Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING_FEATURE_COUNT = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Container Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING_OPERATION_COUNT = ABSTRACT_NODE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.EdgeMappingImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getEdgeMapping()
	 * @generated
	 */
	int EDGE_MAPPING = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__ID = DIAGRAM_ELEMENT_MAPPING__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL = DIAGRAM_ELEMENT_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__DOCUMENTATION = DIAGRAM_ELEMENT_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__DOMAIN_CLASS = DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Semantic Candidates Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION = DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Precondition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__PRECONDITION_EXPRESSION = DIAGRAM_ELEMENT_MAPPING__PRECONDITION_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL_EXPRESSION = DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__CONDITIONAL_STYLES = DIAGRAM_ELEMENT_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Source Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SOURCE_MAPPINGS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__TARGET_MAPPINGS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SOURCE_EXPRESSION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__TARGET_EXPRESSION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__STYLE = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_FEATURE_COUNT = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_OPERATION_COUNT = DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.ConditionalStyleImpl <em>Conditional Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.ConditionalStyleImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getConditionalStyle()
	 * @generated
	 */
	int CONDITIONAL_STYLE = 9;

	/**
	 * The feature id for the '<em><b>Predicate Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE__PREDICATE_EXPRESSION = 0;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE__STYLE = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE__LABEL = 2;

	/**
	 * The number of structural features of the '<em>Conditional Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Conditional Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.FilterImpl <em>Filter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.FilterImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getFilter()
	 * @generated
	 */
	int FILTER = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__ACTIVE_BY_DEFAULT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Condition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__CONDITION_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER__MAPPINGS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.ToolImpl <em>Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.ToolImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getTool()
	 * @generated
	 */
	int TOOL = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL__ICON = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOOL_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.NodeCreationToolImpl <em>Node Creation Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.NodeCreationToolImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getNodeCreationTool()
	 * @generated
	 */
	int NODE_CREATION_TOOL = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__DOCUMENTATION = TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Container Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__CONTAINER_EXPRESSION = TOOL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Containment Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__CONTAINMENT_FEATURE = TOOL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Initial Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__INITIAL_LABEL = TOOL_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Label Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL__LABEL_FEATURE = TOOL_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Node Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Node Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_CREATION_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.EdgeCreationToolImpl <em>Edge Creation Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.EdgeCreationToolImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getEdgeCreationTool()
	 * @generated
	 */
	int EDGE_CREATION_TOOL = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__DOCUMENTATION = TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__MAPPING = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reference Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__REFERENCE_FEATURE = TOOL_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Container Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__CONTAINER_EXPRESSION = TOOL_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Containment Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__CONTAINMENT_FEATURE = TOOL_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__SOURCE_FEATURE = TOOL_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Target Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL__TARGET_FEATURE = TOOL_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Edge Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Edge Creation Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_CREATION_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.DeleteToolImpl <em>Delete Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.DeleteToolImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getDeleteTool()
	 * @generated
	 */
	int DELETE_TOOL = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__DOCUMENTATION = TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reference Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL__REFERENCE_FEATURE = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Delete Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Delete Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETE_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.DirectEditToolImpl <em>Direct Edit Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.DirectEditToolImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getDirectEditTool()
	 * @generated
	 */
	int DIRECT_EDIT_TOOL = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__ID = TOOL__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__LABEL = TOOL__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__DOCUMENTATION = TOOL__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__ICON = TOOL__ICON;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__MAPPINGS = TOOL_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL__FEATURE = TOOL_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Direct Edit Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL_FEATURE_COUNT = TOOL_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Direct Edit Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_EDIT_TOOL_OPERATION_COUNT = TOOL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.TableDescriptionImpl <em>Table Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.TableDescriptionImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getTableDescription()
	 * @generated
	 */
	int TABLE_DESCRIPTION = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__DOMAIN_CLASS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Precondition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__PRECONDITION_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__TITLE_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Line Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__LINE_MAPPINGS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Feature Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION__FEATURE_COLUMNS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Table Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Table Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_DESCRIPTION_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.CrossTableDescriptionImpl <em>Cross Table Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.CrossTableDescriptionImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getCrossTableDescription()
	 * @generated
	 */
	int CROSS_TABLE_DESCRIPTION = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__ID = TABLE_DESCRIPTION__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__LABEL = TABLE_DESCRIPTION__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__DOCUMENTATION = TABLE_DESCRIPTION__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__DOMAIN_CLASS = TABLE_DESCRIPTION__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Precondition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__PRECONDITION_EXPRESSION = TABLE_DESCRIPTION__PRECONDITION_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Title Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__TITLE_EXPRESSION = TABLE_DESCRIPTION__TITLE_EXPRESSION;

	/**
	 * The feature id for the '<em><b>Line Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__LINE_MAPPINGS = TABLE_DESCRIPTION__LINE_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Feature Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__FEATURE_COLUMNS = TABLE_DESCRIPTION__FEATURE_COLUMNS;

	/**
	 * The feature id for the '<em><b>Column Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__COLUMN_MAPPINGS = TABLE_DESCRIPTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Intersections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION__INTERSECTIONS = TABLE_DESCRIPTION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Cross Table Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION_FEATURE_COUNT = TABLE_DESCRIPTION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Cross Table Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_TABLE_DESCRIPTION_OPERATION_COUNT = TABLE_DESCRIPTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.LineMappingImpl <em>Line Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.LineMappingImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getLineMapping()
	 * @generated
	 */
	int LINE_MAPPING = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING__DOMAIN_CLASS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Semantic Candidates Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING__LABEL_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sub Line Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING__SUB_LINE_MAPPINGS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cell Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING__CELL_STYLES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Line Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Line Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_MAPPING_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.FeatureColumnImpl <em>Feature Column</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.FeatureColumnImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getFeatureColumn()
	 * @generated
	 */
	int FEATURE_COLUMN = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN__FEATURE_NAME = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN__LABEL_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Editable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN__EDITABLE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cell Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN__CELL_STYLES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Feature Column</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Feature Column</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_COLUMN_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.ElementColumnMappingImpl <em>Element Column Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.ElementColumnMappingImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getElementColumnMapping()
	 * @generated
	 */
	int ELEMENT_COLUMN_MAPPING = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_COLUMN_MAPPING__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_COLUMN_MAPPING__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_COLUMN_MAPPING__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_COLUMN_MAPPING__DOMAIN_CLASS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Semantic Candidates Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_COLUMN_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Header Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_COLUMN_MAPPING__HEADER_LABEL_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Element Column Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_COLUMN_MAPPING_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Element Column Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_COLUMN_MAPPING_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.IntersectionMappingImpl <em>Intersection Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.IntersectionMappingImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getIntersectionMapping()
	 * @generated
	 */
	int INTERSECTION_MAPPING = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING__ID = IDENTIFIED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Line Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING__LINE_MAPPING = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Column Mapping</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING__COLUMN_MAPPING = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING__LABEL_EXPRESSION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cell Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING__CELL_STYLES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Edit Feature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING__EDIT_FEATURE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Edit Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING__EDIT_OWNER = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Intersection Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Intersection Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERSECTION_MAPPING_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.impl.CellStyleImpl <em>Cell Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.impl.CellStyleImpl
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getCellStyle()
	 * @generated
	 */
	int CELL_STYLE = 22;

	/**
	 * The feature id for the '<em><b>Predicate Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_STYLE__PREDICATE_EXPRESSION = 0;

	/**
	 * The feature id for the '<em><b>Background Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_STYLE__BACKGROUND_COLOR = 1;

	/**
	 * The feature id for the '<em><b>Foreground Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_STYLE__FOREGROUND_COLOR = 2;

	/**
	 * The feature id for the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_STYLE__BOLD = 3;

	/**
	 * The number of structural features of the '<em>Cell Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_STYLE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Cell Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CELL_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.LayoutDirection <em>Layout Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.LayoutDirection
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getLayoutDirection()
	 * @generated
	 */
	int LAYOUT_DIRECTION = 23;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.description.EditOwner <em>Edit Owner</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.description.EditOwner
	 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getEditOwner()
	 * @generated
	 */
	int EDIT_OWNER = 24;


	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.Viewpoint <em>Viewpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Viewpoint</em>'.
	 * @see org.maillage.viewpoint.model.description.Viewpoint
	 * @generated
	 */
	EClass getViewpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.Viewpoint#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.maillage.viewpoint.model.description.Viewpoint#getId()
	 * @see #getViewpoint()
	 * @generated
	 */
	EAttribute getViewpoint_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.Viewpoint#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.maillage.viewpoint.model.description.Viewpoint#getLabel()
	 * @see #getViewpoint()
	 * @generated
	 */
	EAttribute getViewpoint_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.Viewpoint#getDocumentation <em>Documentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Documentation</em>'.
	 * @see org.maillage.viewpoint.model.description.Viewpoint#getDocumentation()
	 * @see #getViewpoint()
	 * @generated
	 */
	EAttribute getViewpoint_Documentation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.description.Viewpoint#getDiagrams <em>Diagrams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diagrams</em>'.
	 * @see org.maillage.viewpoint.model.description.Viewpoint#getDiagrams()
	 * @see #getViewpoint()
	 * @generated
	 */
	EReference getViewpoint_Diagrams();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.description.Viewpoint#getTables <em>Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tables</em>'.
	 * @see org.maillage.viewpoint.model.description.Viewpoint#getTables()
	 * @see #getViewpoint()
	 * @generated
	 */
	EReference getViewpoint_Tables();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.IdentifiedElement <em>Identified Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified Element</em>'.
	 * @see org.maillage.viewpoint.model.description.IdentifiedElement
	 * @generated
	 */
	EClass getIdentifiedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.IdentifiedElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.maillage.viewpoint.model.description.IdentifiedElement#getId()
	 * @see #getIdentifiedElement()
	 * @generated
	 */
	EAttribute getIdentifiedElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.IdentifiedElement#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.maillage.viewpoint.model.description.IdentifiedElement#getLabel()
	 * @see #getIdentifiedElement()
	 * @generated
	 */
	EAttribute getIdentifiedElement_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.IdentifiedElement#getDocumentation <em>Documentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Documentation</em>'.
	 * @see org.maillage.viewpoint.model.description.IdentifiedElement#getDocumentation()
	 * @see #getIdentifiedElement()
	 * @generated
	 */
	EAttribute getIdentifiedElement_Documentation();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.DiagramDescription <em>Diagram Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Description</em>'.
	 * @see org.maillage.viewpoint.model.description.DiagramDescription
	 * @generated
	 */
	EClass getDiagramDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.DiagramDescription#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.maillage.viewpoint.model.description.DiagramDescription#getDomainClass()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.DiagramDescription#getPreconditionExpression <em>Precondition Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.DiagramDescription#getPreconditionExpression()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_PreconditionExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.DiagramDescription#getTitleExpression <em>Title Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.DiagramDescription#getTitleExpression()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_TitleExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.DiagramDescription#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.maillage.viewpoint.model.description.DiagramDescription#getDirection()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.DiagramDescription#getNodeSpacing <em>Node Spacing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node Spacing</em>'.
	 * @see org.maillage.viewpoint.model.description.DiagramDescription#getNodeSpacing()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_NodeSpacing();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.DiagramDescription#getLayerSpacing <em>Layer Spacing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer Spacing</em>'.
	 * @see org.maillage.viewpoint.model.description.DiagramDescription#getLayerSpacing()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_LayerSpacing();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.description.DiagramDescription#getLayers <em>Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layers</em>'.
	 * @see org.maillage.viewpoint.model.description.DiagramDescription#getLayers()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_Layers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.description.DiagramDescription#getFilters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Filters</em>'.
	 * @see org.maillage.viewpoint.model.description.DiagramDescription#getFilters()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_Filters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.description.DiagramDescription#getTools <em>Tools</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tools</em>'.
	 * @see org.maillage.viewpoint.model.description.DiagramDescription#getTools()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_Tools();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer</em>'.
	 * @see org.maillage.viewpoint.model.description.Layer
	 * @generated
	 */
	EClass getLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.Layer#isActiveByDefault <em>Active By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active By Default</em>'.
	 * @see org.maillage.viewpoint.model.description.Layer#isActiveByDefault()
	 * @see #getLayer()
	 * @generated
	 */
	EAttribute getLayer_ActiveByDefault();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.description.Layer#getNodeMappings <em>Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Node Mappings</em>'.
	 * @see org.maillage.viewpoint.model.description.Layer#getNodeMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_NodeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.description.Layer#getContainerMappings <em>Container Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Container Mappings</em>'.
	 * @see org.maillage.viewpoint.model.description.Layer#getContainerMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_ContainerMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.description.Layer#getEdgeMappings <em>Edge Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edge Mappings</em>'.
	 * @see org.maillage.viewpoint.model.description.Layer#getEdgeMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_EdgeMappings();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.DiagramElementMapping <em>Diagram Element Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Element Mapping</em>'.
	 * @see org.maillage.viewpoint.model.description.DiagramElementMapping
	 * @generated
	 */
	EClass getDiagramElementMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.DiagramElementMapping#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.maillage.viewpoint.model.description.DiagramElementMapping#getDomainClass()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.DiagramElementMapping#getSemanticCandidatesExpression <em>Semantic Candidates Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Semantic Candidates Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.DiagramElementMapping#getSemanticCandidatesExpression()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_SemanticCandidatesExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.DiagramElementMapping#getPreconditionExpression <em>Precondition Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.DiagramElementMapping#getPreconditionExpression()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_PreconditionExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.DiagramElementMapping#getLabelExpression <em>Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.DiagramElementMapping#getLabelExpression()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EAttribute getDiagramElementMapping_LabelExpression();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.description.DiagramElementMapping#getConditionalStyles <em>Conditional Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditional Styles</em>'.
	 * @see org.maillage.viewpoint.model.description.DiagramElementMapping#getConditionalStyles()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EReference getDiagramElementMapping_ConditionalStyles();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.AbstractNodeMapping <em>Abstract Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Abstract Node Mapping</em>'.
	 * @see org.maillage.viewpoint.model.description.AbstractNodeMapping
	 * @generated
	 */
	EClass getAbstractNodeMapping();

	/**
	 * Returns the meta object for the containment reference '{@link org.maillage.viewpoint.model.description.AbstractNodeMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.maillage.viewpoint.model.description.AbstractNodeMapping#getStyle()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EReference getAbstractNodeMapping_Style();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.viewpoint.model.description.AbstractNodeMapping#getParentMappings <em>Parent Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Parent Mappings</em>'.
	 * @see org.maillage.viewpoint.model.description.AbstractNodeMapping#getParentMappings()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EReference getAbstractNodeMapping_ParentMappings();

	/**
	 * Returns the meta object for the attribute list '{@link org.maillage.viewpoint.model.description.AbstractNodeMapping#getNavigationDescriptions <em>Navigation Descriptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Navigation Descriptions</em>'.
	 * @see org.maillage.viewpoint.model.description.AbstractNodeMapping#getNavigationDescriptions()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EAttribute getAbstractNodeMapping_NavigationDescriptions();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.NodeMapping <em>Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Mapping</em>'.
	 * @see org.maillage.viewpoint.model.description.NodeMapping
	 * @generated
	 */
	EClass getNodeMapping();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.ContainerMapping <em>Container Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Container Mapping</em>'.
	 * @see org.maillage.viewpoint.model.description.ContainerMapping
	 * @generated
	 */
	EClass getContainerMapping();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.description.ContainerMapping#getSubNodeMappings <em>Sub Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Node Mappings</em>'.
	 * @see org.maillage.viewpoint.model.description.ContainerMapping#getSubNodeMappings()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EReference getContainerMapping_SubNodeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.description.ContainerMapping#getSubContainerMappings <em>Sub Container Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Container Mappings</em>'.
	 * @see org.maillage.viewpoint.model.description.ContainerMapping#getSubContainerMappings()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EReference getContainerMapping_SubContainerMappings();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.EdgeMapping <em>Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Mapping</em>'.
	 * @see org.maillage.viewpoint.model.description.EdgeMapping
	 * @generated
	 */
	EClass getEdgeMapping();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.viewpoint.model.description.EdgeMapping#getSourceMappings <em>Source Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Source Mappings</em>'.
	 * @see org.maillage.viewpoint.model.description.EdgeMapping#getSourceMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_SourceMappings();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.viewpoint.model.description.EdgeMapping#getTargetMappings <em>Target Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Mappings</em>'.
	 * @see org.maillage.viewpoint.model.description.EdgeMapping#getTargetMappings()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_TargetMappings();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.EdgeMapping#getSourceExpression <em>Source Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.EdgeMapping#getSourceExpression()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_SourceExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.EdgeMapping#getTargetExpression <em>Target Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.EdgeMapping#getTargetExpression()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_TargetExpression();

	/**
	 * Returns the meta object for the containment reference '{@link org.maillage.viewpoint.model.description.EdgeMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.maillage.viewpoint.model.description.EdgeMapping#getStyle()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_Style();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.ConditionalStyle <em>Conditional Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditional Style</em>'.
	 * @see org.maillage.viewpoint.model.description.ConditionalStyle
	 * @generated
	 */
	EClass getConditionalStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.ConditionalStyle#getPredicateExpression <em>Predicate Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Predicate Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.ConditionalStyle#getPredicateExpression()
	 * @see #getConditionalStyle()
	 * @generated
	 */
	EAttribute getConditionalStyle_PredicateExpression();

	/**
	 * Returns the meta object for the containment reference '{@link org.maillage.viewpoint.model.description.ConditionalStyle#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.maillage.viewpoint.model.description.ConditionalStyle#getStyle()
	 * @see #getConditionalStyle()
	 * @generated
	 */
	EReference getConditionalStyle_Style();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.ConditionalStyle#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.maillage.viewpoint.model.description.ConditionalStyle#getLabel()
	 * @see #getConditionalStyle()
	 * @generated
	 */
	EAttribute getConditionalStyle_Label();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.Filter <em>Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Filter</em>'.
	 * @see org.maillage.viewpoint.model.description.Filter
	 * @generated
	 */
	EClass getFilter();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.Filter#isActiveByDefault <em>Active By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active By Default</em>'.
	 * @see org.maillage.viewpoint.model.description.Filter#isActiveByDefault()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_ActiveByDefault();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.Filter#getConditionExpression <em>Condition Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.Filter#getConditionExpression()
	 * @see #getFilter()
	 * @generated
	 */
	EAttribute getFilter_ConditionExpression();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.viewpoint.model.description.Filter#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.maillage.viewpoint.model.description.Filter#getMappings()
	 * @see #getFilter()
	 * @generated
	 */
	EReference getFilter_Mappings();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.Tool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tool</em>'.
	 * @see org.maillage.viewpoint.model.description.Tool
	 * @generated
	 */
	EClass getTool();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.Tool#getIcon <em>Icon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Icon</em>'.
	 * @see org.maillage.viewpoint.model.description.Tool#getIcon()
	 * @see #getTool()
	 * @generated
	 */
	EAttribute getTool_Icon();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.NodeCreationTool <em>Node Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Creation Tool</em>'.
	 * @see org.maillage.viewpoint.model.description.NodeCreationTool
	 * @generated
	 */
	EClass getNodeCreationTool();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.viewpoint.model.description.NodeCreationTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.maillage.viewpoint.model.description.NodeCreationTool#getMapping()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EReference getNodeCreationTool_Mapping();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.NodeCreationTool#getContainerExpression <em>Container Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Container Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.NodeCreationTool#getContainerExpression()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EAttribute getNodeCreationTool_ContainerExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.NodeCreationTool#getContainmentFeature <em>Containment Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Containment Feature</em>'.
	 * @see org.maillage.viewpoint.model.description.NodeCreationTool#getContainmentFeature()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EAttribute getNodeCreationTool_ContainmentFeature();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.NodeCreationTool#getInitialLabel <em>Initial Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initial Label</em>'.
	 * @see org.maillage.viewpoint.model.description.NodeCreationTool#getInitialLabel()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EAttribute getNodeCreationTool_InitialLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.NodeCreationTool#getLabelFeature <em>Label Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Feature</em>'.
	 * @see org.maillage.viewpoint.model.description.NodeCreationTool#getLabelFeature()
	 * @see #getNodeCreationTool()
	 * @generated
	 */
	EAttribute getNodeCreationTool_LabelFeature();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.EdgeCreationTool <em>Edge Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Creation Tool</em>'.
	 * @see org.maillage.viewpoint.model.description.EdgeCreationTool
	 * @generated
	 */
	EClass getEdgeCreationTool();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.viewpoint.model.description.EdgeCreationTool#getMapping <em>Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Mapping</em>'.
	 * @see org.maillage.viewpoint.model.description.EdgeCreationTool#getMapping()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EReference getEdgeCreationTool_Mapping();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.EdgeCreationTool#getReferenceFeature <em>Reference Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Feature</em>'.
	 * @see org.maillage.viewpoint.model.description.EdgeCreationTool#getReferenceFeature()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EAttribute getEdgeCreationTool_ReferenceFeature();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.EdgeCreationTool#getContainerExpression <em>Container Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Container Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.EdgeCreationTool#getContainerExpression()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EAttribute getEdgeCreationTool_ContainerExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.EdgeCreationTool#getContainmentFeature <em>Containment Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Containment Feature</em>'.
	 * @see org.maillage.viewpoint.model.description.EdgeCreationTool#getContainmentFeature()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EAttribute getEdgeCreationTool_ContainmentFeature();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.EdgeCreationTool#getSourceFeature <em>Source Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Feature</em>'.
	 * @see org.maillage.viewpoint.model.description.EdgeCreationTool#getSourceFeature()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EAttribute getEdgeCreationTool_SourceFeature();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.EdgeCreationTool#getTargetFeature <em>Target Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Feature</em>'.
	 * @see org.maillage.viewpoint.model.description.EdgeCreationTool#getTargetFeature()
	 * @see #getEdgeCreationTool()
	 * @generated
	 */
	EAttribute getEdgeCreationTool_TargetFeature();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.DeleteTool <em>Delete Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Delete Tool</em>'.
	 * @see org.maillage.viewpoint.model.description.DeleteTool
	 * @generated
	 */
	EClass getDeleteTool();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.viewpoint.model.description.DeleteTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.maillage.viewpoint.model.description.DeleteTool#getMappings()
	 * @see #getDeleteTool()
	 * @generated
	 */
	EReference getDeleteTool_Mappings();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.DeleteTool#getReferenceFeature <em>Reference Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Feature</em>'.
	 * @see org.maillage.viewpoint.model.description.DeleteTool#getReferenceFeature()
	 * @see #getDeleteTool()
	 * @generated
	 */
	EAttribute getDeleteTool_ReferenceFeature();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.DirectEditTool <em>Direct Edit Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Direct Edit Tool</em>'.
	 * @see org.maillage.viewpoint.model.description.DirectEditTool
	 * @generated
	 */
	EClass getDirectEditTool();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.viewpoint.model.description.DirectEditTool#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.maillage.viewpoint.model.description.DirectEditTool#getMappings()
	 * @see #getDirectEditTool()
	 * @generated
	 */
	EReference getDirectEditTool_Mappings();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.DirectEditTool#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature</em>'.
	 * @see org.maillage.viewpoint.model.description.DirectEditTool#getFeature()
	 * @see #getDirectEditTool()
	 * @generated
	 */
	EAttribute getDirectEditTool_Feature();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.TableDescription <em>Table Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Table Description</em>'.
	 * @see org.maillage.viewpoint.model.description.TableDescription
	 * @generated
	 */
	EClass getTableDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.TableDescription#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.maillage.viewpoint.model.description.TableDescription#getDomainClass()
	 * @see #getTableDescription()
	 * @generated
	 */
	EAttribute getTableDescription_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.TableDescription#getPreconditionExpression <em>Precondition Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precondition Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.TableDescription#getPreconditionExpression()
	 * @see #getTableDescription()
	 * @generated
	 */
	EAttribute getTableDescription_PreconditionExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.TableDescription#getTitleExpression <em>Title Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.TableDescription#getTitleExpression()
	 * @see #getTableDescription()
	 * @generated
	 */
	EAttribute getTableDescription_TitleExpression();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.description.TableDescription#getLineMappings <em>Line Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Line Mappings</em>'.
	 * @see org.maillage.viewpoint.model.description.TableDescription#getLineMappings()
	 * @see #getTableDescription()
	 * @generated
	 */
	EReference getTableDescription_LineMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.description.TableDescription#getFeatureColumns <em>Feature Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Feature Columns</em>'.
	 * @see org.maillage.viewpoint.model.description.TableDescription#getFeatureColumns()
	 * @see #getTableDescription()
	 * @generated
	 */
	EReference getTableDescription_FeatureColumns();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.CrossTableDescription <em>Cross Table Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cross Table Description</em>'.
	 * @see org.maillage.viewpoint.model.description.CrossTableDescription
	 * @generated
	 */
	EClass getCrossTableDescription();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.description.CrossTableDescription#getColumnMappings <em>Column Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Column Mappings</em>'.
	 * @see org.maillage.viewpoint.model.description.CrossTableDescription#getColumnMappings()
	 * @see #getCrossTableDescription()
	 * @generated
	 */
	EReference getCrossTableDescription_ColumnMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.description.CrossTableDescription#getIntersections <em>Intersections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Intersections</em>'.
	 * @see org.maillage.viewpoint.model.description.CrossTableDescription#getIntersections()
	 * @see #getCrossTableDescription()
	 * @generated
	 */
	EReference getCrossTableDescription_Intersections();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.LineMapping <em>Line Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Line Mapping</em>'.
	 * @see org.maillage.viewpoint.model.description.LineMapping
	 * @generated
	 */
	EClass getLineMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.LineMapping#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.maillage.viewpoint.model.description.LineMapping#getDomainClass()
	 * @see #getLineMapping()
	 * @generated
	 */
	EAttribute getLineMapping_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.LineMapping#getSemanticCandidatesExpression <em>Semantic Candidates Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Semantic Candidates Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.LineMapping#getSemanticCandidatesExpression()
	 * @see #getLineMapping()
	 * @generated
	 */
	EAttribute getLineMapping_SemanticCandidatesExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.LineMapping#getLabelExpression <em>Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.LineMapping#getLabelExpression()
	 * @see #getLineMapping()
	 * @generated
	 */
	EAttribute getLineMapping_LabelExpression();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.description.LineMapping#getSubLineMappings <em>Sub Line Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Line Mappings</em>'.
	 * @see org.maillage.viewpoint.model.description.LineMapping#getSubLineMappings()
	 * @see #getLineMapping()
	 * @generated
	 */
	EReference getLineMapping_SubLineMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.description.LineMapping#getCellStyles <em>Cell Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cell Styles</em>'.
	 * @see org.maillage.viewpoint.model.description.LineMapping#getCellStyles()
	 * @see #getLineMapping()
	 * @generated
	 */
	EReference getLineMapping_CellStyles();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.FeatureColumn <em>Feature Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feature Column</em>'.
	 * @see org.maillage.viewpoint.model.description.FeatureColumn
	 * @generated
	 */
	EClass getFeatureColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.FeatureColumn#getFeatureName <em>Feature Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Name</em>'.
	 * @see org.maillage.viewpoint.model.description.FeatureColumn#getFeatureName()
	 * @see #getFeatureColumn()
	 * @generated
	 */
	EAttribute getFeatureColumn_FeatureName();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.FeatureColumn#getLabelExpression <em>Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.FeatureColumn#getLabelExpression()
	 * @see #getFeatureColumn()
	 * @generated
	 */
	EAttribute getFeatureColumn_LabelExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.FeatureColumn#isEditable <em>Editable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Editable</em>'.
	 * @see org.maillage.viewpoint.model.description.FeatureColumn#isEditable()
	 * @see #getFeatureColumn()
	 * @generated
	 */
	EAttribute getFeatureColumn_Editable();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.description.FeatureColumn#getCellStyles <em>Cell Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cell Styles</em>'.
	 * @see org.maillage.viewpoint.model.description.FeatureColumn#getCellStyles()
	 * @see #getFeatureColumn()
	 * @generated
	 */
	EReference getFeatureColumn_CellStyles();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.ElementColumnMapping <em>Element Column Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element Column Mapping</em>'.
	 * @see org.maillage.viewpoint.model.description.ElementColumnMapping
	 * @generated
	 */
	EClass getElementColumnMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.ElementColumnMapping#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain Class</em>'.
	 * @see org.maillage.viewpoint.model.description.ElementColumnMapping#getDomainClass()
	 * @see #getElementColumnMapping()
	 * @generated
	 */
	EAttribute getElementColumnMapping_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.ElementColumnMapping#getSemanticCandidatesExpression <em>Semantic Candidates Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Semantic Candidates Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.ElementColumnMapping#getSemanticCandidatesExpression()
	 * @see #getElementColumnMapping()
	 * @generated
	 */
	EAttribute getElementColumnMapping_SemanticCandidatesExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.ElementColumnMapping#getHeaderLabelExpression <em>Header Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Header Label Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.ElementColumnMapping#getHeaderLabelExpression()
	 * @see #getElementColumnMapping()
	 * @generated
	 */
	EAttribute getElementColumnMapping_HeaderLabelExpression();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.IntersectionMapping <em>Intersection Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Intersection Mapping</em>'.
	 * @see org.maillage.viewpoint.model.description.IntersectionMapping
	 * @generated
	 */
	EClass getIntersectionMapping();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.viewpoint.model.description.IntersectionMapping#getLineMapping <em>Line Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Line Mapping</em>'.
	 * @see org.maillage.viewpoint.model.description.IntersectionMapping#getLineMapping()
	 * @see #getIntersectionMapping()
	 * @generated
	 */
	EReference getIntersectionMapping_LineMapping();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.viewpoint.model.description.IntersectionMapping#getColumnMapping <em>Column Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Column Mapping</em>'.
	 * @see org.maillage.viewpoint.model.description.IntersectionMapping#getColumnMapping()
	 * @see #getIntersectionMapping()
	 * @generated
	 */
	EReference getIntersectionMapping_ColumnMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.IntersectionMapping#getLabelExpression <em>Label Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.IntersectionMapping#getLabelExpression()
	 * @see #getIntersectionMapping()
	 * @generated
	 */
	EAttribute getIntersectionMapping_LabelExpression();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.description.IntersectionMapping#getCellStyles <em>Cell Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cell Styles</em>'.
	 * @see org.maillage.viewpoint.model.description.IntersectionMapping#getCellStyles()
	 * @see #getIntersectionMapping()
	 * @generated
	 */
	EReference getIntersectionMapping_CellStyles();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.IntersectionMapping#getEditFeature <em>Edit Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edit Feature</em>'.
	 * @see org.maillage.viewpoint.model.description.IntersectionMapping#getEditFeature()
	 * @see #getIntersectionMapping()
	 * @generated
	 */
	EAttribute getIntersectionMapping_EditFeature();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.IntersectionMapping#getEditOwner <em>Edit Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edit Owner</em>'.
	 * @see org.maillage.viewpoint.model.description.IntersectionMapping#getEditOwner()
	 * @see #getIntersectionMapping()
	 * @generated
	 */
	EAttribute getIntersectionMapping_EditOwner();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.description.CellStyle <em>Cell Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cell Style</em>'.
	 * @see org.maillage.viewpoint.model.description.CellStyle
	 * @generated
	 */
	EClass getCellStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.CellStyle#getPredicateExpression <em>Predicate Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Predicate Expression</em>'.
	 * @see org.maillage.viewpoint.model.description.CellStyle#getPredicateExpression()
	 * @see #getCellStyle()
	 * @generated
	 */
	EAttribute getCellStyle_PredicateExpression();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.CellStyle#getBackgroundColor <em>Background Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Background Color</em>'.
	 * @see org.maillage.viewpoint.model.description.CellStyle#getBackgroundColor()
	 * @see #getCellStyle()
	 * @generated
	 */
	EAttribute getCellStyle_BackgroundColor();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.CellStyle#getForegroundColor <em>Foreground Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Foreground Color</em>'.
	 * @see org.maillage.viewpoint.model.description.CellStyle#getForegroundColor()
	 * @see #getCellStyle()
	 * @generated
	 */
	EAttribute getCellStyle_ForegroundColor();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.description.CellStyle#isBold <em>Bold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bold</em>'.
	 * @see org.maillage.viewpoint.model.description.CellStyle#isBold()
	 * @see #getCellStyle()
	 * @generated
	 */
	EAttribute getCellStyle_Bold();

	/**
	 * Returns the meta object for enum '{@link org.maillage.viewpoint.model.description.LayoutDirection <em>Layout Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Layout Direction</em>'.
	 * @see org.maillage.viewpoint.model.description.LayoutDirection
	 * @generated
	 */
	EEnum getLayoutDirection();

	/**
	 * Returns the meta object for enum '{@link org.maillage.viewpoint.model.description.EditOwner <em>Edit Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Edit Owner</em>'.
	 * @see org.maillage.viewpoint.model.description.EditOwner
	 * @generated
	 */
	EEnum getEditOwner();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DescriptionFactory getDescriptionFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.ViewpointImpl <em>Viewpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.ViewpointImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getViewpoint()
		 * @generated
		 */
		EClass VIEWPOINT = eINSTANCE.getViewpoint();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEWPOINT__ID = eINSTANCE.getViewpoint_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEWPOINT__LABEL = eINSTANCE.getViewpoint_Label();

		/**
		 * The meta object literal for the '<em><b>Documentation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIEWPOINT__DOCUMENTATION = eINSTANCE.getViewpoint_Documentation();

		/**
		 * The meta object literal for the '<em><b>Diagrams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEWPOINT__DIAGRAMS = eINSTANCE.getViewpoint_Diagrams();

		/**
		 * The meta object literal for the '<em><b>Tables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIEWPOINT__TABLES = eINSTANCE.getViewpoint_Tables();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.IdentifiedElementImpl <em>Identified Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.IdentifiedElementImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getIdentifiedElement()
		 * @generated
		 */
		EClass IDENTIFIED_ELEMENT = eINSTANCE.getIdentifiedElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED_ELEMENT__ID = eINSTANCE.getIdentifiedElement_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED_ELEMENT__LABEL = eINSTANCE.getIdentifiedElement_Label();

		/**
		 * The meta object literal for the '<em><b>Documentation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED_ELEMENT__DOCUMENTATION = eINSTANCE.getIdentifiedElement_Documentation();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.DiagramDescriptionImpl <em>Diagram Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.DiagramDescriptionImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getDiagramDescription()
		 * @generated
		 */
		EClass DIAGRAM_DESCRIPTION = eINSTANCE.getDiagramDescription();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__DOMAIN_CLASS = eINSTANCE.getDiagramDescription_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Precondition Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__PRECONDITION_EXPRESSION = eINSTANCE.getDiagramDescription_PreconditionExpression();

		/**
		 * The meta object literal for the '<em><b>Title Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__TITLE_EXPRESSION = eINSTANCE.getDiagramDescription_TitleExpression();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__DIRECTION = eINSTANCE.getDiagramDescription_Direction();

		/**
		 * The meta object literal for the '<em><b>Node Spacing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__NODE_SPACING = eINSTANCE.getDiagramDescription_NodeSpacing();

		/**
		 * The meta object literal for the '<em><b>Layer Spacing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__LAYER_SPACING = eINSTANCE.getDiagramDescription_LayerSpacing();

		/**
		 * The meta object literal for the '<em><b>Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__LAYERS = eINSTANCE.getDiagramDescription_Layers();

		/**
		 * The meta object literal for the '<em><b>Filters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__FILTERS = eINSTANCE.getDiagramDescription_Filters();

		/**
		 * The meta object literal for the '<em><b>Tools</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__TOOLS = eINSTANCE.getDiagramDescription_Tools();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.LayerImpl <em>Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.LayerImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getLayer()
		 * @generated
		 */
		EClass LAYER = eINSTANCE.getLayer();

		/**
		 * The meta object literal for the '<em><b>Active By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER__ACTIVE_BY_DEFAULT = eINSTANCE.getLayer_ActiveByDefault();

		/**
		 * The meta object literal for the '<em><b>Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__NODE_MAPPINGS = eINSTANCE.getLayer_NodeMappings();

		/**
		 * The meta object literal for the '<em><b>Container Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__CONTAINER_MAPPINGS = eINSTANCE.getLayer_ContainerMappings();

		/**
		 * The meta object literal for the '<em><b>Edge Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__EDGE_MAPPINGS = eINSTANCE.getLayer_EdgeMappings();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.DiagramElementMappingImpl <em>Diagram Element Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.DiagramElementMappingImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getDiagramElementMapping()
		 * @generated
		 */
		EClass DIAGRAM_ELEMENT_MAPPING = eINSTANCE.getDiagramElementMapping();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__DOMAIN_CLASS = eINSTANCE.getDiagramElementMapping_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Semantic Candidates Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION = eINSTANCE.getDiagramElementMapping_SemanticCandidatesExpression();

		/**
		 * The meta object literal for the '<em><b>Precondition Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__PRECONDITION_EXPRESSION = eINSTANCE.getDiagramElementMapping_PreconditionExpression();

		/**
		 * The meta object literal for the '<em><b>Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_ELEMENT_MAPPING__LABEL_EXPRESSION = eINSTANCE.getDiagramElementMapping_LabelExpression();

		/**
		 * The meta object literal for the '<em><b>Conditional Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_ELEMENT_MAPPING__CONDITIONAL_STYLES = eINSTANCE.getDiagramElementMapping_ConditionalStyles();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.AbstractNodeMappingImpl <em>Abstract Node Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.AbstractNodeMappingImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getAbstractNodeMapping()
		 * @generated
		 */
		EClass ABSTRACT_NODE_MAPPING = eINSTANCE.getAbstractNodeMapping();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSTRACT_NODE_MAPPING__STYLE = eINSTANCE.getAbstractNodeMapping_Style();

		/**
		 * The meta object literal for the '<em><b>Parent Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSTRACT_NODE_MAPPING__PARENT_MAPPINGS = eINSTANCE.getAbstractNodeMapping_ParentMappings();

		/**
		 * The meta object literal for the '<em><b>Navigation Descriptions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_NODE_MAPPING__NAVIGATION_DESCRIPTIONS = eINSTANCE.getAbstractNodeMapping_NavigationDescriptions();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.NodeMappingImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getNodeMapping()
		 * @generated
		 */
		EClass NODE_MAPPING = eINSTANCE.getNodeMapping();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.ContainerMappingImpl <em>Container Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.ContainerMappingImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getContainerMapping()
		 * @generated
		 */
		EClass CONTAINER_MAPPING = eINSTANCE.getContainerMapping();

		/**
		 * The meta object literal for the '<em><b>Sub Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_MAPPING__SUB_NODE_MAPPINGS = eINSTANCE.getContainerMapping_SubNodeMappings();

		/**
		 * The meta object literal for the '<em><b>Sub Container Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS = eINSTANCE.getContainerMapping_SubContainerMappings();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.EdgeMappingImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getEdgeMapping()
		 * @generated
		 */
		EClass EDGE_MAPPING = eINSTANCE.getEdgeMapping();

		/**
		 * The meta object literal for the '<em><b>Source Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__SOURCE_MAPPINGS = eINSTANCE.getEdgeMapping_SourceMappings();

		/**
		 * The meta object literal for the '<em><b>Target Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__TARGET_MAPPINGS = eINSTANCE.getEdgeMapping_TargetMappings();

		/**
		 * The meta object literal for the '<em><b>Source Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__SOURCE_EXPRESSION = eINSTANCE.getEdgeMapping_SourceExpression();

		/**
		 * The meta object literal for the '<em><b>Target Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__TARGET_EXPRESSION = eINSTANCE.getEdgeMapping_TargetExpression();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__STYLE = eINSTANCE.getEdgeMapping_Style();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.ConditionalStyleImpl <em>Conditional Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.ConditionalStyleImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getConditionalStyle()
		 * @generated
		 */
		EClass CONDITIONAL_STYLE = eINSTANCE.getConditionalStyle();

		/**
		 * The meta object literal for the '<em><b>Predicate Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITIONAL_STYLE__PREDICATE_EXPRESSION = eINSTANCE.getConditionalStyle_PredicateExpression();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_STYLE__STYLE = eINSTANCE.getConditionalStyle_Style();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITIONAL_STYLE__LABEL = eINSTANCE.getConditionalStyle_Label();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.FilterImpl <em>Filter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.FilterImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getFilter()
		 * @generated
		 */
		EClass FILTER = eINSTANCE.getFilter();

		/**
		 * The meta object literal for the '<em><b>Active By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__ACTIVE_BY_DEFAULT = eINSTANCE.getFilter_ActiveByDefault();

		/**
		 * The meta object literal for the '<em><b>Condition Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER__CONDITION_EXPRESSION = eINSTANCE.getFilter_ConditionExpression();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILTER__MAPPINGS = eINSTANCE.getFilter_Mappings();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.ToolImpl <em>Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.ToolImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getTool()
		 * @generated
		 */
		EClass TOOL = eINSTANCE.getTool();

		/**
		 * The meta object literal for the '<em><b>Icon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOOL__ICON = eINSTANCE.getTool_Icon();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.NodeCreationToolImpl <em>Node Creation Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.NodeCreationToolImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getNodeCreationTool()
		 * @generated
		 */
		EClass NODE_CREATION_TOOL = eINSTANCE.getNodeCreationTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_CREATION_TOOL__MAPPING = eINSTANCE.getNodeCreationTool_Mapping();

		/**
		 * The meta object literal for the '<em><b>Container Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_CREATION_TOOL__CONTAINER_EXPRESSION = eINSTANCE.getNodeCreationTool_ContainerExpression();

		/**
		 * The meta object literal for the '<em><b>Containment Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_CREATION_TOOL__CONTAINMENT_FEATURE = eINSTANCE.getNodeCreationTool_ContainmentFeature();

		/**
		 * The meta object literal for the '<em><b>Initial Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_CREATION_TOOL__INITIAL_LABEL = eINSTANCE.getNodeCreationTool_InitialLabel();

		/**
		 * The meta object literal for the '<em><b>Label Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_CREATION_TOOL__LABEL_FEATURE = eINSTANCE.getNodeCreationTool_LabelFeature();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.EdgeCreationToolImpl <em>Edge Creation Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.EdgeCreationToolImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getEdgeCreationTool()
		 * @generated
		 */
		EClass EDGE_CREATION_TOOL = eINSTANCE.getEdgeCreationTool();

		/**
		 * The meta object literal for the '<em><b>Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_CREATION_TOOL__MAPPING = eINSTANCE.getEdgeCreationTool_Mapping();

		/**
		 * The meta object literal for the '<em><b>Reference Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_CREATION_TOOL__REFERENCE_FEATURE = eINSTANCE.getEdgeCreationTool_ReferenceFeature();

		/**
		 * The meta object literal for the '<em><b>Container Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_CREATION_TOOL__CONTAINER_EXPRESSION = eINSTANCE.getEdgeCreationTool_ContainerExpression();

		/**
		 * The meta object literal for the '<em><b>Containment Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_CREATION_TOOL__CONTAINMENT_FEATURE = eINSTANCE.getEdgeCreationTool_ContainmentFeature();

		/**
		 * The meta object literal for the '<em><b>Source Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_CREATION_TOOL__SOURCE_FEATURE = eINSTANCE.getEdgeCreationTool_SourceFeature();

		/**
		 * The meta object literal for the '<em><b>Target Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_CREATION_TOOL__TARGET_FEATURE = eINSTANCE.getEdgeCreationTool_TargetFeature();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.DeleteToolImpl <em>Delete Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.DeleteToolImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getDeleteTool()
		 * @generated
		 */
		EClass DELETE_TOOL = eINSTANCE.getDeleteTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DELETE_TOOL__MAPPINGS = eINSTANCE.getDeleteTool_Mappings();

		/**
		 * The meta object literal for the '<em><b>Reference Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETE_TOOL__REFERENCE_FEATURE = eINSTANCE.getDeleteTool_ReferenceFeature();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.DirectEditToolImpl <em>Direct Edit Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.DirectEditToolImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getDirectEditTool()
		 * @generated
		 */
		EClass DIRECT_EDIT_TOOL = eINSTANCE.getDirectEditTool();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECT_EDIT_TOOL__MAPPINGS = eINSTANCE.getDirectEditTool_Mappings();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_EDIT_TOOL__FEATURE = eINSTANCE.getDirectEditTool_Feature();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.TableDescriptionImpl <em>Table Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.TableDescriptionImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getTableDescription()
		 * @generated
		 */
		EClass TABLE_DESCRIPTION = eINSTANCE.getTableDescription();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_DESCRIPTION__DOMAIN_CLASS = eINSTANCE.getTableDescription_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Precondition Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_DESCRIPTION__PRECONDITION_EXPRESSION = eINSTANCE.getTableDescription_PreconditionExpression();

		/**
		 * The meta object literal for the '<em><b>Title Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_DESCRIPTION__TITLE_EXPRESSION = eINSTANCE.getTableDescription_TitleExpression();

		/**
		 * The meta object literal for the '<em><b>Line Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TABLE_DESCRIPTION__LINE_MAPPINGS = eINSTANCE.getTableDescription_LineMappings();

		/**
		 * The meta object literal for the '<em><b>Feature Columns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TABLE_DESCRIPTION__FEATURE_COLUMNS = eINSTANCE.getTableDescription_FeatureColumns();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.CrossTableDescriptionImpl <em>Cross Table Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.CrossTableDescriptionImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getCrossTableDescription()
		 * @generated
		 */
		EClass CROSS_TABLE_DESCRIPTION = eINSTANCE.getCrossTableDescription();

		/**
		 * The meta object literal for the '<em><b>Column Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CROSS_TABLE_DESCRIPTION__COLUMN_MAPPINGS = eINSTANCE.getCrossTableDescription_ColumnMappings();

		/**
		 * The meta object literal for the '<em><b>Intersections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CROSS_TABLE_DESCRIPTION__INTERSECTIONS = eINSTANCE.getCrossTableDescription_Intersections();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.LineMappingImpl <em>Line Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.LineMappingImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getLineMapping()
		 * @generated
		 */
		EClass LINE_MAPPING = eINSTANCE.getLineMapping();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINE_MAPPING__DOMAIN_CLASS = eINSTANCE.getLineMapping_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Semantic Candidates Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINE_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION = eINSTANCE.getLineMapping_SemanticCandidatesExpression();

		/**
		 * The meta object literal for the '<em><b>Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINE_MAPPING__LABEL_EXPRESSION = eINSTANCE.getLineMapping_LabelExpression();

		/**
		 * The meta object literal for the '<em><b>Sub Line Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINE_MAPPING__SUB_LINE_MAPPINGS = eINSTANCE.getLineMapping_SubLineMappings();

		/**
		 * The meta object literal for the '<em><b>Cell Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LINE_MAPPING__CELL_STYLES = eINSTANCE.getLineMapping_CellStyles();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.FeatureColumnImpl <em>Feature Column</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.FeatureColumnImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getFeatureColumn()
		 * @generated
		 */
		EClass FEATURE_COLUMN = eINSTANCE.getFeatureColumn();

		/**
		 * The meta object literal for the '<em><b>Feature Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_COLUMN__FEATURE_NAME = eINSTANCE.getFeatureColumn_FeatureName();

		/**
		 * The meta object literal for the '<em><b>Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_COLUMN__LABEL_EXPRESSION = eINSTANCE.getFeatureColumn_LabelExpression();

		/**
		 * The meta object literal for the '<em><b>Editable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_COLUMN__EDITABLE = eINSTANCE.getFeatureColumn_Editable();

		/**
		 * The meta object literal for the '<em><b>Cell Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEATURE_COLUMN__CELL_STYLES = eINSTANCE.getFeatureColumn_CellStyles();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.ElementColumnMappingImpl <em>Element Column Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.ElementColumnMappingImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getElementColumnMapping()
		 * @generated
		 */
		EClass ELEMENT_COLUMN_MAPPING = eINSTANCE.getElementColumnMapping();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_COLUMN_MAPPING__DOMAIN_CLASS = eINSTANCE.getElementColumnMapping_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Semantic Candidates Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_COLUMN_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION = eINSTANCE.getElementColumnMapping_SemanticCandidatesExpression();

		/**
		 * The meta object literal for the '<em><b>Header Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT_COLUMN_MAPPING__HEADER_LABEL_EXPRESSION = eINSTANCE.getElementColumnMapping_HeaderLabelExpression();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.IntersectionMappingImpl <em>Intersection Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.IntersectionMappingImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getIntersectionMapping()
		 * @generated
		 */
		EClass INTERSECTION_MAPPING = eINSTANCE.getIntersectionMapping();

		/**
		 * The meta object literal for the '<em><b>Line Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERSECTION_MAPPING__LINE_MAPPING = eINSTANCE.getIntersectionMapping_LineMapping();

		/**
		 * The meta object literal for the '<em><b>Column Mapping</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERSECTION_MAPPING__COLUMN_MAPPING = eINSTANCE.getIntersectionMapping_ColumnMapping();

		/**
		 * The meta object literal for the '<em><b>Label Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERSECTION_MAPPING__LABEL_EXPRESSION = eINSTANCE.getIntersectionMapping_LabelExpression();

		/**
		 * The meta object literal for the '<em><b>Cell Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERSECTION_MAPPING__CELL_STYLES = eINSTANCE.getIntersectionMapping_CellStyles();

		/**
		 * The meta object literal for the '<em><b>Edit Feature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERSECTION_MAPPING__EDIT_FEATURE = eINSTANCE.getIntersectionMapping_EditFeature();

		/**
		 * The meta object literal for the '<em><b>Edit Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERSECTION_MAPPING__EDIT_OWNER = eINSTANCE.getIntersectionMapping_EditOwner();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.impl.CellStyleImpl <em>Cell Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.impl.CellStyleImpl
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getCellStyle()
		 * @generated
		 */
		EClass CELL_STYLE = eINSTANCE.getCellStyle();

		/**
		 * The meta object literal for the '<em><b>Predicate Expression</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_STYLE__PREDICATE_EXPRESSION = eINSTANCE.getCellStyle_PredicateExpression();

		/**
		 * The meta object literal for the '<em><b>Background Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_STYLE__BACKGROUND_COLOR = eINSTANCE.getCellStyle_BackgroundColor();

		/**
		 * The meta object literal for the '<em><b>Foreground Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_STYLE__FOREGROUND_COLOR = eINSTANCE.getCellStyle_ForegroundColor();

		/**
		 * The meta object literal for the '<em><b>Bold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CELL_STYLE__BOLD = eINSTANCE.getCellStyle_Bold();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.LayoutDirection <em>Layout Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.LayoutDirection
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getLayoutDirection()
		 * @generated
		 */
		EEnum LAYOUT_DIRECTION = eINSTANCE.getLayoutDirection();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.description.EditOwner <em>Edit Owner</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.description.EditOwner
		 * @see org.maillage.viewpoint.model.description.impl.DescriptionPackageImpl#getEditOwner()
		 * @generated
		 */
		EEnum EDIT_OWNER = eINSTANCE.getEditOwner();

	}

} //DescriptionPackage
