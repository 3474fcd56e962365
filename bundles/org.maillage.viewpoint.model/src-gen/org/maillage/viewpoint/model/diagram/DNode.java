/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.diagram;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>DNode</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A box: a node, or with children a container.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.diagram.DNode#getX <em>X</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.DNode#getY <em>Y</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.DNode#getWidth <em>Width</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.DNode#getHeight <em>Height</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.DNode#isPinned <em>Pinned</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.DNode#getStyle <em>Style</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.DNode#getParent <em>Parent</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDNode()
 * @model
 * @generated
 */
public interface DNode extends DDiagramElement
{
	/**
	 * Returns the value of the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Left side, relative to the parent container (or the diagram).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X</em>' attribute.
	 * @see #setX(double)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDNode_X()
	 * @model
	 * @generated
	 */
	double getX();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.DNode#getX <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X</em>' attribute.
	 * @see #getX()
	 * @generated
	 */
	void setX(double value);

	/**
	 * Returns the value of the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top side, relative to the parent container (or the diagram).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Y</em>' attribute.
	 * @see #setY(double)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDNode_Y()
	 * @model
	 * @generated
	 */
	double getY();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.DNode#getY <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Y</em>' attribute.
	 * @see #getY()
	 * @generated
	 */
	void setY(double value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(double)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDNode_Width()
	 * @model
	 * @generated
	 */
	double getWidth();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.DNode#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(double value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(double)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDNode_Height()
	 * @model
	 * @generated
	 */
	double getHeight();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.DNode#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(double value);

	/**
	 * Returns the value of the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set when the user moved the node: layout and refresh keep its position.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pinned</em>' attribute.
	 * @see #setPinned(boolean)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDNode_Pinned()
	 * @model
	 * @generated
	 */
	boolean isPinned();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.DNode#isPinned <em>Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pinned</em>' attribute.
	 * @see #isPinned()
	 * @generated
	 */
	void setPinned(boolean value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Computed style: the mapping style with the first matching conditional style laid over it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(NodeStyle)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDNode_Style()
	 * @model containment="true"
	 * @generated
	 */
	NodeStyle getStyle();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.DNode#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(NodeStyle value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.maillage.viewpoint.model.diagram.DContainer#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The container holding this node, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' container reference.
	 * @see #setParent(DContainer)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getDNode_Parent()
	 * @see org.maillage.viewpoint.model.diagram.DContainer#getChildren
	 * @model opposite="children"
	 * @generated
	 */
	DContainer getParent();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.DNode#getParent <em>Parent</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' container reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(DContainer value);

} // DNode
