/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.maillage.viewpoint.model.description.AbstractNodeMapping;
import org.maillage.viewpoint.model.description.DescriptionPackage;
import org.maillage.viewpoint.model.description.EdgeMapping;

import org.maillage.viewpoint.model.diagram.EdgeStyle;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.EdgeMappingImpl#getSourceMappings <em>Source Mappings</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.EdgeMappingImpl#getTargetMappings <em>Target Mappings</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.EdgeMappingImpl#getSourceExpression <em>Source Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.EdgeMappingImpl#getTargetExpression <em>Target Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.EdgeMappingImpl#getStyle <em>Style</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EdgeMappingImpl extends DiagramElementMappingImpl implements EdgeMapping
{
	/**
	 * The cached value of the '{@link #getSourceMappings() <em>Source Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<AbstractNodeMapping> sourceMappings;

	/**
	 * The cached value of the '{@link #getTargetMappings() <em>Target Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<AbstractNodeMapping> targetMappings;

	/**
	 * The default value of the '{@link #getSourceExpression() <em>Source Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceExpression() <em>Source Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceExpression()
	 * @generated
	 * @ordered
	 */
	protected String sourceExpression = SOURCE_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetExpression() <em>Target Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetExpression() <em>Target Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetExpression()
	 * @generated
	 * @ordered
	 */
	protected String targetExpression = TARGET_EXPRESSION_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EdgeMappingImpl()
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
		return DescriptionPackage.Literals.EDGE_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AbstractNodeMapping> getSourceMappings()
	{
		if (sourceMappings == null)
		{
			sourceMappings = new EObjectResolvingEList<AbstractNodeMapping>(AbstractNodeMapping.class, this, DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS);
		}
		return sourceMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AbstractNodeMapping> getTargetMappings()
	{
		if (targetMappings == null)
		{
			targetMappings = new EObjectResolvingEList<AbstractNodeMapping>(AbstractNodeMapping.class, this, DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS);
		}
		return targetMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceExpression()
	{
		return sourceExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceExpression(String newSourceExpression)
	{
		String oldSourceExpression = sourceExpression;
		sourceExpression = newSourceExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__SOURCE_EXPRESSION, oldSourceExpression, sourceExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetExpression()
	{
		return targetExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetExpression(String newTargetExpression)
	{
		String oldTargetExpression = targetExpression;
		targetExpression = newTargetExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__TARGET_EXPRESSION, oldTargetExpression, targetExpression));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__STYLE, oldStyle, newStyle);
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
				msgs = ((InternalEObject)style).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.EDGE_MAPPING__STYLE, null, msgs);
			if (newStyle != null)
				msgs = ((InternalEObject)newStyle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.EDGE_MAPPING__STYLE, null, msgs);
			msgs = basicSetStyle(newStyle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__STYLE, newStyle, newStyle));
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
			case DescriptionPackage.EDGE_MAPPING__STYLE:
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
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				return getSourceMappings();
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				return getTargetMappings();
			case DescriptionPackage.EDGE_MAPPING__SOURCE_EXPRESSION:
				return getSourceExpression();
			case DescriptionPackage.EDGE_MAPPING__TARGET_EXPRESSION:
				return getTargetExpression();
			case DescriptionPackage.EDGE_MAPPING__STYLE:
				return getStyle();
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
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				getSourceMappings().clear();
				getSourceMappings().addAll((Collection<? extends AbstractNodeMapping>)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				getTargetMappings().clear();
				getTargetMappings().addAll((Collection<? extends AbstractNodeMapping>)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__SOURCE_EXPRESSION:
				setSourceExpression((String)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__TARGET_EXPRESSION:
				setTargetExpression((String)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__STYLE:
				setStyle((EdgeStyle)newValue);
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
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				getSourceMappings().clear();
				return;
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				getTargetMappings().clear();
				return;
			case DescriptionPackage.EDGE_MAPPING__SOURCE_EXPRESSION:
				setSourceExpression(SOURCE_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_MAPPING__TARGET_EXPRESSION:
				setTargetExpression(TARGET_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_MAPPING__STYLE:
				setStyle((EdgeStyle)null);
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
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPINGS:
				return sourceMappings != null && !sourceMappings.isEmpty();
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPINGS:
				return targetMappings != null && !targetMappings.isEmpty();
			case DescriptionPackage.EDGE_MAPPING__SOURCE_EXPRESSION:
				return SOURCE_EXPRESSION_EDEFAULT == null ? sourceExpression != null : !SOURCE_EXPRESSION_EDEFAULT.equals(sourceExpression);
			case DescriptionPackage.EDGE_MAPPING__TARGET_EXPRESSION:
				return TARGET_EXPRESSION_EDEFAULT == null ? targetExpression != null : !TARGET_EXPRESSION_EDEFAULT.equals(targetExpression);
			case DescriptionPackage.EDGE_MAPPING__STYLE:
				return style != null;
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
		result.append(" (sourceExpression: ");
		result.append(sourceExpression);
		result.append(", targetExpression: ");
		result.append(targetExpression);
		result.append(')');
		return result.toString();
	}

} //EdgeMappingImpl
