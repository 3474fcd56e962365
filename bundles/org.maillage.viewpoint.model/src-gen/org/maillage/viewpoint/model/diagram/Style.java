/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.diagram;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Graphical properties. The same classes serve in descriptions (where unset attributes mean: keep the base style) and in representations (the computed style).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.diagram.Style#getLabelColor <em>Label Color</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.Style#getLabelSize <em>Label Size</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.Style#isLabelBold <em>Label Bold</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.Style#getLineStyle <em>Line Style</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getStyle()
 * @model abstract="true"
 * @generated
 */
public interface Style extends EObject
{
	/**
	 * Returns the value of the '<em><b>Label Color</b></em>' attribute.
	 * The default value is <code>"#1A1A1A"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Colour of the label, #RRGGBB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Color</em>' attribute.
	 * @see #isSetLabelColor()
	 * @see #unsetLabelColor()
	 * @see #setLabelColor(String)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getStyle_LabelColor()
	 * @model default="#1A1A1A" unsettable="true"
	 * @generated
	 */
	String getLabelColor();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.Style#getLabelColor <em>Label Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Color</em>' attribute.
	 * @see #isSetLabelColor()
	 * @see #unsetLabelColor()
	 * @see #getLabelColor()
	 * @generated
	 */
	void setLabelColor(String value);

	/**
	 * Unsets the value of the '{@link org.maillage.viewpoint.model.diagram.Style#getLabelColor <em>Label Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLabelColor()
	 * @see #getLabelColor()
	 * @see #setLabelColor(String)
	 * @generated
	 */
	void unsetLabelColor();

	/**
	 * Returns whether the value of the '{@link org.maillage.viewpoint.model.diagram.Style#getLabelColor <em>Label Color</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Label Color</em>' attribute is set.
	 * @see #unsetLabelColor()
	 * @see #getLabelColor()
	 * @see #setLabelColor(String)
	 * @generated
	 */
	boolean isSetLabelColor();

	/**
	 * Returns the value of the '<em><b>Label Size</b></em>' attribute.
	 * The default value is <code>"11"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Font size of the label, in points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Size</em>' attribute.
	 * @see #isSetLabelSize()
	 * @see #unsetLabelSize()
	 * @see #setLabelSize(int)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getStyle_LabelSize()
	 * @model default="11" unsettable="true"
	 * @generated
	 */
	int getLabelSize();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.Style#getLabelSize <em>Label Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Size</em>' attribute.
	 * @see #isSetLabelSize()
	 * @see #unsetLabelSize()
	 * @see #getLabelSize()
	 * @generated
	 */
	void setLabelSize(int value);

	/**
	 * Unsets the value of the '{@link org.maillage.viewpoint.model.diagram.Style#getLabelSize <em>Label Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLabelSize()
	 * @see #getLabelSize()
	 * @see #setLabelSize(int)
	 * @generated
	 */
	void unsetLabelSize();

	/**
	 * Returns whether the value of the '{@link org.maillage.viewpoint.model.diagram.Style#getLabelSize <em>Label Size</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Label Size</em>' attribute is set.
	 * @see #unsetLabelSize()
	 * @see #getLabelSize()
	 * @see #setLabelSize(int)
	 * @generated
	 */
	boolean isSetLabelSize();

	/**
	 * Returns the value of the '<em><b>Label Bold</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Bold</em>' attribute.
	 * @see #isSetLabelBold()
	 * @see #unsetLabelBold()
	 * @see #setLabelBold(boolean)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getStyle_LabelBold()
	 * @model default="false" unsettable="true"
	 * @generated
	 */
	boolean isLabelBold();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.Style#isLabelBold <em>Label Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Bold</em>' attribute.
	 * @see #isSetLabelBold()
	 * @see #unsetLabelBold()
	 * @see #isLabelBold()
	 * @generated
	 */
	void setLabelBold(boolean value);

	/**
	 * Unsets the value of the '{@link org.maillage.viewpoint.model.diagram.Style#isLabelBold <em>Label Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLabelBold()
	 * @see #isLabelBold()
	 * @see #setLabelBold(boolean)
	 * @generated
	 */
	void unsetLabelBold();

	/**
	 * Returns whether the value of the '{@link org.maillage.viewpoint.model.diagram.Style#isLabelBold <em>Label Bold</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Label Bold</em>' attribute is set.
	 * @see #unsetLabelBold()
	 * @see #isLabelBold()
	 * @see #setLabelBold(boolean)
	 * @generated
	 */
	boolean isSetLabelBold();

	/**
	 * Returns the value of the '<em><b>Line Style</b></em>' attribute.
	 * The literals are from the enumeration {@link org.maillage.viewpoint.model.diagram.LineStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Border (node) or line (edge) pattern.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line Style</em>' attribute.
	 * @see org.maillage.viewpoint.model.diagram.LineStyle
	 * @see #isSetLineStyle()
	 * @see #unsetLineStyle()
	 * @see #setLineStyle(LineStyle)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getStyle_LineStyle()
	 * @model unsettable="true"
	 * @generated
	 */
	LineStyle getLineStyle();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.Style#getLineStyle <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Style</em>' attribute.
	 * @see org.maillage.viewpoint.model.diagram.LineStyle
	 * @see #isSetLineStyle()
	 * @see #unsetLineStyle()
	 * @see #getLineStyle()
	 * @generated
	 */
	void setLineStyle(LineStyle value);

	/**
	 * Unsets the value of the '{@link org.maillage.viewpoint.model.diagram.Style#getLineStyle <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLineStyle()
	 * @see #getLineStyle()
	 * @see #setLineStyle(LineStyle)
	 * @generated
	 */
	void unsetLineStyle();

	/**
	 * Returns whether the value of the '{@link org.maillage.viewpoint.model.diagram.Style#getLineStyle <em>Line Style</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Line Style</em>' attribute is set.
	 * @see #unsetLineStyle()
	 * @see #getLineStyle()
	 * @see #setLineStyle(LineStyle)
	 * @generated
	 */
	boolean isSetLineStyle();

} // Style
