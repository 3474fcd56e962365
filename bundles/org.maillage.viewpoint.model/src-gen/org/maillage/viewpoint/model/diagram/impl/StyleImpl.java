/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.diagram.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.maillage.viewpoint.model.diagram.DiagramPackage;
import org.maillage.viewpoint.model.diagram.LineStyle;
import org.maillage.viewpoint.model.diagram.Style;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Style</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.StyleImpl#getLabelColor <em>Label Color</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.StyleImpl#getLabelSize <em>Label Size</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.StyleImpl#isLabelBold <em>Label Bold</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.StyleImpl#getLineStyle <em>Line Style</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class StyleImpl extends MinimalEObjectImpl.Container implements Style
{
	/**
	 * The default value of the '{@link #getLabelColor() <em>Label Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelColor()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_COLOR_EDEFAULT = "#1A1A1A";

	/**
	 * The cached value of the '{@link #getLabelColor() <em>Label Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelColor()
	 * @generated
	 * @ordered
	 */
	protected String labelColor = LABEL_COLOR_EDEFAULT;

	/**
	 * This is true if the Label Color attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean labelColorESet;

	/**
	 * The default value of the '{@link #getLabelSize() <em>Label Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSize()
	 * @generated
	 * @ordered
	 */
	protected static final int LABEL_SIZE_EDEFAULT = 11;

	/**
	 * The cached value of the '{@link #getLabelSize() <em>Label Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelSize()
	 * @generated
	 * @ordered
	 */
	protected int labelSize = LABEL_SIZE_EDEFAULT;

	/**
	 * This is true if the Label Size attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean labelSizeESet;

	/**
	 * The default value of the '{@link #isLabelBold() <em>Label Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLabelBold()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LABEL_BOLD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLabelBold() <em>Label Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLabelBold()
	 * @generated
	 * @ordered
	 */
	protected boolean labelBold = LABEL_BOLD_EDEFAULT;

	/**
	 * This is true if the Label Bold attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean labelBoldESet;

	/**
	 * The default value of the '{@link #getLineStyle() <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineStyle()
	 * @generated
	 * @ordered
	 */
	protected static final LineStyle LINE_STYLE_EDEFAULT = LineStyle.SOLID;

	/**
	 * The cached value of the '{@link #getLineStyle() <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineStyle()
	 * @generated
	 * @ordered
	 */
	protected LineStyle lineStyle = LINE_STYLE_EDEFAULT;

	/**
	 * This is true if the Line Style attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean lineStyleESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StyleImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return DiagramPackage.Literals.STYLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelColor()
	{
		return labelColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelColor(String newLabelColor)
	{
		String oldLabelColor = labelColor;
		labelColor = newLabelColor;
		boolean oldLabelColorESet = labelColorESet;
		labelColorESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.STYLE__LABEL_COLOR, oldLabelColor, labelColor, !oldLabelColorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLabelColor()
	{
		String oldLabelColor = labelColor;
		boolean oldLabelColorESet = labelColorESet;
		labelColor = LABEL_COLOR_EDEFAULT;
		labelColorESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DiagramPackage.STYLE__LABEL_COLOR, oldLabelColor, LABEL_COLOR_EDEFAULT, oldLabelColorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLabelColor()
	{
		return labelColorESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLabelSize()
	{
		return labelSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelSize(int newLabelSize)
	{
		int oldLabelSize = labelSize;
		labelSize = newLabelSize;
		boolean oldLabelSizeESet = labelSizeESet;
		labelSizeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.STYLE__LABEL_SIZE, oldLabelSize, labelSize, !oldLabelSizeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLabelSize()
	{
		int oldLabelSize = labelSize;
		boolean oldLabelSizeESet = labelSizeESet;
		labelSize = LABEL_SIZE_EDEFAULT;
		labelSizeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DiagramPackage.STYLE__LABEL_SIZE, oldLabelSize, LABEL_SIZE_EDEFAULT, oldLabelSizeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLabelSize()
	{
		return labelSizeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLabelBold()
	{
		return labelBold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelBold(boolean newLabelBold)
	{
		boolean oldLabelBold = labelBold;
		labelBold = newLabelBold;
		boolean oldLabelBoldESet = labelBoldESet;
		labelBoldESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.STYLE__LABEL_BOLD, oldLabelBold, labelBold, !oldLabelBoldESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLabelBold()
	{
		boolean oldLabelBold = labelBold;
		boolean oldLabelBoldESet = labelBoldESet;
		labelBold = LABEL_BOLD_EDEFAULT;
		labelBoldESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DiagramPackage.STYLE__LABEL_BOLD, oldLabelBold, LABEL_BOLD_EDEFAULT, oldLabelBoldESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLabelBold()
	{
		return labelBoldESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LineStyle getLineStyle()
	{
		return lineStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineStyle(LineStyle newLineStyle)
	{
		LineStyle oldLineStyle = lineStyle;
		lineStyle = newLineStyle == null ? LINE_STYLE_EDEFAULT : newLineStyle;
		boolean oldLineStyleESet = lineStyleESet;
		lineStyleESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.STYLE__LINE_STYLE, oldLineStyle, lineStyle, !oldLineStyleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLineStyle()
	{
		LineStyle oldLineStyle = lineStyle;
		boolean oldLineStyleESet = lineStyleESet;
		lineStyle = LINE_STYLE_EDEFAULT;
		lineStyleESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DiagramPackage.STYLE__LINE_STYLE, oldLineStyle, LINE_STYLE_EDEFAULT, oldLineStyleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLineStyle()
	{
		return lineStyleESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case DiagramPackage.STYLE__LABEL_COLOR:
				return getLabelColor();
			case DiagramPackage.STYLE__LABEL_SIZE:
				return getLabelSize();
			case DiagramPackage.STYLE__LABEL_BOLD:
				return isLabelBold();
			case DiagramPackage.STYLE__LINE_STYLE:
				return getLineStyle();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case DiagramPackage.STYLE__LABEL_COLOR:
				setLabelColor((String)newValue);
				return;
			case DiagramPackage.STYLE__LABEL_SIZE:
				setLabelSize((Integer)newValue);
				return;
			case DiagramPackage.STYLE__LABEL_BOLD:
				setLabelBold((Boolean)newValue);
				return;
			case DiagramPackage.STYLE__LINE_STYLE:
				setLineStyle((LineStyle)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case DiagramPackage.STYLE__LABEL_COLOR:
				unsetLabelColor();
				return;
			case DiagramPackage.STYLE__LABEL_SIZE:
				unsetLabelSize();
				return;
			case DiagramPackage.STYLE__LABEL_BOLD:
				unsetLabelBold();
				return;
			case DiagramPackage.STYLE__LINE_STYLE:
				unsetLineStyle();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case DiagramPackage.STYLE__LABEL_COLOR:
				return isSetLabelColor();
			case DiagramPackage.STYLE__LABEL_SIZE:
				return isSetLabelSize();
			case DiagramPackage.STYLE__LABEL_BOLD:
				return isSetLabelBold();
			case DiagramPackage.STYLE__LINE_STYLE:
				return isSetLineStyle();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (labelColor: ");
		if (labelColorESet) result.append(labelColor); else result.append("<unset>");
		result.append(", labelSize: ");
		if (labelSizeESet) result.append(labelSize); else result.append("<unset>");
		result.append(", labelBold: ");
		if (labelBoldESet) result.append(labelBold); else result.append("<unset>");
		result.append(", lineStyle: ");
		if (lineStyleESet) result.append(lineStyle); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //StyleImpl
