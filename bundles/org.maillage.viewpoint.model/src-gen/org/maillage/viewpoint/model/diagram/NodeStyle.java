/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.diagram;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Style of a node or container.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.diagram.NodeStyle#getShape <em>Shape</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.NodeStyle#getBackgroundColor <em>Background Color</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.NodeStyle#getBorderColor <em>Border Color</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.NodeStyle#getBorderSize <em>Border Size</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.NodeStyle#getLabelPosition <em>Label Position</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.NodeStyle#getIcon <em>Icon</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.NodeStyle#getWidth <em>Width</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.NodeStyle#getHeight <em>Height</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getNodeStyle()
 * @model
 * @generated
 */
public interface NodeStyle extends Style
{
	/**
	 * Returns the value of the '<em><b>Shape</b></em>' attribute.
	 * The literals are from the enumeration {@link org.maillage.viewpoint.model.diagram.Shape}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shape</em>' attribute.
	 * @see org.maillage.viewpoint.model.diagram.Shape
	 * @see #isSetShape()
	 * @see #unsetShape()
	 * @see #setShape(Shape)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getNodeStyle_Shape()
	 * @model unsettable="true"
	 * @generated
	 */
	Shape getShape();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getShape <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shape</em>' attribute.
	 * @see org.maillage.viewpoint.model.diagram.Shape
	 * @see #isSetShape()
	 * @see #unsetShape()
	 * @see #getShape()
	 * @generated
	 */
	void setShape(Shape value);

	/**
	 * Unsets the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getShape <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetShape()
	 * @see #getShape()
	 * @see #setShape(Shape)
	 * @generated
	 */
	void unsetShape();

	/**
	 * Returns whether the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getShape <em>Shape</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Shape</em>' attribute is set.
	 * @see #unsetShape()
	 * @see #getShape()
	 * @see #setShape(Shape)
	 * @generated
	 */
	boolean isSetShape();

	/**
	 * Returns the value of the '<em><b>Background Color</b></em>' attribute.
	 * The default value is <code>"#FFFFFF"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fill colour, #RRGGBB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Background Color</em>' attribute.
	 * @see #isSetBackgroundColor()
	 * @see #unsetBackgroundColor()
	 * @see #setBackgroundColor(String)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getNodeStyle_BackgroundColor()
	 * @model default="#FFFFFF" unsettable="true"
	 * @generated
	 */
	String getBackgroundColor();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getBackgroundColor <em>Background Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Background Color</em>' attribute.
	 * @see #isSetBackgroundColor()
	 * @see #unsetBackgroundColor()
	 * @see #getBackgroundColor()
	 * @generated
	 */
	void setBackgroundColor(String value);

	/**
	 * Unsets the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getBackgroundColor <em>Background Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBackgroundColor()
	 * @see #getBackgroundColor()
	 * @see #setBackgroundColor(String)
	 * @generated
	 */
	void unsetBackgroundColor();

	/**
	 * Returns whether the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getBackgroundColor <em>Background Color</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Background Color</em>' attribute is set.
	 * @see #unsetBackgroundColor()
	 * @see #getBackgroundColor()
	 * @see #setBackgroundColor(String)
	 * @generated
	 */
	boolean isSetBackgroundColor();

	/**
	 * Returns the value of the '<em><b>Border Color</b></em>' attribute.
	 * The default value is <code>"#4D4D4D"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Border colour, #RRGGBB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Border Color</em>' attribute.
	 * @see #isSetBorderColor()
	 * @see #unsetBorderColor()
	 * @see #setBorderColor(String)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getNodeStyle_BorderColor()
	 * @model default="#4D4D4D" unsettable="true"
	 * @generated
	 */
	String getBorderColor();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getBorderColor <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Color</em>' attribute.
	 * @see #isSetBorderColor()
	 * @see #unsetBorderColor()
	 * @see #getBorderColor()
	 * @generated
	 */
	void setBorderColor(String value);

	/**
	 * Unsets the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getBorderColor <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBorderColor()
	 * @see #getBorderColor()
	 * @see #setBorderColor(String)
	 * @generated
	 */
	void unsetBorderColor();

	/**
	 * Returns whether the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getBorderColor <em>Border Color</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Border Color</em>' attribute is set.
	 * @see #unsetBorderColor()
	 * @see #getBorderColor()
	 * @see #setBorderColor(String)
	 * @generated
	 */
	boolean isSetBorderColor();

	/**
	 * Returns the value of the '<em><b>Border Size</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Border width in pixels; 0 for none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Border Size</em>' attribute.
	 * @see #isSetBorderSize()
	 * @see #unsetBorderSize()
	 * @see #setBorderSize(int)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getNodeStyle_BorderSize()
	 * @model default="1" unsettable="true"
	 * @generated
	 */
	int getBorderSize();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getBorderSize <em>Border Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Size</em>' attribute.
	 * @see #isSetBorderSize()
	 * @see #unsetBorderSize()
	 * @see #getBorderSize()
	 * @generated
	 */
	void setBorderSize(int value);

