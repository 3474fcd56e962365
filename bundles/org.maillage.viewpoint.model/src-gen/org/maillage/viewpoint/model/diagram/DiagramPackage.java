/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.diagram;

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
 * Representation: what a refresh computes from a description and a roadmap, and what renderers draw (nodes, containers, edges, computed styles, positions). Also holds the style classes and enums shared with descriptions.
 * <!-- end-model-doc -->
 * @see org.maillage.viewpoint.model.diagram.DiagramFactory
 * @model kind="package"
 * @generated
 */
public interface DiagramPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "diagram";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://maillage.org/viewpoint/1.0/diagram";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "vpdiagram";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DiagramPackage eINSTANCE = org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.diagram.impl.DiagramImpl <em>Diagram</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.diagram.impl.DiagramImpl
	 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getDiagram()
	 * @generated
	 */
	int DIAGRAM = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__NAME = 0;

	/**
	 * The feature id for the '<em><b>Viewpoint Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__VIEWPOINT_ID = 1;

	/**
	 * The feature id for the '<em><b>Description Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__DESCRIPTION_ID = 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__TARGET = 3;

	/**
	 * The feature id for the '<em><b>Activated Layers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__ACTIVATED_LAYERS = 4;

	/**
	 * The feature id for the '<em><b>Activated Filters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__ACTIVATED_FILTERS = 5;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__NODES = 6;

	/**
	 * The feature id for the '<em><b>Edges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__EDGES = 7;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__WIDTH = 8;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM__HEIGHT = 9;

	/**
	 * The number of structural features of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Diagram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.diagram.impl.DDiagramElementImpl <em>DDiagram Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.diagram.impl.DDiagramElementImpl
	 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getDDiagramElement()
	 * @generated
	 */
	int DDIAGRAM_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DDIAGRAM_ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Mapping Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DDIAGRAM_ELEMENT__MAPPING_ID = 1;

	/**
	 * The feature id for the '<em><b>Semantic Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DDIAGRAM_ELEMENT__SEMANTIC_ELEMENT = 2;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DDIAGRAM_ELEMENT__LABEL = 3;

	/**
	 * The number of structural features of the '<em>DDiagram Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DDIAGRAM_ELEMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>DDiagram Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DDIAGRAM_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.diagram.impl.DNodeImpl <em>DNode</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.diagram.impl.DNodeImpl
	 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getDNode()
	 * @generated
	 */
	int DNODE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__ID = DDIAGRAM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Mapping Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__MAPPING_ID = DDIAGRAM_ELEMENT__MAPPING_ID;

	/**
	 * The feature id for the '<em><b>Semantic Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__SEMANTIC_ELEMENT = DDIAGRAM_ELEMENT__SEMANTIC_ELEMENT;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__LABEL = DDIAGRAM_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__X = DDIAGRAM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__Y = DDIAGRAM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__WIDTH = DDIAGRAM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__HEIGHT = DDIAGRAM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__PINNED = DDIAGRAM_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__STYLE = DDIAGRAM_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE__PARENT = DDIAGRAM_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>DNode</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE_FEATURE_COUNT = DDIAGRAM_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>DNode</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DNODE_OPERATION_COUNT = DDIAGRAM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.diagram.impl.DContainerImpl <em>DContainer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.diagram.impl.DContainerImpl
	 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getDContainer()
	 * @generated
	 */
	int DCONTAINER = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__ID = DNODE__ID;

	/**
	 * The feature id for the '<em><b>Mapping Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__MAPPING_ID = DNODE__MAPPING_ID;

	/**
	 * The feature id for the '<em><b>Semantic Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__SEMANTIC_ELEMENT = DNODE__SEMANTIC_ELEMENT;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__LABEL = DNODE__LABEL;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__X = DNODE__X;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__Y = DNODE__Y;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__WIDTH = DNODE__WIDTH;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__HEIGHT = DNODE__HEIGHT;

	/**
	 * The feature id for the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__PINNED = DNODE__PINNED;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__STYLE = DNODE__STYLE;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__PARENT = DNODE__PARENT;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER__CHILDREN = DNODE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>DContainer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER_FEATURE_COUNT = DNODE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>DContainer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DCONTAINER_OPERATION_COUNT = DNODE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.diagram.impl.DEdgeImpl <em>DEdge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.diagram.impl.DEdgeImpl
	 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getDEdge()
	 * @generated
	 */
	int DEDGE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE__ID = DDIAGRAM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Mapping Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE__MAPPING_ID = DDIAGRAM_ELEMENT__MAPPING_ID;

	/**
	 * The feature id for the '<em><b>Semantic Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE__SEMANTIC_ELEMENT = DDIAGRAM_ELEMENT__SEMANTIC_ELEMENT;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE__LABEL = DDIAGRAM_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE__SOURCE = DDIAGRAM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE__TARGET = DDIAGRAM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE__POINTS = DDIAGRAM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE__STYLE = DDIAGRAM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Label X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE__LABEL_X = DDIAGRAM_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Label Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE__LABEL_Y = DDIAGRAM_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>DEdge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE_FEATURE_COUNT = DDIAGRAM_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>DEdge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEDGE_OPERATION_COUNT = DDIAGRAM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.diagram.impl.DPointImpl <em>DPoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.diagram.impl.DPointImpl
	 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getDPoint()
	 * @generated
	 */
	int DPOINT = 5;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DPOINT__X = 0;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DPOINT__Y = 1;

	/**
	 * The number of structural features of the '<em>DPoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DPOINT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>DPoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DPOINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.diagram.impl.StyleImpl <em>Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.diagram.impl.StyleImpl
	 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getStyle()
	 * @generated
	 */
	int STYLE = 6;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__LABEL_COLOR = 0;

	/**
	 * The feature id for the '<em><b>Label Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__LABEL_SIZE = 1;

	/**
	 * The feature id for the '<em><b>Label Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__LABEL_BOLD = 2;

	/**
	 * The feature id for the '<em><b>Line Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE__LINE_STYLE = 3;

	/**
	 * The number of structural features of the '<em>Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.diagram.impl.NodeStyleImpl <em>Node Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.diagram.impl.NodeStyleImpl
	 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getNodeStyle()
	 * @generated
	 */
	int NODE_STYLE = 7;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LABEL_COLOR = STYLE__LABEL_COLOR;

	/**
	 * The feature id for the '<em><b>Label Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LABEL_SIZE = STYLE__LABEL_SIZE;

	/**
	 * The feature id for the '<em><b>Label Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LABEL_BOLD = STYLE__LABEL_BOLD;

	/**
	 * The feature id for the '<em><b>Line Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LINE_STYLE = STYLE__LINE_STYLE;

	/**
	 * The feature id for the '<em><b>Shape</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__SHAPE = STYLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Background Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BACKGROUND_COLOR = STYLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Border Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BORDER_COLOR = STYLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Border Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__BORDER_SIZE = STYLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Label Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__LABEL_POSITION = STYLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__ICON = STYLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__WIDTH = STYLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE__HEIGHT = STYLE_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_FEATURE_COUNT = STYLE_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_OPERATION_COUNT = STYLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.diagram.impl.EdgeStyleImpl <em>Edge Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.diagram.impl.EdgeStyleImpl
	 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getEdgeStyle()
	 * @generated
	 */
	int EDGE_STYLE = 8;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LABEL_COLOR = STYLE__LABEL_COLOR;

	/**
	 * The feature id for the '<em><b>Label Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LABEL_SIZE = STYLE__LABEL_SIZE;

	/**
	 * The feature id for the '<em><b>Label Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LABEL_BOLD = STYLE__LABEL_BOLD;

	/**
	 * The feature id for the '<em><b>Line Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LINE_STYLE = STYLE__LINE_STYLE;

	/**
	 * The feature id for the '<em><b>Line Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LINE_COLOR = STYLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Line Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__LINE_SIZE = STYLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Routing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__ROUTING = STYLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source Decorator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__SOURCE_DECORATOR = STYLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target Decorator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE__TARGET_DECORATOR = STYLE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_FEATURE_COUNT = STYLE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Edge Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_OPERATION_COUNT = STYLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.diagram.Shape <em>Shape</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.diagram.Shape
	 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getShape()
	 * @generated
	 */
	int SHAPE = 9;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.diagram.LineStyle <em>Line Style</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.diagram.LineStyle
	 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getLineStyle()
	 * @generated
	 */
	int LINE_STYLE = 10;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.diagram.LabelPosition <em>Label Position</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.diagram.LabelPosition
	 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getLabelPosition()
	 * @generated
	 */
	int LABEL_POSITION = 11;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.diagram.Routing <em>Routing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.diagram.Routing
	 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getRouting()
	 * @generated
	 */
	int ROUTING = 12;

	/**
	 * The meta object id for the '{@link org.maillage.viewpoint.model.diagram.Decorator <em>Decorator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.viewpoint.model.diagram.Decorator
	 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getDecorator()
	 * @generated
	 */
	int DECORATOR = 13;


	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.diagram.Diagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram</em>'.
	 * @see org.maillage.viewpoint.model.diagram.Diagram
	 * @generated
	 */
	EClass getDiagram();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.Diagram#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.maillage.viewpoint.model.diagram.Diagram#getName()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.Diagram#getViewpointId <em>Viewpoint Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Viewpoint Id</em>'.
	 * @see org.maillage.viewpoint.model.diagram.Diagram#getViewpointId()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_ViewpointId();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.Diagram#getDescriptionId <em>Description Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description Id</em>'.
	 * @see org.maillage.viewpoint.model.diagram.Diagram#getDescriptionId()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_DescriptionId();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.Diagram#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.maillage.viewpoint.model.diagram.Diagram#getTarget()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_Target();

	/**
	 * Returns the meta object for the attribute list '{@link org.maillage.viewpoint.model.diagram.Diagram#getActivatedLayers <em>Activated Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Activated Layers</em>'.
	 * @see org.maillage.viewpoint.model.diagram.Diagram#getActivatedLayers()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_ActivatedLayers();

	/**
	 * Returns the meta object for the attribute list '{@link org.maillage.viewpoint.model.diagram.Diagram#getActivatedFilters <em>Activated Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Activated Filters</em>'.
	 * @see org.maillage.viewpoint.model.diagram.Diagram#getActivatedFilters()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_ActivatedFilters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.diagram.Diagram#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.maillage.viewpoint.model.diagram.Diagram#getNodes()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.diagram.Diagram#getEdges <em>Edges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edges</em>'.
	 * @see org.maillage.viewpoint.model.diagram.Diagram#getEdges()
	 * @see #getDiagram()
	 * @generated
	 */
	EReference getDiagram_Edges();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.Diagram#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.maillage.viewpoint.model.diagram.Diagram#getWidth()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.Diagram#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.maillage.viewpoint.model.diagram.Diagram#getHeight()
	 * @see #getDiagram()
	 * @generated
	 */
	EAttribute getDiagram_Height();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.diagram.DDiagramElement <em>DDiagram Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>DDiagram Element</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DDiagramElement
	 * @generated
	 */
	EClass getDDiagramElement();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.DDiagramElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DDiagramElement#getId()
	 * @see #getDDiagramElement()
	 * @generated
	 */
	EAttribute getDDiagramElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.DDiagramElement#getMappingId <em>Mapping Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mapping Id</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DDiagramElement#getMappingId()
	 * @see #getDDiagramElement()
	 * @generated
	 */
	EAttribute getDDiagramElement_MappingId();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.DDiagramElement#getSemanticElement <em>Semantic Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Semantic Element</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DDiagramElement#getSemanticElement()
	 * @see #getDDiagramElement()
	 * @generated
	 */
	EAttribute getDDiagramElement_SemanticElement();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.DDiagramElement#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DDiagramElement#getLabel()
	 * @see #getDDiagramElement()
	 * @generated
	 */
	EAttribute getDDiagramElement_Label();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.diagram.DNode <em>DNode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>DNode</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DNode
	 * @generated
	 */
	EClass getDNode();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.DNode#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DNode#getX()
	 * @see #getDNode()
	 * @generated
	 */
	EAttribute getDNode_X();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.DNode#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DNode#getY()
	 * @see #getDNode()
	 * @generated
	 */
	EAttribute getDNode_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.DNode#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DNode#getWidth()
	 * @see #getDNode()
	 * @generated
	 */
	EAttribute getDNode_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.DNode#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DNode#getHeight()
	 * @see #getDNode()
	 * @generated
	 */
	EAttribute getDNode_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.DNode#isPinned <em>Pinned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pinned</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DNode#isPinned()
	 * @see #getDNode()
	 * @generated
	 */
	EAttribute getDNode_Pinned();

	/**
	 * Returns the meta object for the containment reference '{@link org.maillage.viewpoint.model.diagram.DNode#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DNode#getStyle()
	 * @see #getDNode()
	 * @generated
	 */
	EReference getDNode_Style();

	/**
	 * Returns the meta object for the container reference '{@link org.maillage.viewpoint.model.diagram.DNode#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Parent</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DNode#getParent()
	 * @see #getDNode()
	 * @generated
	 */
	EReference getDNode_Parent();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.diagram.DContainer <em>DContainer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>DContainer</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DContainer
	 * @generated
	 */
	EClass getDContainer();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.diagram.DContainer#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DContainer#getChildren()
	 * @see #getDContainer()
	 * @generated
	 */
	EReference getDContainer_Children();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.diagram.DEdge <em>DEdge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>DEdge</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DEdge
	 * @generated
	 */
	EClass getDEdge();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.viewpoint.model.diagram.DEdge#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DEdge#getSource()
	 * @see #getDEdge()
	 * @generated
	 */
	EReference getDEdge_Source();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.viewpoint.model.diagram.DEdge#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DEdge#getTarget()
	 * @see #getDEdge()
	 * @generated
	 */
	EReference getDEdge_Target();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.viewpoint.model.diagram.DEdge#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Points</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DEdge#getPoints()
	 * @see #getDEdge()
	 * @generated
	 */
	EReference getDEdge_Points();

	/**
	 * Returns the meta object for the containment reference '{@link org.maillage.viewpoint.model.diagram.DEdge#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DEdge#getStyle()
	 * @see #getDEdge()
	 * @generated
	 */
	EReference getDEdge_Style();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.DEdge#getLabelX <em>Label X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label X</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DEdge#getLabelX()
	 * @see #getDEdge()
	 * @generated
	 */
	EAttribute getDEdge_LabelX();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.DEdge#getLabelY <em>Label Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Y</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DEdge#getLabelY()
	 * @see #getDEdge()
	 * @generated
	 */
	EAttribute getDEdge_LabelY();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.diagram.DPoint <em>DPoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>DPoint</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DPoint
	 * @generated
	 */
	EClass getDPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.DPoint#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DPoint#getX()
	 * @see #getDPoint()
	 * @generated
	 */
	EAttribute getDPoint_X();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.DPoint#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.maillage.viewpoint.model.diagram.DPoint#getY()
	 * @see #getDPoint()
	 * @generated
	 */
	EAttribute getDPoint_Y();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.diagram.Style <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Style</em>'.
	 * @see org.maillage.viewpoint.model.diagram.Style
	 * @generated
	 */
	EClass getStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.Style#getLabelColor <em>Label Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Color</em>'.
	 * @see org.maillage.viewpoint.model.diagram.Style#getLabelColor()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_LabelColor();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.Style#getLabelSize <em>Label Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Size</em>'.
	 * @see org.maillage.viewpoint.model.diagram.Style#getLabelSize()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_LabelSize();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.Style#isLabelBold <em>Label Bold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Bold</em>'.
	 * @see org.maillage.viewpoint.model.diagram.Style#isLabelBold()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_LabelBold();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.Style#getLineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Style</em>'.
	 * @see org.maillage.viewpoint.model.diagram.Style#getLineStyle()
	 * @see #getStyle()
	 * @generated
	 */
	EAttribute getStyle_LineStyle();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.diagram.NodeStyle <em>Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Style</em>'.
	 * @see org.maillage.viewpoint.model.diagram.NodeStyle
	 * @generated
	 */
	EClass getNodeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getShape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shape</em>'.
	 * @see org.maillage.viewpoint.model.diagram.NodeStyle#getShape()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Shape();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getBackgroundColor <em>Background Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Background Color</em>'.
	 * @see org.maillage.viewpoint.model.diagram.NodeStyle#getBackgroundColor()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_BackgroundColor();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getBorderColor <em>Border Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Color</em>'.
	 * @see org.maillage.viewpoint.model.diagram.NodeStyle#getBorderColor()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_BorderColor();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getBorderSize <em>Border Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Size</em>'.
	 * @see org.maillage.viewpoint.model.diagram.NodeStyle#getBorderSize()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_BorderSize();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getLabelPosition <em>Label Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Position</em>'.
	 * @see org.maillage.viewpoint.model.diagram.NodeStyle#getLabelPosition()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_LabelPosition();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getIcon <em>Icon</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Icon</em>'.
	 * @see org.maillage.viewpoint.model.diagram.NodeStyle#getIcon()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Icon();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.maillage.viewpoint.model.diagram.NodeStyle#getWidth()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.maillage.viewpoint.model.diagram.NodeStyle#getHeight()
	 * @see #getNodeStyle()
	 * @generated
	 */
	EAttribute getNodeStyle_Height();

	/**
	 * Returns the meta object for class '{@link org.maillage.viewpoint.model.diagram.EdgeStyle <em>Edge Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Style</em>'.
	 * @see org.maillage.viewpoint.model.diagram.EdgeStyle
	 * @generated
	 */
	EClass getEdgeStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getLineColor <em>Line Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Color</em>'.
	 * @see org.maillage.viewpoint.model.diagram.EdgeStyle#getLineColor()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_LineColor();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getLineSize <em>Line Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Size</em>'.
	 * @see org.maillage.viewpoint.model.diagram.EdgeStyle#getLineSize()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_LineSize();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getRouting <em>Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Routing</em>'.
	 * @see org.maillage.viewpoint.model.diagram.EdgeStyle#getRouting()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_Routing();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getSourceDecorator <em>Source Decorator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Decorator</em>'.
	 * @see org.maillage.viewpoint.model.diagram.EdgeStyle#getSourceDecorator()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_SourceDecorator();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getTargetDecorator <em>Target Decorator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Decorator</em>'.
	 * @see org.maillage.viewpoint.model.diagram.EdgeStyle#getTargetDecorator()
	 * @see #getEdgeStyle()
	 * @generated
	 */
	EAttribute getEdgeStyle_TargetDecorator();

	/**
	 * Returns the meta object for enum '{@link org.maillage.viewpoint.model.diagram.Shape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Shape</em>'.
	 * @see org.maillage.viewpoint.model.diagram.Shape
	 * @generated
	 */
	EEnum getShape();

	/**
	 * Returns the meta object for enum '{@link org.maillage.viewpoint.model.diagram.LineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Line Style</em>'.
	 * @see org.maillage.viewpoint.model.diagram.LineStyle
	 * @generated
	 */
	EEnum getLineStyle();

	/**
	 * Returns the meta object for enum '{@link org.maillage.viewpoint.model.diagram.LabelPosition <em>Label Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Label Position</em>'.
	 * @see org.maillage.viewpoint.model.diagram.LabelPosition
	 * @generated
	 */
	EEnum getLabelPosition();

	/**
	 * Returns the meta object for enum '{@link org.maillage.viewpoint.model.diagram.Routing <em>Routing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Routing</em>'.
	 * @see org.maillage.viewpoint.model.diagram.Routing
	 * @generated
	 */
	EEnum getRouting();

	/**
	 * Returns the meta object for enum '{@link org.maillage.viewpoint.model.diagram.Decorator <em>Decorator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Decorator</em>'.
	 * @see org.maillage.viewpoint.model.diagram.Decorator
	 * @generated
	 */
	EEnum getDecorator();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DiagramFactory getDiagramFactory();

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
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.diagram.impl.DiagramImpl <em>Diagram</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.diagram.impl.DiagramImpl
		 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getDiagram()
		 * @generated
		 */
		EClass DIAGRAM = eINSTANCE.getDiagram();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__NAME = eINSTANCE.getDiagram_Name();

		/**
		 * The meta object literal for the '<em><b>Viewpoint Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__VIEWPOINT_ID = eINSTANCE.getDiagram_ViewpointId();

		/**
		 * The meta object literal for the '<em><b>Description Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__DESCRIPTION_ID = eINSTANCE.getDiagram_DescriptionId();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__TARGET = eINSTANCE.getDiagram_Target();

		/**
		 * The meta object literal for the '<em><b>Activated Layers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__ACTIVATED_LAYERS = eINSTANCE.getDiagram_ActivatedLayers();

		/**
		 * The meta object literal for the '<em><b>Activated Filters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__ACTIVATED_FILTERS = eINSTANCE.getDiagram_ActivatedFilters();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__NODES = eINSTANCE.getDiagram_Nodes();

		/**
		 * The meta object literal for the '<em><b>Edges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM__EDGES = eINSTANCE.getDiagram_Edges();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__WIDTH = eINSTANCE.getDiagram_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM__HEIGHT = eINSTANCE.getDiagram_Height();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.diagram.impl.DDiagramElementImpl <em>DDiagram Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.diagram.impl.DDiagramElementImpl
		 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getDDiagramElement()
		 * @generated
		 */
		EClass DDIAGRAM_ELEMENT = eINSTANCE.getDDiagramElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DDIAGRAM_ELEMENT__ID = eINSTANCE.getDDiagramElement_Id();

		/**
		 * The meta object literal for the '<em><b>Mapping Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DDIAGRAM_ELEMENT__MAPPING_ID = eINSTANCE.getDDiagramElement_MappingId();

		/**
		 * The meta object literal for the '<em><b>Semantic Element</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DDIAGRAM_ELEMENT__SEMANTIC_ELEMENT = eINSTANCE.getDDiagramElement_SemanticElement();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DDIAGRAM_ELEMENT__LABEL = eINSTANCE.getDDiagramElement_Label();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.diagram.impl.DNodeImpl <em>DNode</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.diagram.impl.DNodeImpl
		 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getDNode()
		 * @generated
		 */
		EClass DNODE = eINSTANCE.getDNode();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DNODE__X = eINSTANCE.getDNode_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DNODE__Y = eINSTANCE.getDNode_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DNODE__WIDTH = eINSTANCE.getDNode_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DNODE__HEIGHT = eINSTANCE.getDNode_Height();

		/**
		 * The meta object literal for the '<em><b>Pinned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DNODE__PINNED = eINSTANCE.getDNode_Pinned();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DNODE__STYLE = eINSTANCE.getDNode_Style();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DNODE__PARENT = eINSTANCE.getDNode_Parent();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.diagram.impl.DContainerImpl <em>DContainer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.diagram.impl.DContainerImpl
		 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getDContainer()
		 * @generated
		 */
		EClass DCONTAINER = eINSTANCE.getDContainer();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DCONTAINER__CHILDREN = eINSTANCE.getDContainer_Children();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.diagram.impl.DEdgeImpl <em>DEdge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.diagram.impl.DEdgeImpl
		 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getDEdge()
		 * @generated
		 */
		EClass DEDGE = eINSTANCE.getDEdge();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEDGE__SOURCE = eINSTANCE.getDEdge_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEDGE__TARGET = eINSTANCE.getDEdge_Target();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEDGE__POINTS = eINSTANCE.getDEdge_Points();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEDGE__STYLE = eINSTANCE.getDEdge_Style();

		/**
		 * The meta object literal for the '<em><b>Label X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEDGE__LABEL_X = eINSTANCE.getDEdge_LabelX();

		/**
		 * The meta object literal for the '<em><b>Label Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEDGE__LABEL_Y = eINSTANCE.getDEdge_LabelY();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.diagram.impl.DPointImpl <em>DPoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.diagram.impl.DPointImpl
		 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getDPoint()
		 * @generated
		 */
		EClass DPOINT = eINSTANCE.getDPoint();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DPOINT__X = eINSTANCE.getDPoint_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DPOINT__Y = eINSTANCE.getDPoint_Y();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.diagram.impl.StyleImpl <em>Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.diagram.impl.StyleImpl
		 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getStyle()
		 * @generated
		 */
		EClass STYLE = eINSTANCE.getStyle();

		/**
		 * The meta object literal for the '<em><b>Label Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__LABEL_COLOR = eINSTANCE.getStyle_LabelColor();

		/**
		 * The meta object literal for the '<em><b>Label Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__LABEL_SIZE = eINSTANCE.getStyle_LabelSize();

		/**
		 * The meta object literal for the '<em><b>Label Bold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__LABEL_BOLD = eINSTANCE.getStyle_LabelBold();

		/**
		 * The meta object literal for the '<em><b>Line Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE__LINE_STYLE = eINSTANCE.getStyle_LineStyle();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.diagram.impl.NodeStyleImpl <em>Node Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.diagram.impl.NodeStyleImpl
		 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getNodeStyle()
		 * @generated
		 */
		EClass NODE_STYLE = eINSTANCE.getNodeStyle();

		/**
		 * The meta object literal for the '<em><b>Shape</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__SHAPE = eINSTANCE.getNodeStyle_Shape();

		/**
		 * The meta object literal for the '<em><b>Background Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__BACKGROUND_COLOR = eINSTANCE.getNodeStyle_BackgroundColor();

		/**
		 * The meta object literal for the '<em><b>Border Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__BORDER_COLOR = eINSTANCE.getNodeStyle_BorderColor();

		/**
		 * The meta object literal for the '<em><b>Border Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__BORDER_SIZE = eINSTANCE.getNodeStyle_BorderSize();

		/**
		 * The meta object literal for the '<em><b>Label Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__LABEL_POSITION = eINSTANCE.getNodeStyle_LabelPosition();

		/**
		 * The meta object literal for the '<em><b>Icon</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__ICON = eINSTANCE.getNodeStyle_Icon();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__WIDTH = eINSTANCE.getNodeStyle_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE__HEIGHT = eINSTANCE.getNodeStyle_Height();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.diagram.impl.EdgeStyleImpl <em>Edge Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.diagram.impl.EdgeStyleImpl
		 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getEdgeStyle()
		 * @generated
		 */
		EClass EDGE_STYLE = eINSTANCE.getEdgeStyle();

		/**
		 * The meta object literal for the '<em><b>Line Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__LINE_COLOR = eINSTANCE.getEdgeStyle_LineColor();

		/**
		 * The meta object literal for the '<em><b>Line Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__LINE_SIZE = eINSTANCE.getEdgeStyle_LineSize();

		/**
		 * The meta object literal for the '<em><b>Routing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__ROUTING = eINSTANCE.getEdgeStyle_Routing();

		/**
		 * The meta object literal for the '<em><b>Source Decorator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__SOURCE_DECORATOR = eINSTANCE.getEdgeStyle_SourceDecorator();

		/**
		 * The meta object literal for the '<em><b>Target Decorator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE__TARGET_DECORATOR = eINSTANCE.getEdgeStyle_TargetDecorator();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.diagram.Shape <em>Shape</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.diagram.Shape
		 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getShape()
		 * @generated
		 */
		EEnum SHAPE = eINSTANCE.getShape();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.diagram.LineStyle <em>Line Style</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.diagram.LineStyle
		 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getLineStyle()
		 * @generated
		 */
		EEnum LINE_STYLE = eINSTANCE.getLineStyle();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.diagram.LabelPosition <em>Label Position</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.diagram.LabelPosition
		 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getLabelPosition()
		 * @generated
		 */
		EEnum LABEL_POSITION = eINSTANCE.getLabelPosition();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.diagram.Routing <em>Routing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.diagram.Routing
		 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getRouting()
		 * @generated
		 */
		EEnum ROUTING = eINSTANCE.getRouting();

		/**
		 * The meta object literal for the '{@link org.maillage.viewpoint.model.diagram.Decorator <em>Decorator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.viewpoint.model.diagram.Decorator
		 * @see org.maillage.viewpoint.model.diagram.impl.DiagramPackageImpl#getDecorator()
		 * @generated
		 */
		EEnum DECORATOR = eINSTANCE.getDecorator();

	}

} //DiagramPackage
