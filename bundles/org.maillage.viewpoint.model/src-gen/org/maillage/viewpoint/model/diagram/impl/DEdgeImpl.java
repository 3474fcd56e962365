/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.diagram.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.DPoint;
import org.maillage.viewpoint.model.diagram.DiagramPackage;
import org.maillage.viewpoint.model.diagram.EdgeStyle;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>DEdge</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DEdgeImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DEdgeImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DEdgeImpl#getPoints <em>Points</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DEdgeImpl#getStyle <em>Style</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DEdgeImpl#getLabelX <em>Label X</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.diagram.impl.DEdgeImpl#getLabelY <em>Label Y</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DEdgeImpl extends DDiagramElementImpl implements DEdge
{
	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected DNode source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected DNode target;

	/**
	 * The cached value of the '{@link #getPoints() <em>Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<DPoint> points;

	/**
	 * The cached value of the '{@link #getStyle() <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected EdgeStyle style;

	/**
	 * The default value of the '{@link #getLabelX() <em>Label X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelX()
	 * @generated
	 * @ordered
	 */
	protected static final double LABEL_X_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLabelX() <em>Label X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelX()
	 * @generated
	 * @ordered
	 */
	protected double labelX = LABEL_X_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelY() <em>Label Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelY()
	 * @generated
	 * @ordered
	 */
	protected static final double LABEL_Y_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLabelY() <em>Label Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelY()
	 * @generated
	 * @ordered
	 */
	protected double labelY = LABEL_Y_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DEdgeImpl()
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
		return DiagramPackage.Literals.DEDGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DNode getSource()
	{
		if (source != null && source.eIsProxy())
		{
			InternalEObject oldSource = (InternalEObject)source;
			source = (DNode)eResolveProxy(oldSource);
			if (source != oldSource)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DiagramPackage.DEDGE__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DNode basicGetSource()
	{
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(DNode newSource)
	{
		DNode oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.DEDGE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DNode getTarget()
	{
		if (target != null && target.eIsProxy())
		{
			InternalEObject oldTarget = (InternalEObject)target;
			target = (DNode)eResolveProxy(oldTarget);
			if (target != oldTarget)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DiagramPackage.DEDGE__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DNode basicGetTarget()
	{
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(DNode newTarget)
	{
		DNode oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.DEDGE__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DPoint> getPoints()
	{
		if (points == null)
		{
			points = new EObjectContainmentEList<DPoint>(DPoint.class, this, DiagramPackage.DEDGE__POINTS);
		}
		return points;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeStyle getStyle()
	{
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStyle(EdgeStyle newStyle, NotificationChain msgs)
	{
		EdgeStyle oldStyle = style;
		style = newStyle;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DiagramPackage.DEDGE__STYLE, oldStyle, newStyle);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStyle(EdgeStyle newStyle)
	{
		if (newStyle != style)
		{
			NotificationChain msgs = null;
			if (style != null)
				msgs = ((InternalEObject)style).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DiagramPackage.DEDGE__STYLE, null, msgs);
			if (newStyle != null)
				msgs = ((InternalEObject)newStyle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DiagramPackage.DEDGE__STYLE, null, msgs);
			msgs = basicSetStyle(newStyle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.DEDGE__STYLE, newStyle, newStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLabelX()
	{
		return labelX;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelX(double newLabelX)
	{
		double oldLabelX = labelX;
		labelX = newLabelX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.DEDGE__LABEL_X, oldLabelX, labelX));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLabelY()
	{
		return labelY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelY(double newLabelY)
	{
		double oldLabelY = labelY;
		labelY = newLabelY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DiagramPackage.DEDGE__LABEL_Y, oldLabelY, labelY));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case DiagramPackage.DEDGE__POINTS:
				return ((InternalEList<?>)getPoints()).basicRemove(otherEnd, msgs);
			case DiagramPackage.DEDGE__STYLE:
				return basicSetStyle(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case DiagramPackage.DEDGE__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case DiagramPackage.DEDGE__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case DiagramPackage.DEDGE__POINTS:
				return getPoints();
			case DiagramPackage.DEDGE__STYLE:
				return getStyle();
			case DiagramPackage.DEDGE__LABEL_X:
				return getLabelX();
			case DiagramPackage.DEDGE__LABEL_Y:
				return getLabelY();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case DiagramPackage.DEDGE__SOURCE:
				setSource((DNode)newValue);
				return;
			case DiagramPackage.DEDGE__TARGET:
				setTarget((DNode)newValue);
				return;
			case DiagramPackage.DEDGE__POINTS:
				getPoints().clear();
				getPoints().addAll((Collection<? extends DPoint>)newValue);
				return;
			case DiagramPackage.DEDGE__STYLE:
				setStyle((EdgeStyle)newValue);
				return;
			case DiagramPackage.DEDGE__LABEL_X:
				setLabelX((Double)newValue);
				return;
			case DiagramPackage.DEDGE__LABEL_Y:
				setLabelY((Double)newValue);
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
			case DiagramPackage.DEDGE__SOURCE:
				setSource((DNode)null);
				return;
			case DiagramPackage.DEDGE__TARGET:
				setTarget((DNode)null);
				return;
			case DiagramPackage.DEDGE__POINTS:
				getPoints().clear();
				return;
			case DiagramPackage.DEDGE__STYLE:
				setStyle((EdgeStyle)null);
				return;
			case DiagramPackage.DEDGE__LABEL_X:
				setLabelX(LABEL_X_EDEFAULT);
				return;
			case DiagramPackage.DEDGE__LABEL_Y:
				setLabelY(LABEL_Y_EDEFAULT);
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
			case DiagramPackage.DEDGE__SOURCE:
				return source != null;
			case DiagramPackage.DEDGE__TARGET:
				return target != null;
			case DiagramPackage.DEDGE__POINTS:
				return points != null && !points.isEmpty();
			case DiagramPackage.DEDGE__STYLE:
				return style != null;
			case DiagramPackage.DEDGE__LABEL_X:
				return labelX != LABEL_X_EDEFAULT;
			case DiagramPackage.DEDGE__LABEL_Y:
				return labelY != LABEL_Y_EDEFAULT;
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
		result.append(" (labelX: ");
		result.append(labelX);
		result.append(", labelY: ");
		result.append(labelY);
		result.append(')');
		return result.toString();
	}

} //DEdgeImpl
