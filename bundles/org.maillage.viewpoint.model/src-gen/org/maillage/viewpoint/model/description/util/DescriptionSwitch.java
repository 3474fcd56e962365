/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.maillage.viewpoint.model.description.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.maillage.viewpoint.model.description.DescriptionPackage
 * @generated
 */
public class DescriptionSwitch<T> extends Switch<T>
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DescriptionPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DescriptionSwitch()
	{
		if (modelPackage == null)
		{
			modelPackage = DescriptionPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage)
	{
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject)
	{
		switch (classifierID)
		{
			case DescriptionPackage.VIEWPOINT:
			{
				Viewpoint viewpoint = (Viewpoint)theEObject;
				T result = caseViewpoint(viewpoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.IDENTIFIED_ELEMENT:
			{
				IdentifiedElement identifiedElement = (IdentifiedElement)theEObject;
				T result = caseIdentifiedElement(identifiedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.DIAGRAM_DESCRIPTION:
			{
				DiagramDescription diagramDescription = (DiagramDescription)theEObject;
				T result = caseDiagramDescription(diagramDescription);
				if (result == null) result = caseIdentifiedElement(diagramDescription);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.LAYER:
			{
				Layer layer = (Layer)theEObject;
				T result = caseLayer(layer);
				if (result == null) result = caseIdentifiedElement(layer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.DIAGRAM_ELEMENT_MAPPING:
			{
				DiagramElementMapping diagramElementMapping = (DiagramElementMapping)theEObject;
				T result = caseDiagramElementMapping(diagramElementMapping);
				if (result == null) result = caseIdentifiedElement(diagramElementMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.ABSTRACT_NODE_MAPPING:
			{
				AbstractNodeMapping abstractNodeMapping = (AbstractNodeMapping)theEObject;
				T result = caseAbstractNodeMapping(abstractNodeMapping);
				if (result == null) result = caseDiagramElementMapping(abstractNodeMapping);
				if (result == null) result = caseIdentifiedElement(abstractNodeMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.NODE_MAPPING:
			{
				NodeMapping nodeMapping = (NodeMapping)theEObject;
				T result = caseNodeMapping(nodeMapping);
				if (result == null) result = caseAbstractNodeMapping(nodeMapping);
				if (result == null) result = caseDiagramElementMapping(nodeMapping);
				if (result == null) result = caseIdentifiedElement(nodeMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.CONTAINER_MAPPING:
			{
				ContainerMapping containerMapping = (ContainerMapping)theEObject;
				T result = caseContainerMapping(containerMapping);
				if (result == null) result = caseAbstractNodeMapping(containerMapping);
				if (result == null) result = caseDiagramElementMapping(containerMapping);
				if (result == null) result = caseIdentifiedElement(containerMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.EDGE_MAPPING:
			{
				EdgeMapping edgeMapping = (EdgeMapping)theEObject;
				T result = caseEdgeMapping(edgeMapping);
				if (result == null) result = caseDiagramElementMapping(edgeMapping);
				if (result == null) result = caseIdentifiedElement(edgeMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.CONDITIONAL_STYLE:
			{
				ConditionalStyle conditionalStyle = (ConditionalStyle)theEObject;
				T result = caseConditionalStyle(conditionalStyle);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.FILTER:
			{
				Filter filter = (Filter)theEObject;
				T result = caseFilter(filter);
				if (result == null) result = caseIdentifiedElement(filter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.TOOL:
			{
				Tool tool = (Tool)theEObject;
				T result = caseTool(tool);
				if (result == null) result = caseIdentifiedElement(tool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.NODE_CREATION_TOOL:
			{
				NodeCreationTool nodeCreationTool = (NodeCreationTool)theEObject;
				T result = caseNodeCreationTool(nodeCreationTool);
				if (result == null) result = caseTool(nodeCreationTool);
				if (result == null) result = caseIdentifiedElement(nodeCreationTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.EDGE_CREATION_TOOL:
			{
				EdgeCreationTool edgeCreationTool = (EdgeCreationTool)theEObject;
				T result = caseEdgeCreationTool(edgeCreationTool);
				if (result == null) result = caseTool(edgeCreationTool);
				if (result == null) result = caseIdentifiedElement(edgeCreationTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.DELETE_TOOL:
			{
				DeleteTool deleteTool = (DeleteTool)theEObject;
				T result = caseDeleteTool(deleteTool);
				if (result == null) result = caseTool(deleteTool);
				if (result == null) result = caseIdentifiedElement(deleteTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.DIRECT_EDIT_TOOL:
			{
				DirectEditTool directEditTool = (DirectEditTool)theEObject;
				T result = caseDirectEditTool(directEditTool);
				if (result == null) result = caseTool(directEditTool);
				if (result == null) result = caseIdentifiedElement(directEditTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.TABLE_DESCRIPTION:
			{
				TableDescription tableDescription = (TableDescription)theEObject;
				T result = caseTableDescription(tableDescription);
				if (result == null) result = caseIdentifiedElement(tableDescription);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.CROSS_TABLE_DESCRIPTION:
			{
				CrossTableDescription crossTableDescription = (CrossTableDescription)theEObject;
				T result = caseCrossTableDescription(crossTableDescription);
				if (result == null) result = caseTableDescription(crossTableDescription);
				if (result == null) result = caseIdentifiedElement(crossTableDescription);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.LINE_MAPPING:
			{
				LineMapping lineMapping = (LineMapping)theEObject;
				T result = caseLineMapping(lineMapping);
				if (result == null) result = caseIdentifiedElement(lineMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.FEATURE_COLUMN:
			{
				FeatureColumn featureColumn = (FeatureColumn)theEObject;
				T result = caseFeatureColumn(featureColumn);
				if (result == null) result = caseIdentifiedElement(featureColumn);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.ELEMENT_COLUMN_MAPPING:
			{
				ElementColumnMapping elementColumnMapping = (ElementColumnMapping)theEObject;
				T result = caseElementColumnMapping(elementColumnMapping);
				if (result == null) result = caseIdentifiedElement(elementColumnMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.INTERSECTION_MAPPING:
			{
				IntersectionMapping intersectionMapping = (IntersectionMapping)theEObject;
				T result = caseIntersectionMapping(intersectionMapping);
				if (result == null) result = caseIdentifiedElement(intersectionMapping);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DescriptionPackage.CELL_STYLE:
			{
				CellStyle cellStyle = (CellStyle)theEObject;
				T result = caseCellStyle(cellStyle);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Viewpoint</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Viewpoint</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseViewpoint(Viewpoint object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Identified Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Identified Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIdentifiedElement(IdentifiedElement object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram Description</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram Description</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagramDescription(DiagramDescription object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Layer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Layer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLayer(Layer object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram Element Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram Element Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagramElementMapping(DiagramElementMapping object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Abstract Node Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Abstract Node Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAbstractNodeMapping(AbstractNodeMapping object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Node Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Node Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNodeMapping(NodeMapping object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Container Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Container Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContainerMapping(ContainerMapping object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Edge Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Edge Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEdgeMapping(EdgeMapping object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Conditional Style</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Conditional Style</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConditionalStyle(ConditionalStyle object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Filter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Filter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFilter(Filter object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTool(Tool object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Node Creation Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Node Creation Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNodeCreationTool(NodeCreationTool object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Edge Creation Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Edge Creation Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEdgeCreationTool(EdgeCreationTool object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Delete Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Delete Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeleteTool(DeleteTool object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Direct Edit Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Direct Edit Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDirectEditTool(DirectEditTool object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Table Description</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Table Description</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTableDescription(TableDescription object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cross Table Description</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cross Table Description</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCrossTableDescription(CrossTableDescription object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Line Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Line Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLineMapping(LineMapping object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Feature Column</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Feature Column</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFeatureColumn(FeatureColumn object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Element Column Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Element Column Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseElementColumnMapping(ElementColumnMapping object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Intersection Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Intersection Mapping</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIntersectionMapping(IntersectionMapping object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cell Style</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cell Style</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCellStyle(CellStyle object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object)
	{
		return null;
	}

} //DescriptionSwitch
