/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.maillage.viewpoint.model.description.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DescriptionFactoryImpl extends EFactoryImpl implements DescriptionFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static DescriptionFactory init()
	{
		try
		{
			DescriptionFactory theDescriptionFactory = (DescriptionFactory)EPackage.Registry.INSTANCE.getEFactory(DescriptionPackage.eNS_URI);
			if (theDescriptionFactory != null)
			{
				return theDescriptionFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new DescriptionFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DescriptionFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case DescriptionPackage.VIEWPOINT: return createViewpoint();
			case DescriptionPackage.DIAGRAM_DESCRIPTION: return createDiagramDescription();
			case DescriptionPackage.LAYER: return createLayer();
			case DescriptionPackage.NODE_MAPPING: return createNodeMapping();
			case DescriptionPackage.CONTAINER_MAPPING: return createContainerMapping();
			case DescriptionPackage.EDGE_MAPPING: return createEdgeMapping();
			case DescriptionPackage.CONDITIONAL_STYLE: return createConditionalStyle();
			case DescriptionPackage.FILTER: return createFilter();
			case DescriptionPackage.NODE_CREATION_TOOL: return createNodeCreationTool();
			case DescriptionPackage.EDGE_CREATION_TOOL: return createEdgeCreationTool();
			case DescriptionPackage.DELETE_TOOL: return createDeleteTool();
			case DescriptionPackage.DIRECT_EDIT_TOOL: return createDirectEditTool();
			case DescriptionPackage.TABLE_DESCRIPTION: return createTableDescription();
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION: return createCrossTableDescription();
			case DescriptionPackage.LINE_MAPPING: return createLineMapping();
			case DescriptionPackage.FEATURE_COLUMN: return createFeatureColumn();
			case DescriptionPackage.ELEMENT_COLUMN_MAPPING: return createElementColumnMapping();
			case DescriptionPackage.INTERSECTION_MAPPING: return createIntersectionMapping();
			case DescriptionPackage.CELL_STYLE: return createCellStyle();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case DescriptionPackage.LAYOUT_DIRECTION:
				return createLayoutDirectionFromString(eDataType, initialValue);
			case DescriptionPackage.EDIT_OWNER:
				return createEditOwnerFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case DescriptionPackage.LAYOUT_DIRECTION:
				return convertLayoutDirectionToString(eDataType, instanceValue);
			case DescriptionPackage.EDIT_OWNER:
				return convertEditOwnerToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Viewpoint createViewpoint()
	{
		ViewpointImpl viewpoint = new ViewpointImpl();
		return viewpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramDescription createDiagramDescription()
	{
		DiagramDescriptionImpl diagramDescription = new DiagramDescriptionImpl();
		return diagramDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Layer createLayer()
	{
		LayerImpl layer = new LayerImpl();
		return layer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeMapping createNodeMapping()
	{
		NodeMappingImpl nodeMapping = new NodeMappingImpl();
		return nodeMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContainerMapping createContainerMapping()
	{
		ContainerMappingImpl containerMapping = new ContainerMappingImpl();
		return containerMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeMapping createEdgeMapping()
	{
		EdgeMappingImpl edgeMapping = new EdgeMappingImpl();
		return edgeMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConditionalStyle createConditionalStyle()
	{
		ConditionalStyleImpl conditionalStyle = new ConditionalStyleImpl();
		return conditionalStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Filter createFilter()
	{
		FilterImpl filter = new FilterImpl();
		return filter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeCreationTool createNodeCreationTool()
	{
		NodeCreationToolImpl nodeCreationTool = new NodeCreationToolImpl();
		return nodeCreationTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeCreationTool createEdgeCreationTool()
	{
		EdgeCreationToolImpl edgeCreationTool = new EdgeCreationToolImpl();
		return edgeCreationTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeleteTool createDeleteTool()
	{
		DeleteToolImpl deleteTool = new DeleteToolImpl();
		return deleteTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DirectEditTool createDirectEditTool()
	{
		DirectEditToolImpl directEditTool = new DirectEditToolImpl();
		return directEditTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TableDescription createTableDescription()
	{
		TableDescriptionImpl tableDescription = new TableDescriptionImpl();
		return tableDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CrossTableDescription createCrossTableDescription()
	{
		CrossTableDescriptionImpl crossTableDescription = new CrossTableDescriptionImpl();
		return crossTableDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LineMapping createLineMapping()
	{
		LineMappingImpl lineMapping = new LineMappingImpl();
		return lineMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureColumn createFeatureColumn()
	{
		FeatureColumnImpl featureColumn = new FeatureColumnImpl();
		return featureColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ElementColumnMapping createElementColumnMapping()
	{
		ElementColumnMappingImpl elementColumnMapping = new ElementColumnMappingImpl();
		return elementColumnMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntersectionMapping createIntersectionMapping()
	{
		IntersectionMappingImpl intersectionMapping = new IntersectionMappingImpl();
		return intersectionMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CellStyle createCellStyle()
	{
		CellStyleImpl cellStyle = new CellStyleImpl();
		return cellStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LayoutDirection createLayoutDirectionFromString(EDataType eDataType, String initialValue)
	{
		LayoutDirection result = LayoutDirection.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLayoutDirectionToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EditOwner createEditOwnerFromString(EDataType eDataType, String initialValue)
	{
		EditOwner result = EditOwner.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEditOwnerToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DescriptionPackage getDescriptionPackage()
	{
		return (DescriptionPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static DescriptionPackage getPackage()
	{
		return DescriptionPackage.eINSTANCE;
	}

} //DescriptionFactoryImpl
