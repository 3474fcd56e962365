/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.model.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.maillage.viewpoint.model.description.DeleteTool;
import org.maillage.viewpoint.model.description.DescriptionPackage;
import org.maillage.viewpoint.model.description.DiagramElementMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Delete Tool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.DeleteToolImpl#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.DeleteToolImpl#getReferenceFeature <em>Reference Feature</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeleteToolImpl extends ToolImpl implements DeleteTool
{
	/**
	 * The cached value of the '{@link #getMappings() <em>Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<DiagramElementMapping> mappings;

	/**
	 * The default value of the '{@link #getReferenceFeature() <em>Reference Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERENCE_FEATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReferenceFeature() <em>Reference Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceFeature()
	 * @generated
	 * @ordered
	 */
	protected String referenceFeature = REFERENCE_FEATURE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeleteToolImpl()
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
		return DescriptionPackage.Literals.DELETE_TOOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DiagramElementMapping> getMappings()
	{
		if (mappings == null)
		{
			mappings = new EObjectResolvingEList<DiagramElementMapping>(DiagramElementMapping.class, this, DescriptionPackage.DELETE_TOOL__MAPPINGS);
		}
		return mappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReferenceFeature()
	{
		return referenceFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferenceFeature(String newReferenceFeature)
	{
		String oldReferenceFeature = referenceFeature;
		referenceFeature = newReferenceFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DELETE_TOOL__REFERENCE_FEATURE, oldReferenceFeature, referenceFeature));
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
			case DescriptionPackage.DELETE_TOOL__MAPPINGS:
				return getMappings();
			case DescriptionPackage.DELETE_TOOL__REFERENCE_FEATURE:
				return getReferenceFeature();
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
			case DescriptionPackage.DELETE_TOOL__MAPPINGS:
				getMappings().clear();
				getMappings().addAll((Collection<? extends DiagramElementMapping>)newValue);
				return;
			case DescriptionPackage.DELETE_TOOL__REFERENCE_FEATURE:
				setReferenceFeature((String)newValue);
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
			case DescriptionPackage.DELETE_TOOL__MAPPINGS:
				getMappings().clear();
				return;
			case DescriptionPackage.DELETE_TOOL__REFERENCE_FEATURE:
				setReferenceFeature(REFERENCE_FEATURE_EDEFAULT);
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
			case DescriptionPackage.DELETE_TOOL__MAPPINGS:
				return mappings != null && !mappings.isEmpty();
			case DescriptionPackage.DELETE_TOOL__REFERENCE_FEATURE:
				return REFERENCE_FEATURE_EDEFAULT == null ? referenceFeature != null : !REFERENCE_FEATURE_EDEFAULT.equals(referenceFeature);
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
		result.append(" (referenceFeature: ");
		result.append(referenceFeature);
		result.append(')');
		return result.toString();
	}

} //DeleteToolImpl