	/**
	 * Unsets the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getBorderSize <em>Border Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBorderSize()
	 * @see #getBorderSize()
	 * @see #setBorderSize(int)
	 * @generated
	 */
	void unsetBorderSize();

	/**
	 * Returns whether the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getBorderSize <em>Border Size</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Border Size</em>' attribute is set.
	 * @see #unsetBorderSize()
	 * @see #getBorderSize()
	 * @see #setBorderSize(int)
	 * @generated
	 */
	boolean isSetBorderSize();

	/**
	 * Returns the value of the '<em><b>Label Position</b></em>' attribute.
	 * The literals are from the enumeration {@link org.maillage.viewpoint.model.diagram.LabelPosition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Position</em>' attribute.
	 * @see org.maillage.viewpoint.model.diagram.LabelPosition
	 * @see #isSetLabelPosition()
	 * @see #unsetLabelPosition()
	 * @see #setLabelPosition(LabelPosition)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getNodeStyle_LabelPosition()
	 * @model unsettable="true"
	 * @generated
	 */
	LabelPosition getLabelPosition();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getLabelPosition <em>Label Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Position</em>' attribute.
	 * @see org.maillage.viewpoint.model.diagram.LabelPosition
	 * @see #isSetLabelPosition()
	 * @see #unsetLabelPosition()
	 * @see #getLabelPosition()
	 * @generated
	 */
	void setLabelPosition(LabelPosition value);

	/**
	 * Unsets the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getLabelPosition <em>Label Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLabelPosition()
	 * @see #getLabelPosition()
	 * @see #setLabelPosition(LabelPosition)
	 * @generated
	 */
	void unsetLabelPosition();

	/**
	 * Returns whether the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getLabelPosition <em>Label Position</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Label Position</em>' attribute is set.
	 * @see #unsetLabelPosition()
	 * @see #getLabelPosition()
	 * @see #setLabelPosition(LabelPosition)
	 * @generated
	 */
	boolean isSetLabelPosition();

	/**
	 * Returns the value of the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional icon, PNG or GIF of a plug-in: in a description, a path relative to the .viewpoint file or /bundle.symbolic.name/path; in a representation, the resolved platform:/plugin/ URI. Drawn before the label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Icon</em>' attribute.
	 * @see #isSetIcon()
	 * @see #unsetIcon()
	 * @see #setIcon(String)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getNodeStyle_Icon()
	 * @model unsettable="true"
	 * @generated
	 */
	String getIcon();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getIcon <em>Icon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Icon</em>' attribute.
	 * @see #isSetIcon()
	 * @see #unsetIcon()
	 * @see #getIcon()
	 * @generated
	 */
	void setIcon(String value);

	/**
	 * Unsets the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getIcon <em>Icon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIcon()
	 * @see #getIcon()
	 * @see #setIcon(String)
	 * @generated
	 */
	void unsetIcon();

	/**
	 * Returns whether the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getIcon <em>Icon</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Icon</em>' attribute is set.
	 * @see #unsetIcon()
	 * @see #getIcon()
	 * @see #setIcon(String)
	 * @generated
	 */
	boolean isSetIcon();

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"140"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minimum width; the node grows to fit its label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #isSetWidth()
	 * @see #unsetWidth()
	 * @see #setWidth(int)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getNodeStyle_Width()
	 * @model default="140" unsettable="true"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #isSetWidth()
	 * @see #unsetWidth()
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Unsets the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetWidth()
	 * @see #getWidth()
	 * @see #setWidth(int)
	 * @generated
	 */
	void unsetWidth();

	/**
	 * Returns whether the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getWidth <em>Width</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Width</em>' attribute is set.
	 * @see #unsetWidth()
	 * @see #getWidth()
	 * @see #setWidth(int)
	 * @generated
	 */
	boolean isSetWidth();

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * The default value is <code>"44"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minimum height.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #isSetHeight()
	 * @see #unsetHeight()
	 * @see #setHeight(int)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getNodeStyle_Height()
	 * @model default="44" unsettable="true"
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #isSetHeight()
	 * @see #unsetHeight()
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Unsets the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHeight()
	 * @see #getHeight()
	 * @see #setHeight(int)
	 * @generated
	 */
	void unsetHeight();

	/**
	 * Returns whether the value of the '{@link org.maillage.viewpoint.model.diagram.NodeStyle#getHeight <em>Height</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Height</em>' attribute is set.
	 * @see #unsetHeight()
	 * @see #getHeight()
	 * @see #setHeight(int)
	 * @generated
	 */
	boolean isSetHeight();

} // NodeStyle
