/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.diagram.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.maillage.viewpoint.model.diagram.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.maillage.viewpoint.model.diagram.DiagramPackage
 * @generated
 */
public class DiagramAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DiagramPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiagramAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = DiagramPackage.eINSTANCE;
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
	protected DiagramSwitch<Adapter> modelSwitch =
		new DiagramSwitch<Adapter>()
		{
			@Override
			public Adapter caseDiagram(Diagram object)
			{
				return createDiagramAdapter();
			}
			@Override
			public Adapter caseDDiagramElement(DDiagramElement object)
			{
				return createDDiagramElementAdapter();
			}
			@Override
			public Adapter caseDNode(DNode object)
			{
				return createDNodeAdapter();
			}
			@Override
			public Adapter caseDContainer(DContainer object)
			{
				return createDContainerAdapter();
			}
			@Override
			public Adapter caseDEdge(DEdge object)
			{
				return createDEdgeAdapter();
			}
			@Override
			public Adapter caseDPoint(DPoint object)
			{
				return createDPointAdapter();
			}
			@Override
			public Adapter caseStyle(Style object)
			{
				return createStyleAdapter();
			}
			@Override
			public Adapter caseNodeStyle(NodeStyle object)
			{
				return createNodeStyleAdapter();
			}
			@Override
			public Adapter caseEdgeStyle(EdgeStyle object)
			{
				return createEdgeStyleAdapter();
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
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.diagram.Diagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.diagram.Diagram
	 * @generated
	 */
	public Adapter createDiagramAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.diagram.DDiagramElement <em>DDiagram Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.diagram.DDiagramElement
	 * @generated
	 */
	public Adapter createDDiagramElementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.diagram.DNode <em>DNode</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.diagram.DNode
	 * @generated
	 */
	public Adapter createDNodeAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.diagram.DContainer <em>DContainer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.diagram.DContainer
	 * @generated
	 */
	public Adapter createDContainerAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.diagram.DEdge <em>DEdge</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.diagram.DEdge
	 * @generated
	 */
	public Adapter createDEdgeAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.diagram.DPoint <em>DPoint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.diagram.DPoint
	 * @generated
	 */
	public Adapter createDPointAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.diagram.Style <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.diagram.Style
	 * @generated
	 */
	public Adapter createStyleAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.diagram.NodeStyle <em>Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.diagram.NodeStyle
	 * @generated
	 */
	public Adapter createNodeStyleAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.viewpoint.model.diagram.EdgeStyle <em>Edge Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.viewpoint.model.diagram.EdgeStyle
	 * @generated
	 */
	public Adapter createEdgeStyleAdapter()
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

} //DiagramAdapterFactory
