/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.maillage.model.MaillagePackage;
import org.maillage.model.ReferenceData;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reference Data</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.impl.ReferenceDataImpl#getMillesime <em>Millesime</em>}</li>
 *   <li>{@link org.maillage.model.impl.ReferenceDataImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.maillage.model.impl.ReferenceDataImpl#getLicence <em>Licence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReferenceDataImpl extends ElementImplCustom implements ReferenceData
{
	/**
	 * The default value of the '{@link #getMillesime() <em>Millesime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMillesime()
	 * @generated
	 * @ordered
	 */
	protected static final String MILLESIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMillesime() <em>Millesime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMillesime()
	 * @generated
	 * @ordered
	 */
	protected String millesime = MILLESIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLicence() <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicence()
	 * @generated
	 * @ordered
	 */
	protected static final String LICENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLicence() <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicence()
	 * @generated
	 * @ordered
	 */
	protected String licence = LICENCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReferenceDataImpl()
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
		return MaillagePackage.Literals.REFERENCE_DATA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMillesime()
	{
		return millesime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMillesime(String newMillesime)
	{
		String oldMillesime = millesime;
		millesime = newMillesime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaillagePackage.REFERENCE_DATA__MILLESIME, oldMillesime, millesime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource()
	{
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource)
	{
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaillagePackage.REFERENCE_DATA__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLicence()
	{
		return licence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLicence(String newLicence)
	{
		String oldLicence = licence;
		licence = newLicence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MaillagePackage.REFERENCE_DATA__LICENCE, oldLicence, licence));
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
			case MaillagePackage.REFERENCE_DATA__MILLESIME:
				return getMillesime();
			case MaillagePackage.REFERENCE_DATA__SOURCE:
				return getSource();
			case MaillagePackage.REFERENCE_DATA__LICENCE:
				return getLicence();
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
			case MaillagePackage.REFERENCE_DATA__MILLESIME:
				setMillesime((String)newValue);
				return;
			case MaillagePackage.REFERENCE_DATA__SOURCE:
				setSource((String)newValue);
				return;
			case MaillagePackage.REFERENCE_DATA__LICENCE:
				setLicence((String)newValue);
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
			case MaillagePackage.REFERENCE_DATA__MILLESIME:
				setMillesime(MILLESIME_EDEFAULT);
				return;
			case MaillagePackage.REFERENCE_DATA__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case MaillagePackage.REFERENCE_DATA__LICENCE:
				setLicence(LICENCE_EDEFAULT);
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
			case MaillagePackage.REFERENCE_DATA__MILLESIME:
				return MILLESIME_EDEFAULT == null ? millesime != null : !MILLESIME_EDEFAULT.equals(millesime);
			case MaillagePackage.REFERENCE_DATA__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case MaillagePackage.REFERENCE_DATA__LICENCE:
				return LICENCE_EDEFAULT == null ? licence != null : !LICENCE_EDEFAULT.equals(licence);
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
		result.append(" (millesime: ");
		result.append(millesime);
		result.append(", source: ");
		result.append(source);
		result.append(", licence: ");
		result.append(licence);
		result.append(')');
		return result.toString();
	}

} //ReferenceDataImpl
