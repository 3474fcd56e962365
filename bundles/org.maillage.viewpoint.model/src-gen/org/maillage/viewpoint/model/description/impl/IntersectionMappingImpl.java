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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.maillage.viewpoint.model.description.CellStyle;
import org.maillage.viewpoint.model.description.DescriptionPackage;
import org.maillage.viewpoint.model.description.EditOwner;
import org.maillage.viewpoint.model.description.ElementColumnMapping;
import org.maillage.viewpoint.model.description.IntersectionMapping;
import org.maillage.viewpoint.model.description.LineMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Intersection Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.IntersectionMappingImpl#getLineMapping <em>Line Mapping</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.IntersectionMappingImpl#getColumnMapping <em>Column Mapping</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.IntersectionMappingImpl#getLabelExpression <em>Label Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.IntersectionMappingImpl#getCellStyles <em>Cell Styles</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.IntersectionMappingImpl#getEditFeature <em>Edit Feature</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.IntersectionMappingImpl#getEditOwner <em>Edit Owner</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IntersectionMappingImpl extends IdentifiedElementImpl implements IntersectionMapping
{
	/**
	 * The cached value of the '{@link #getLineMapping() <em>Line Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineMapping()
	 * @generated
	 * @ordered
	 */
	protected LineMapping lineMapping;

	/**
	 * The cached value of the '{@link #getColumnMapping() <em>Column Mapping</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnMapping()
	 * @generated
	 * @ordered
	 */
	protected ElementColumnMapping columnMapping;

	/**
	 * The default value of the '{@link #getLabelExpression() <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelExpression() <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelExpression()
	 * @generated
	 * @ordered
	 */
	protected String labelExpression = LABEL_EXPRESSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCellStyles() <em>Cell Styles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCellStyles()
	 * @generated
	 * @ordered
	 */
	protected EList<CellStyle> cellStyles;

	/**
	 * The default value of the '{@link #getEditFeature() <em>Edit Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditFeature()
	 * @generated
	 * @ordered
	 */
	protected static final String EDIT_FEATURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEditFeature() <em>Edit Feature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditFeature()
	 * @generated
	 * @ordered
	 */
	protected String editFeature = EDIT_FEATURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEditOwner() <em>Edit Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditOwner()
	 * @generated
	 * @ordered
	 */
	protected static final EditOwner EDIT_OWNER_EDEFAULT = EditOwner.LINE;

	/**
	 * The cached value of the '{@link #getEditOwner() <em>Edit Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditOwner()
	 * @generated
	 * @ordered
	 */
	protected EditOwner editOwner = EDIT_OWNER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IntersectionMappingImpl()
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
		return DescriptionPackage.Literals.INTERSECTION_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LineMapping getLineMapping()
	{
		if (lineMapping != null && lineMapping.eIsProxy())
		{
			InternalEObject oldLineMapping = (InternalEObject)lineMapping;
			lineMapping = (LineMapping)eResolveProxy(oldLineMapping);
			if (lineMapping != oldLineMapping)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DescriptionPackage.INTERSECTION_MAPPING__LINE_MAPPING, oldLineMapping, lineMapping));
			}
		}
		return lineMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LineMapping basicGetLineMapping()
	{
		return lineMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineMapping(LineMapping newLineMapping)
	{
		LineMapping oldLineMapping = lineMapping;
		lineMapping = newLineMapping;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.INTERSECTION_MAPPING__LINE_MAPPING, oldLineMapping, lineMapping));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ElementColumnMapping getColumnMapping()
	{
		if (columnMapping != null && columnMapping.eIsProxy())
		{
			InternalEObject oldColumnMapping = (InternalEObject)columnMapping;
			columnMapping = (ElementColumnMapping)eResolveProxy(oldColumnMapping);
			if (columnMapping != oldColumnMapping)
			{
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DescriptionPackage.INTERSECTION_MAPPING__COLUMN_MAPPING, oldColumnMapping, columnMapping));
			}
		}
		return columnMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ElementColumnMapping basicGetColumnMapping()
	{
		return columnMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumnMapping(ElementColumnMapping newColumnMapping)
	{
		ElementColumnMapping oldColumnMapping = columnMapping;
		columnMapping = newColumnMapping;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.INTERSECTION_MAPPING__COLUMN_MAPPING, oldColumnMapping, columnMapping));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelExpression()
	{
		return labelExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelExpression(String newLabelExpression)
	{
		String oldLabelExpression = labelExpression;
		labelExpression = newLabelExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.INTERSECTION_MAPPING__LABEL_EXPRESSION, oldLabelExpression, labelExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CellStyle> getCellStyles()
	{
		if (cellStyles == null)
		{
			cellStyles = new EObjectContainmentEList<CellStyle>(CellStyle.class, this, DescriptionPackage.INTERSECTION_MAPPING__CELL_STYLES);
		}
		return cellStyles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEditFeature()
	{
		return editFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEditFeature(String newEditFeature)
	{
		String oldEditFeature = editFeature;
		editFeature = newEditFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.INTERSECTION_MAPPING__EDIT_FEATURE, oldEditFeature, editFeature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EditOwner getEditOwner()
	{
		return editOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEditOwner(EditOwner newEditOwner)
	{
		EditOwner oldEditOwner = editOwner;
		editOwner = newEditOwner == null ? EDIT_OWNER_EDEFAULT : newEditOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.INTERSECTION_MAPPING__EDIT_OWNER, oldEditOwner, editOwner));
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
			case DescriptionPackage.INTERSECTION_MAPPING__CELL_STYLES:
				return ((InternalEList<?>)getCellStyles()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.INTERSECTION_MAPPING__LINE_MAPPING:
				if (resolve) return getLineMapping();
				return basicGetLineMapping();
			case DescriptionPackage.INTERSECTION_MAPPING__COLUMN_MAPPING:
				if (resolve) return getColumnMapping();
				return basicGetColumnMapping();
			case DescriptionPackage.INTERSECTION_MAPPING__LABEL_EXPRESSION:
				return getLabelExpression();
			case DescriptionPackage.INTERSECTION_MAPPING__CELL_STYLES:
				return getCellStyles();
			case DescriptionPackage.INTERSECTION_MAPPING__EDIT_FEATURE:
				return getEditFeature();
			case DescriptionPackage.INTERSECTION_MAPPING__EDIT_OWNER:
				return getEditOwner();
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
			case DescriptionPackage.INTERSECTION_MAPPING__LINE_MAPPING:
				setLineMapping((LineMapping)newValue);
				return;
			case DescriptionPackage.INTERSECTION_MAPPING__COLUMN_MAPPING:
				setColumnMapping((ElementColumnMapping)newValue);
				return;
			case DescriptionPackage.INTERSECTION_MAPPING__LABEL_EXPRESSION:
				setLabelExpression((String)newValue);
				return;
			case DescriptionPackage.INTERSECTION_MAPPING__CELL_STYLES:
				getCellStyles().clear();
				getCellStyles().addAll((Collection<? extends CellStyle>)newValue);
				return;
			case DescriptionPackage.INTERSECTION_MAPPING__EDIT_FEATURE:
				setEditFeature((String)newValue);
				return;
			case DescriptionPackage.INTERSECTION_MAPPING__EDIT_OWNER:
				setEditOwner((EditOwner)newValue);
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
			case DescriptionPackage.INTERSECTION_MAPPING__LINE_MAPPING:
				setLineMapping((LineMapping)null);
				return;
			case DescriptionPackage.INTERSECTION_MAPPING__COLUMN_MAPPING:
				setColumnMapping((ElementColumnMapping)null);
				return;
			case DescriptionPackage.INTERSECTION_MAPPING__LABEL_EXPRESSION:
				setLabelExpression(LABEL_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.INTERSECTION_MAPPING__CELL_STYLES:
				getCellStyles().clear();
				return;
			case DescriptionPackage.INTERSECTION_MAPPING__EDIT_FEATURE:
				setEditFeature(EDIT_FEATURE_EDEFAULT);
				return;
			case DescriptionPackage.INTERSECTION_MAPPING__EDIT_OWNER:
				setEditOwner(EDIT_OWNER_EDEFAULT);
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
			case DescriptionPackage.INTERSECTION_MAPPING__LINE_MAPPING:
				return lineMapping != null;
			case DescriptionPackage.INTERSECTION_MAPPING__COLUMN_MAPPING:
				return columnMapping != null;
			case DescriptionPackage.INTERSECTION_MAPPING__LABEL_EXPRESSION:
				return LABEL_EXPRESSION_EDEFAULT == null ? labelExpression != null : !LABEL_EXPRESSION_EDEFAULT.equals(labelExpression);
			case DescriptionPackage.INTERSECTION_MAPPING__CELL_STYLES:
				return cellStyles != null && !cellStyles.isEmpty();
			case DescriptionPackage.INTERSECTION_MAPPING__EDIT_FEATURE:
				return EDIT_FEATURE_EDEFAULT == null ? editFeature != null : !EDIT_FEATURE_EDEFAULT.equals(editFeature);
			case DescriptionPackage.INTERSECTION_MAPPING__EDIT_OWNER:
				return editOwner != EDIT_OWNER_EDEFAULT;
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
		result.append(" (labelExpression: ");
		result.append(labelExpression);
		result.append(", editFeature: ");
		result.append(editFeature);
		result.append(", editOwner: ");
		result.append(editOwner);
		result.append(')');
		return result.toString();
	}

} //IntersectionMappingImpl
