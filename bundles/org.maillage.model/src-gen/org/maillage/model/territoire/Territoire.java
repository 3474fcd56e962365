/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.territoire;

import org.maillage.model.Element;
import org.maillage.model.ReferenceData;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Territoire</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A territory a scheme can cover.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.territoire.Territoire#getCode <em>Code</em>}</li>
 *   <li>{@link org.maillage.model.territoire.Territoire#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.maillage.model.territoire.Territoire#getReferenceData <em>Reference Data</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.territoire.TerritoirePackage#getTerritoire()
 * @model abstract="true"
 * @generated
 */
public interface Territoire extends Element
{
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Official code: INSEE code for a commune, département or région, SIREN for an EPCI or groupement, QPV code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.maillage.model.territoire.TerritoirePackage#getTerritoire_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.maillage.model.territoire.Territoire#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Population as given by the reference data (which population field, is said by the reference data's description); 0 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see #setPopulation(int)
	 * @see org.maillage.model.territoire.TerritoirePackage#getTerritoire_Population()
	 * @model
	 * @generated
	 */
	int getPopulation();

	/**
	 * Sets the value of the '{@link org.maillage.model.territoire.Territoire#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(int value);

	/**
	 * Returns the value of the '<em><b>Reference Data</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference Data</em>' reference.
	 * @see #setReferenceData(ReferenceData)
	 * @see org.maillage.model.territoire.TerritoirePackage#getTerritoire_ReferenceData()
	 * @model
	 * @generated
	 */
	ReferenceData getReferenceData();

	/**
	 * Sets the value of the '{@link org.maillage.model.territoire.Territoire#getReferenceData <em>Reference Data</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Data</em>' reference.
	 * @see #getReferenceData()
	 * @generated
	 */
	void setReferenceData(ReferenceData value);

} // Territoire
