/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.diagram;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>DEdge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A line between two nodes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.diagram.DEdge#getSource <em>Source</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.DEdge#getTarget <em>Target</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.DEdge#getPoints <em>Points</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.DEdge#getStyle <em>Style</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.DEdge#getLabelX <em>Label X</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.DEdge#getLabelY <em>Label Y</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDEdge()
 * @model
 * @generated
 */
public interface DEdge extends DDiagramElement
{
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not stored: the edge's id names its ends, and the interpreter finds them again on every refresh. Stored, they were references by node id, and a diagram file holds several diagrams whose nodes share ids (the articulation diagram and a CLS's both draw that CLS): read back, an edge could end in another diagram, and saving a second diagram lost the first one's ends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(DNode)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDEdge_Source()
	 * @model transient="true"
	 * @generated
	 */
	DNode getSource();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.DEdge#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(DNode value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not stored, as the source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(DNode)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDEdge_Target()
	 * @model transient="true"
	 * @generated
	 */
	DNode getTarget();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.DEdge#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(DNode value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.diagram.DPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Route in diagram coordinates: start, bend points, end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDEdge_Points()
	 * @model containment="true"
	 * @generated
	 */
	EList<DPoint> getPoints();

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Computed style.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(EdgeStyle)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDEdge_Style()
	 * @model containment="true"
	 * @generated
	 */
	EdgeStyle getStyle();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.DEdge#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(EdgeStyle value);

	/**
	 * Returns the value of the '<em><b>Label X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Centre of the label, in diagram coordinates, after the last layout.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label X</em>' attribute.
	 * @see #setLabelX(double)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDEdge_LabelX()
	 * @model
	 * @generated
	 */
	double getLabelX();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.DEdge#getLabelX <em>Label X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label X</em>' attribute.
	 * @see #getLabelX()
	 * @generated
	 */
	void setLabelX(double value);

	/**
	 * Returns the value of the '<em><b>Label Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Y</em>' attribute.
	 * @see #setLabelY(double)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDEdge_LabelY()
	 * @model
	 * @generated
	 */
	double getLabelY();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.DEdge#getLabelY <em>Label Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Y</em>' attribute.
	 * @see #getLabelY()
	 * @generated
	 */
	void setLabelY(double value);

} // DEdge
