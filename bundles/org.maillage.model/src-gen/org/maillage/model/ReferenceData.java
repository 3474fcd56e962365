/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reference Data</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An imported reference data set (e.g. INSEE's Code officiel géographique through @etalab/decoupage-administratif), cited by every element imported from it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.ReferenceData#getMillesime <em>Millesime</em>}</li>
 *   <li>{@link org.maillage.model.ReferenceData#getSource <em>Source</em>}</li>
 *   <li>{@link org.maillage.model.ReferenceData#getLicence <em>Licence</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.MaillagePackage#getReferenceData()
 * @model
 * @generated
 */
public interface ReferenceData extends Element
{
	/**
	 * Returns the value of the '<em><b>Millesime</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Vintage of the data, e.g. "2024".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Millesime</em>' attribute.
	 * @see #setMillesime(String)
	 * @see org.maillage.model.MaillagePackage#getReferenceData_Millesime()
	 * @model
	 * @generated
	 */
	String getMillesime();

	/**
	 * Sets the value of the '{@link org.maillage.model.ReferenceData#getMillesime <em>Millesime</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Millesime</em>' attribute.
	 * @see #getMillesime()
	 * @generated
	 */
	void setMillesime(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Producer, package and file, e.g. "INSEE COG via @etalab/decoupage-administratif 4.0.0, data/communes.json".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.maillage.model.MaillagePackage#getReferenceData_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.maillage.model.ReferenceData#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Licence</em>' attribute.
	 * @see #setLicence(String)
	 * @see org.maillage.model.MaillagePackage#getReferenceData_Licence()
	 * @model
	 * @generated
	 */
	String getLicence();

	/**
	 * Sets the value of the '{@link org.maillage.model.ReferenceData#getLicence <em>Licence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Licence</em>' attribute.
	 * @see #getLicence()
	 * @generated
	 */
	void setLicence(String value);

} // ReferenceData
