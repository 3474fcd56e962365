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

import org.maillage.viewpoint.model.description.DescriptionPackage;
import org.maillage.viewpoint.model.description.FeatureColumn;
import org.maillage.viewpoint.model.description.LineMapping;
import org.maillage.viewpoint.model.description.TableDescription;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Table Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.TableDescriptionImpl#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.TableDescriptionImpl#getPreconditionExpression <em>Precondition Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.TableDescriptionImpl#getTitleExpression <em>Title Expression</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.TableDescriptionImpl#getLineMappings <em>Line Mappings</em>}</li>
 *   <li>{@link org.maillage.viewpoint.model.description.impl.TableDescriptionImpl#getFeatureColumns <em>Feature Columns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TableDescriptionImpl extends IdentifiedElementImpl implements TableDescription
{
	/**
	 * The default value of the '{@link #getDomainClass() <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainClass()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_CLASS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDomainClass() <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainClass()
	 * @generated
	 * @ordered
	 */
	protected String domainClass = DOMAIN_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreconditionExpression() <em>Precondition Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreconditionExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String PRECONDITION_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreconditionExpression() <em>Precondition Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreconditionExpression()
	 * @generated
	 * @ordered
	 */
	protected String preconditionExpression = PRECONDITION_EXPRESSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitleExpression() <em>Title Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleExpression()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EXPRESSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitleExpression() <em>Title Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleExpression()
	 * @generated
	 * @ordered
	 */
	protected String titleExpression = TITLE_EXPRESSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLineMappings() <em>Line Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<LineMapping> lineMappings;

	/**
	 * The cached value of the '{@link #getFeatureColumns() <em>Feature Columns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<FeatureColumn> featureColumns;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TableDescriptionImpl()
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
		return DescriptionPackage.Literals.TABLE_DESCRIPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDomainClass()
	{
		return domainClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomainClass(String newDomainClass)
	{
		String oldDomainClass = domainClass;
		domainClass = newDomainClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.TABLE_DESCRIPTION__DOMAIN_CLASS, oldDomainClass, domainClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreconditionExpression()
	{
		return preconditionExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreconditionExpression(String newPreconditionExpression)
	{
		String oldPreconditionExpression = preconditionExpression;
		preconditionExpression = newPreconditionExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.TABLE_DESCRIPTION__PRECONDITION_EXPRESSION, oldPreconditionExpression, preconditionExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitleExpression()
	{
		return titleExpression;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitleExpression(String newTitleExpression)
	{
		String oldTitleExpression = titleExpression;
		titleExpression = newTitleExpression;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.TABLE_DESCRIPTION__TITLE_EXPRESSION, oldTitleExpression, titleExpression));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LineMapping> getLineMappings()
	{
		if (lineMappings == null)
		{
			lineMappings = new EObjectContainmentEList<LineMapping>(LineMapping.class, this, DescriptionPackage.TABLE_DESCRIPTION__LINE_MAPPINGS);
		}
		return lineMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FeatureColumn> getFeatureColumns()
	{
		if (featureColumns == null)
		{
			featureColumns = new EObjectContainmentEList<FeatureColumn>(FeatureColumn.class, this, DescriptionPackage.TABLE_DESCRIPTION__FEATURE_COLUMNS);
		}
		return featureColumns;
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
			case DescriptionPackage.TABLE_DESCRIPTION__LINE_MAPPINGS:
				return ((InternalEList<?>)getLineMappings()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.TABLE_DESCRIPTION__FEATURE_COLUMNS:
				return ((InternalEList<?>)getFeatureColumns()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.TABLE_DESCRIPTION__DOMAIN_CLASS:
				return getDomainClass();
			case DescriptionPackage.TABLE_DESCRIPTION__PRECONDITION_EXPRESSION:
				return getPreconditionExpression();
			case DescriptionPackage.TABLE_DESCRIPTION__TITLE_EXPRESSION:
				return getTitleExpression();
			case DescriptionPackage.TABLE_DESCRIPTION__LINE_MAPPINGS:
				return getLineMappings();
			case DescriptionPackage.TABLE_DESCRIPTION__FEATURE_COLUMNS:
				return getFeatureColumns();
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
			case DescriptionPackage.TABLE_DESCRIPTION__DOMAIN_CLASS:
				setDomainClass((String)newValue);
				return;
			case DescriptionPackage.TABLE_DESCRIPTION__PRECONDITION_EXPRESSION:
				setPreconditionExpression((String)newValue);
				return;
			case DescriptionPackage.TABLE_DESCRIPTION__TITLE_EXPRESSION:
				setTitleExpression((String)newValue);
				return;
			case DescriptionPackage.TABLE_DESCRIPTION__LINE_MAPPINGS:
				getLineMappings().clear();
				getLineMappings().addAll((Collection<? extends LineMapping>)newValue);
				return;
			case DescriptionPackage.TABLE_DESCRIPTION__FEATURE_COLUMNS:
				getFeatureColumns().clear();
				getFeatureColumns().addAll((Collection<? extends FeatureColumn>)newValue);
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
			case DescriptionPackage.TABLE_DESCRIPTION__DOMAIN_CLASS:
				setDomainClass(DOMAIN_CLASS_EDEFAULT);
				return;
			case DescriptionPackage.TABLE_DESCRIPTION__PRECONDITION_EXPRESSION:
				setPreconditionExpression(PRECONDITION_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.TABLE_DESCRIPTION__TITLE_EXPRESSION:
				setTitleExpression(TITLE_EXPRESSION_EDEFAULT);
				return;
			case DescriptionPackage.TABLE_DESCRIPTION__LINE_MAPPINGS:
				getLineMappings().clear();
				return;
			case DescriptionPackage.TABLE_DESCRIPTION__FEATURE_COLUMNS:
				getFeatureColumns().clear();
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
			case DescriptionPackage.TABLE_DESCRIPTION__DOMAIN_CLASS:
				return DOMAIN_CLASS_EDEFAULT == null ? domainClass != null : !DOMAIN_CLASS_EDEFAULT.equals(domainClass);
			case DescriptionPackage.TABLE_DESCRIPTION__PRECONDITION_EXPRESSION:
				return PRECONDITION_EXPRESSION_EDEFAULT == null ? preconditionExpression != null : !PRECONDITION_EXPRESSION_EDEFAULT.equals(preconditionExpression);
			case DescriptionPackage.TABLE_DESCRIPTION__TITLE_EXPRESSION:
				return TITLE_EXPRESSION_EDEFAULT == null ? titleExpression != null : !TITLE_EXPRESSION_EDEFAULT.equals(titleExpression);
			case DescriptionPackage.TABLE_DESCRIPTION__LINE_MAPPINGS:
				return lineMappings != null && !lineMappings.isEmpty();
			case DescriptionPackage.TABLE_DESCRIPTION__FEATURE_COLUMNS:
				return featureColumns != null && !featureColumns.isEmpty();
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
		result.append(" (domainClass: ");
		result.append(domainClass);
		result.append(", preconditionExpression: ");
		result.append(preconditionExpression);
		result.append(", titleExpression: ");
		result.append(titleExpression);
		result.append(')');
		return result.toString();
	}

} //TableDescriptionImpl
