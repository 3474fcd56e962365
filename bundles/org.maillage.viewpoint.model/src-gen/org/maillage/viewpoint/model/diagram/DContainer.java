/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.diagram;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>DContainer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A node that holds other nodes (e.g. an EPCI and its communes).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.diagram.DContainer#getChildren <em>Children</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDContainer()
 * @model
 * @generated
 */
public interface DContainer extends DNode
{
	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.viewpoint.model.diagram.DNode}.
	 * It is bidirectional and its opposite is '{@link org.maillage.viewpoint.model.diagram.DNode#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nodes drawn inside, with positions relative to this container.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDContainer_Children()
	 * @see org.maillage.viewpoint.model.diagram.DNode#getParent
	 * @model opposite="parent" containment="true"
	 * @generated
	 */
	EList<DNode> getChildren();

} // DContainer
