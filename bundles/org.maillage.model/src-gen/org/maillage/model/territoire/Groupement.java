/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.territoire;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Groupement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A grouping of communes or EPCI to which competences are delegated: SIVOM, PETR or pays, pôle métropolitain, syndicat mixte.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.territoire.Groupement#getType <em>Type</em>}</li>
 *   <li>{@link org.maillage.model.territoire.Groupement#getCommunes <em>Communes</em>}</li>
 *   <li>{@link org.maillage.model.territoire.Groupement#getEpcis <em>Epcis</em>}</li>
 *   <li>{@link org.maillage.model.territoire.Groupement#getCompetencesDeleguees <em>Competences Deleguees</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.territoire.TerritoirePackage#getGroupement()
 * @model
 * @generated
 */
public interface Groupement extends Territoire
{
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.maillage.model.territoire.TypeGroupement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.maillage.model.territoire.TypeGroupement
	 * @see #setType(TypeGroupement)
	 * @see org.maillage.model.territoire.TerritoirePackage#getGroupement_Type()
	 * @model
	 * @generated
	 */
	TypeGroupement getType();

	/**
	 * Sets the value of the '{@link org.maillage.model.territoire.Groupement#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.maillage.model.territoire.TypeGroupement
	 * @see #getType()
	 * @generated
	 */
	void setType(TypeGroupement value);

	/**
	 * Returns the value of the '<em><b>Communes</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.territoire.Commune}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Communes</em>' reference list.
	 * @see org.maillage.model.territoire.TerritoirePackage#getGroupement_Communes()
	 * @model
	 * @generated
	 */
	EList<Commune> getCommunes();

	/**
	 * Returns the value of the '<em><b>Epcis</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.territoire.Epci}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epcis</em>' reference list.
	 * @see org.maillage.model.territoire.TerritoirePackage#getGroupement_Epcis()
	 * @model
	 * @generated
	 */
	EList<Epci> getEpcis();

	/**
	 * Returns the value of the '<em><b>Competences Deleguees</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Competences Deleguees</em>' attribute list.
	 * @see org.maillage.model.territoire.TerritoirePackage#getGroupement_CompetencesDeleguees()
	 * @model
	 * @generated
	 */
	EList<String> getCompetencesDeleguees();

} // Groupement
