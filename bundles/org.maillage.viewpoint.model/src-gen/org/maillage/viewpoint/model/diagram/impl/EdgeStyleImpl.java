/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.diagram.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.maillage.viewpoint.model.diagram.Decorator;
import org.maillage.viewpoint.model.diagram.DiagramPackage;
import org.maillage.viewpoint.model.diagram.EdgeStyle;
import org.maillage.viewpoint.model.diagram.Routing;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Edge Style</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.EdgeStyleImpl#getLineColor <em>Line Color</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.EdgeStyleImpl#getLineSize <em>Line Size</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.EdgeStyleImpl#getRouting <em>Routing</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.EdgeStyleImpl#getSourceDecorator <em>Source Decorator</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.EdgeStyleImpl#getTargetDecorator <em>Target Decorator</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EdgeStyleImpl extends StyleImpl implements EdgeStyle
{
	/**
	 * The default value of the '{@link #getLineColor() <em>Line Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineColor()
	 * @generated
	 * @ordered
	 */
	protected static final String LINE_COLOR_EDEFAULT = "#4D4D4D";

	/**
	 * The cached value of the '{@link #getLineColor() <em>Line Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineColor()
	 * @generated
	 * @ordered
	 */
	protected String lineColor = LINE_COLOR_EDEFAULT;

	/**
	 * This is true if the Line Color attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean lineColorESet;

	/**
	 * The default value of the '{@link #getLineSize() <em>Line Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineSize()
	 * @generated
	 * @ordered
	 */
	protected static final int LINE_SIZE_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getLineSize() <em>Line Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineSize()
	 * @generated
	 * @ordered
	 */
	protected int lineSize = LINE_SIZE_EDEFAULT;

	/**
	 * This is true if the Line Size attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean lineSizeESet;

	/**
	 * The default value of the '{@link #getRouting() <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouting()
	 * @generated
	 * @ordered
	 */
	protected static final Routing ROUTING_EDEFAULT = Routing.ORTHOGONAL;

	/**
	 * The cached value of the '{@link #getRouting() <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouting()
	 * @generated
	 * @ordered
	 */
	protected Routing routing = ROUTING_EDEFAULT;

	/**
	 * This is true if the Routing attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean routingESet;

	/**
	 * The default value of the '{@link #getSourceDecorator() <em>Source Decorator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceDecorator()
	 * @generated
	 * @ordered
	 */
	protected static final Decorator SOURCE_DECORATOR_EDEFAULT = Decorator.NONE;

	/**
	 * The cached value of the '{@link #getSourceDecorator() <em>Source Decorator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceDecorator()
	 * @generated
	 * @ordered
	 */
	protected Decorator sourceDecorator = SOURCE_DECORATOR_EDEFAULT;

	/**
	 * This is true if the Source Decorator attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean sourceDecoratorESet;

	/**
	 * The default value of the '{@link #getTargetDecorator() <em>Target Decorator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDecorator()
	 * @generated
	 * @ordered
	 */
	protected static final Decorator TARGET_DECORATOR_EDEFAULT = Decorator.ARROW;

	/**
	 * The cached value of the '{@link #getTargetDecorator() <em>Target Decorator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDecorator()
	 * @generated
	 * @ordered
	 */
	protected Decorator targetDecorator = TARGET_DECORATOR_EDEFAULT;

	/**
	 * This is true if the Target Decorator attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean targetDecoratorESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EdgeStyleImpl()
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
		return DiagramPackage.Literals.EDGE_STYLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLineColor()
	{
		return lineColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineColor(String newLineColor)
	{
		String oldLineColor = lineColor;
		lineColor = newLineColor;
		boolean oldLineColorESet = lineColorESet;
		lineColorESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.EDGE_STYLE__LINE_COLOR, oldLineColor, lineColor, !oldLineColorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLineColor()
	{
		String oldLineColor = lineColor;
		boolean oldLineColorESet = lineColorESet;
		lineColor = LINE_COLOR_EDEFAULT;
		lineColorESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DiagramPackage.EDGE_STYLE__LINE_COLOR, oldLineColor, LINE_COLOR_EDEFAULT, oldLineColorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLineColor()
	{
		return lineColorESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLineSize()
	{
		return lineSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineSize(int newLineSize)
	{
		int oldLineSize = lineSize;
		lineSize = newLineSize;
		boolean oldLineSizeESet = lineSizeESet;
		lineSizeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.EDGE_STYLE__LINE_SIZE, oldLineSize, lineSize, !oldLineSizeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLineSize()
	{
		int oldLineSize = lineSize;
		boolean oldLineSizeESet = lineSizeESet;
		lineSize = LINE_SIZE_EDEFAULT;
		lineSizeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DiagramPackage.EDGE_STYLE__LINE_SIZE, oldLineSize, LINE_SIZE_EDEFAULT, oldLineSizeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLineSize()
	{
		return lineSizeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Routing getRouting()
	{
		return routing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRouting(Routing newRouting)
	{
		Routing oldRouting = routing;
		routing = newRouting == null ? ROUTING_EDEFAULT : newRouting;
		boolean oldRoutingESet = routingESet;
		routingESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.EDGE_STYLE__ROUTING, oldRouting, routing, !oldRoutingESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRouting()
	{
		Routing oldRouting = routing;
		boolean oldRoutingESet = routingESet;
		routing = ROUTING_EDEFAULT;
		routingESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DiagramPackage.EDGE_STYLE__ROUTING, oldRouting, ROUTING_EDEFAULT, oldRoutingESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRouting()
	{
		return routingESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Decorator getSourceDecorator()
	{
		return sourceDecorator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceDecorator(Decorator newSourceDecorator)
	{
		Decorator oldSourceDecorator = sourceDecorator;
		sourceDecorator = newSourceDecorator == null ? SOURCE_DECORATOR_EDEFAULT : newSourceDecorator;
		boolean oldSourceDecoratorESet = sourceDecoratorESet;
		sourceDecoratorESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.EDGE_STYLE__SOURCE_DECORATOR, oldSourceDecorator, sourceDecorator, !oldSourceDecoratorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSourceDecorator()
	{
		Decorator oldSourceDecorator = sourceDecorator;
		boolean oldSourceDecoratorESet = sourceDecoratorESet;
		sourceDecorator = SOURCE_DECORATOR_EDEFAULT;
		sourceDecoratorESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DiagramPackage.EDGE_STYLE__SOURCE_DECORATOR, oldSourceDecorator, SOURCE_DECORATOR_EDEFAULT, oldSourceDecoratorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSourceDecorator()
	{
		return sourceDecoratorESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Decorator getTargetDecorator()
	{
		return targetDecorator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetDecorator(Decorator newTargetDecorator)
	{
		Decorator oldTargetDecorator = targetDecorator;
		targetDecorator = newTargetDecorator == null ? TARGET_DECORATOR_EDEFAULT : newTargetDecorator;
		boolean oldTargetDecoratorESet = targetDecoratorESet;
		targetDecoratorESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.EDGE_STYLE__TARGET_DECORATOR, oldTargetDecorator, targetDecorator, !oldTargetDecoratorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTargetDecorator()
	{
		Decorator oldTargetDecorator = targetDecorator;
		boolean oldTargetDecoratorESet = targetDecoratorESet;
		targetDecorator = TARGET_DECORATOR_EDEFAULT;
		targetDecoratorESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DiagramPackage.EDGE_STYLE__TARGET_DECORATOR, oldTargetDecorator, TARGET_DECORATOR_EDEFAULT, oldTargetDecoratorESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTargetDecorator()
	{
		return targetDecoratorESet;
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
			case DiagramPackage.EDGE_STYLE__LINE_COLOR:
				return getLineColor();
			case DiagramPackage.EDGE_STYLE__LINE_SIZE:
				return getLineSize();
			case DiagramPackage.EDGE_STYLE__ROUTING:
				return getRouting();
			case DiagramPackage.EDGE_STYLE__SOURCE_DECORATOR:
				return getSourceDecorator();
			case DiagramPackage.EDGE_STYLE__TARGET_DECORATOR:
				return getTargetDecorator();
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
			case DiagramPackage.EDGE_STYLE__LINE_COLOR:
				setLineColor((String)newValue);
				return;
			case DiagramPackage.EDGE_STYLE__LINE_SIZE:
				setLineSize((Integer)newValue);
				return;
			case DiagramPackage.EDGE_STYLE__ROUTING:
				setRouting((Routing)newValue);
				return;
			case DiagramPackage.EDGE_STYLE__SOURCE_DECORATOR:
				setSourceDecorator((Decorator)newValue);
				return;
			case DiagramPackage.EDGE_STYLE__TARGET_DECORATOR:
				setTargetDecorator((Decorator)newValue);
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
			case DiagramPackage.EDGE_STYLE__LINE_COLOR:
				unsetLineColor();
				return;
			case DiagramPackage.EDGE_STYLE__LINE_SIZE:
				unsetLineSize();
				return;
			case DiagramPackage.EDGE_STYLE__ROUTING:
				unsetRouting();
				return;
			case DiagramPackage.EDGE_STYLE__SOURCE_DECORATOR:
				unsetSourceDecorator();
				return;
			case DiagramPackage.EDGE_STYLE__TARGET_DECORATOR:
				unsetTargetDecorator();
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
			case DiagramPackage.EDGE_STYLE__LINE_COLOR:
				return isSetLineColor();
			case DiagramPackage.EDGE_STYLE__LINE_SIZE:
				return isSetLineSize();
			case DiagramPackage.EDGE_STYLE__ROUTING:
				return isSetRouting();
			case DiagramPackage.EDGE_STYLE__SOURCE_DECORATOR:
				return isSetSourceDecorator();
			case DiagramPackage.EDGE_STYLE__TARGET_DECORATOR:
				return isSetTargetDecorator();
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
		result.append(" (lineColor: ");
		if (lineColorESet) result.append(lineColor); else result.append("<unset>");
		result.append(", lineSize: ");
		if (lineSizeESet) result.append(lineSize); else result.append("<unset>");
		result.append(", routing: ");
		if (routingESet) result.append(routing); else result.append("<unset>");
		result.append(", sourceDecorator: ");
		if (sourceDecoratorESet) result.append(sourceDecorator); else result.append("<unset>");
		result.append(", targetDecorator: ");
		if (targetDecoratorESet) result.append(targetDecorator); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //EdgeStyleImpl
