/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.maillage.viewpoint.model.description.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.maillage.viewpoint.model.description.DescriptionPackage
 * @generated
 */
public class DescriptionAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DescriptionPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DescriptionAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = DescriptionPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DescriptionSwitch<Adapter> modelSwitch =
		new DescriptionSwitch<Adapter>()
		{
			@Override
			public Adapter caseViewpoint(Viewpoint object)
			{
				return createViewpointAdapter();
			}
			@Override
			public Adapter caseIdentifiedElement(IdentifiedElement object)
			{
				return createIdentifiedElementAdapter();
			}
			@Override
			public Adapter caseDiagramDescription(DiagramDescription object)
			{
				return createDiagramDescriptionAdapter();
			}
			@Override
			public Adapter caseLayer(Layer object)
			{
				return createLayerAdapter();
			}
			@Override
			public Adapter caseDiagramElementMapping(DiagramElementMapping object)
			{
				return createDiagramElementMappingAdapter();
			}
			@Override
			public Adapter caseAbstractNodeMapping(AbstractNodeMapping object)
			{
				return createAbstractNodeMappingAdapter();
			}
			@Override
			public Adapter caseNodeMapping(NodeMapping object)
			{
				return createNodeMappingAdapter();
			}
			@Override
			public Adapter caseContainerMapping(ContainerMapping object)
			{
				return createContainerMappingAdapter();
			}
			@Override
			public Adapter caseEdgeMapping(EdgeMapping object)
			{
				return createEdgeMappingAdapter();
			}
			@Override
			public Adapter caseConditionalStyle(ConditionalStyle object)
			{
				return createConditionalStyleAdapter();
			}
			@Override
			public Adapter caseFilter(Filter object)
			{
				return createFilterAdapter();
			}
			@Override
			public Adapter caseTool(Tool object)
			{
				return createToolAdapter();
			}
			@Override
			public Adapter caseNodeCreationTool(NodeCreationTool object)
			{
				return createNodeCreationToolAdapter();
			}
			@Override
			public Adapter caseEdgeCreationTool(EdgeCreationTool object)
			{
				return createEdgeCreationToolAdapter();
			}
			@Override
			public Adapter caseDeleteTool(DeleteTool object)
			{
				return createDeleteToolAdapter();
			}
			@Override
			public Adapter caseDirectEditTool(DirectEditTool object)
			{
				return createDirectEditToolAdapter();
			}
			@Override
			public Adapter caseTableDescription(TableDescription object)
			{
				return createTableDescriptionAdapter();
			}
			@Override
			public Adapter caseCrossTableDescription(CrossTableDescription object)
			{
				return createCrossTableDescriptionAdapter();
			}
			@Override
			public Adapter caseLineMapping(LineMapping object)
			{
				return createLineMappingAdapter();
			}
			@Override
			public Adapter caseFeatureColumn(FeatureColumn object)
			{
				return createFeatureColumnAdapter();
			}
			@Override
			public Adapter caseElementColumnMapping(ElementColumnMapping object)
			{
				return createElementColumnMappingAdapter();
			}
			@Override
			public Adapter caseIntersectionMapping(IntersectionMapping object)
			{
				return createIntersectionMappingAdapter();
			}
			@Override
			public Adapter caseCellStyle(CellStyle object)
			{
				return createCellStyleAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.Viewpoint <em>Viewpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.Viewpoint
	 * @generated
	 */
	public Adapter createViewpointAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.IdentifiedElement <em>Identified Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.IdentifiedElement
	 * @generated
	 */
	public Adapter createIdentifiedElementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.DiagramDescription <em>Diagram Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.DiagramDescription
	 * @generated
	 */
	public Adapter createDiagramDescriptionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.Layer
	 * @generated
	 */
	public Adapter createLayerAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.DiagramElementMapping <em>Diagram Element Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.DiagramElementMapping
	 * @generated
	 */
	public Adapter createDiagramElementMappingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.AbstractNodeMapping <em>Abstract Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.AbstractNodeMapping
	 * @generated
	 */
	public Adapter createAbstractNodeMappingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.NodeMapping <em>Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.NodeMapping
	 * @generated
	 */
	public Adapter createNodeMappingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.ContainerMapping <em>Container Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.ContainerMapping
	 * @generated
	 */
	public Adapter createContainerMappingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.EdgeMapping <em>Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.EdgeMapping
	 * @generated
	 */
	public Adapter createEdgeMappingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.ConditionalStyle <em>Conditional Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.ConditionalStyle
	 * @generated
	 */
	public Adapter createConditionalStyleAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.Filter <em>Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.Filter
	 * @generated
	 */
	public Adapter createFilterAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.Tool <em>Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.Tool
	 * @generated
	 */
	public Adapter createToolAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.NodeCreationTool <em>Node Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.NodeCreationTool
	 * @generated
	 */
	public Adapter createNodeCreationToolAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.EdgeCreationTool <em>Edge Creation Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.EdgeCreationTool
	 * @generated
	 */
	public Adapter createEdgeCreationToolAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.DeleteTool <em>Delete Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.DeleteTool
	 * @generated
	 */
	public Adapter createDeleteToolAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.DirectEditTool <em>Direct Edit Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.DirectEditTool
	 * @generated
	 */
	public Adapter createDirectEditToolAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.TableDescription <em>Table Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.TableDescription
	 * @generated
	 */
	public Adapter createTableDescriptionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.CrossTableDescription <em>Cross Table Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.CrossTableDescription
	 * @generated
	 */
	public Adapter createCrossTableDescriptionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.LineMapping <em>Line Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.LineMapping
	 * @generated
	 */
	public Adapter createLineMappingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.FeatureColumn <em>Feature Column</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.FeatureColumn
	 * @generated
	 */
	public Adapter createFeatureColumnAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.ElementColumnMapping <em>Element Column Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.ElementColumnMapping
	 * @generated
	 */
	public Adapter createElementColumnMappingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.IntersectionMapping <em>Intersection Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.IntersectionMapping
	 * @generated
	 */
	public Adapter createIntersectionMappingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.description.CellStyle <em>Cell Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.description.CellStyle
	 * @generated
	 */
	public Adapter createCellStyleAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //DescriptionAdapterFactory
