/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.diagram;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Style of an edge.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getLineColor <em>Line Color</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getLineSize <em>Line Size</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getRouting <em>Routing</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getSourceDecorator <em>Source Decorator</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getTargetDecorator <em>Target Decorator</em>}</li>
 * </ul>
 *
 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getEdgeStyle()
 * @model
 * @generated
 */
public interface EdgeStyle extends Style
{
	/**
	 * Returns the value of the '<em><b>Line Color</b></em>' attribute.
	 * The default value is <code>"#4D4D4D"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * #RRGGBB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line Color</em>' attribute.
	 * @see #isSetLineColor()
	 * @see #unsetLineColor()
	 * @see #setLineColor(String)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getEdgeStyle_LineColor()
	 * @model default="#4D4D4D" unsettable="true"
	 * @generated
	 */
	String getLineColor();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getLineColor <em>Line Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Color</em>' attribute.
	 * @see #isSetLineColor()
	 * @see #unsetLineColor()
	 * @see #getLineColor()
	 * @generated
	 */
	void setLineColor(String value);

	/**
	 * Unsets the value of the '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getLineColor <em>Line Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLineColor()
	 * @see #getLineColor()
	 * @see #setLineColor(String)
	 * @generated
	 */
	void unsetLineColor();

	/**
	 * Returns whether the value of the '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getLineColor <em>Line Color</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Line Color</em>' attribute is set.
	 * @see #unsetLineColor()
	 * @see #getLineColor()
	 * @see #setLineColor(String)
	 * @generated
	 */
	boolean isSetLineColor();

	/**
	 * Returns the value of the '<em><b>Line Size</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Size</em>' attribute.
	 * @see #isSetLineSize()
	 * @see #unsetLineSize()
	 * @see #setLineSize(int)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getEdgeStyle_LineSize()
	 * @model default="1" unsettable="true"
	 * @generated
	 */
	int getLineSize();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getLineSize <em>Line Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Size</em>' attribute.
	 * @see #isSetLineSize()
	 * @see #unsetLineSize()
	 * @see #getLineSize()
	 * @generated
	 */
	void setLineSize(int value);

	/**
	 * Unsets the value of the '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getLineSize <em>Line Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLineSize()
	 * @see #getLineSize()
	 * @see #setLineSize(int)
	 * @generated
	 */
	void unsetLineSize();

	/**
	 * Returns whether the value of the '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getLineSize <em>Line Size</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Line Size</em>' attribute is set.
	 * @see #unsetLineSize()
	 * @see #getLineSize()
	 * @see #setLineSize(int)
	 * @generated
	 */
	boolean isSetLineSize();

	/**
	 * Returns the value of the '<em><b>Routing</b></em>' attribute.
	 * The literals are from the enumeration {@link org.maillage.viewpoint.model.diagram.Routing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Routing</em>' attribute.
	 * @see org.maillage.viewpoint.model.diagram.Routing
	 * @see #isSetRouting()
	 * @see #unsetRouting()
	 * @see #setRouting(Routing)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getEdgeStyle_Routing()
	 * @model unsettable="true"
	 * @generated
	 */
	Routing getRouting();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getRouting <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Routing</em>' attribute.
	 * @see org.maillage.viewpoint.model.diagram.Routing
	 * @see #isSetRouting()
	 * @see #unsetRouting()
	 * @see #getRouting()
	 * @generated
	 */
	void setRouting(Routing value);

	/**
	 * Unsets the value of the '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getRouting <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRouting()
	 * @see #getRouting()
	 * @see #setRouting(Routing)
	 * @generated
	 */
	void unsetRouting();

	/**
	 * Returns whether the value of the '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getRouting <em>Routing</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Routing</em>' attribute is set.
	 * @see #unsetRouting()
	 * @see #getRouting()
	 * @see #setRouting(Routing)
	 * @generated
	 */
	boolean isSetRouting();

	/**
	 * Returns the value of the '<em><b>Source Decorator</b></em>' attribute.
	 * The literals are from the enumeration {@link org.maillage.viewpoint.model.diagram.Decorator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Decorator</em>' attribute.
	 * @see org.maillage.viewpoint.model.diagram.Decorator
	 * @see #isSetSourceDecorator()
	 * @see #unsetSourceDecorator()
	 * @see #setSourceDecorator(Decorator)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getEdgeStyle_SourceDecorator()
	 * @model unsettable="true"
	 * @generated
	 */
	Decorator getSourceDecorator();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getSourceDecorator <em>Source Decorator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Decorator</em>' attribute.
	 * @see org.maillage.viewpoint.model.diagram.Decorator
	 * @see #isSetSourceDecorator()
	 * @see #unsetSourceDecorator()
	 * @see #getSourceDecorator()
	 * @generated
	 */
	void setSourceDecorator(Decorator value);

	/**
	 * Unsets the value of the '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getSourceDecorator <em>Source Decorator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSourceDecorator()
	 * @see #getSourceDecorator()
	 * @see #setSourceDecorator(Decorator)
	 * @generated
	 */
	void unsetSourceDecorator();

	/**
	 * Returns whether the value of the '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getSourceDecorator <em>Source Decorator</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Source Decorator</em>' attribute is set.
	 * @see #unsetSourceDecorator()
	 * @see #getSourceDecorator()
	 * @see #setSourceDecorator(Decorator)
	 * @generated
	 */
	boolean isSetSourceDecorator();

	/**
	 * Returns the value of the '<em><b>Target Decorator</b></em>' attribute.
	 * The default value is <code>"ARROW"</code>.
	 * The literals are from the enumeration {@link org.maillage.viewpoint.model.diagram.Decorator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Decorator</em>' attribute.
	 * @see org.maillage.viewpoint.model.diagram.Decorator
	 * @see #isSetTargetDecorator()
	 * @see #unsetTargetDecorator()
	 * @see #setTargetDecorator(Decorator)
	 * @see org.maillage.viewpoint.model.diagram.DiagramPackage#getEdgeStyle_TargetDecorator()
	 * @model default="ARROW" unsettable="true"
	 * @generated
	 */
	Decorator getTargetDecorator();

	/**
	 * Sets the value of the '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getTargetDecorator <em>Target Decorator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Decorator</em>' attribute.
	 * @see org.maillage.viewpoint.model.diagram.Decorator
	 * @see #isSetTargetDecorator()
	 * @see #unsetTargetDecorator()
	 * @see #getTargetDecorator()
	 * @generated
	 */
	void setTargetDecorator(Decorator value);

	/**
	 * Unsets the value of the '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getTargetDecorator <em>Target Decorator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTargetDecorator()
	 * @see #getTargetDecorator()
	 * @see #setTargetDecorator(Decorator)
	 * @generated
	 */
	void unsetTargetDecorator();

	/**
	 * Returns whether the value of the '{@link org.maillage.viewpoint.model.diagram.EdgeStyle#getTargetDecorator <em>Target Decorator</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Target Decorator</em>' attribute is set.
	 * @see #unsetTargetDecorator()
	 * @see #getTargetDecorator()
	 * @see #setTargetDecorator(Decorator)
	 * @generated
	 */
	boolean isSetTargetDecorator();

} // EdgeStyle
