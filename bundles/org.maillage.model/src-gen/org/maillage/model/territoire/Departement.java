/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.territoire;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Departement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.territoire.Departement#getRegion <em>Region</em>}</li>
 *   <li>{@link org.maillage.model.territoire.Departement#getCommunes <em>Communes</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.territoire.TerritoirePackage#getDepartement()
 * @model
 * @generated
 */
public interface Departement extends Territoire
{
	/**
	 * Returns the value of the '<em><b>Region</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.territoire.Region#getDepartements <em>Departements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Region</em>' container reference.
	 * @see #setRegion(Region)
	 * @see org.maillage.model.territoire.TerritoirePackage#getDepartement_Region()
	 * @see org.maillage.model.territoire.Region#getDepartements
	 * @model opposite="departements"
	 * @generated
	 */
	Region getRegion();

	/**
	 * Sets the value of the '{@link org.maillage.model.territoire.Departement#getRegion <em>Region</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' container reference.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(Region value);

	/**
	 * Returns the value of the '<em><b>Communes</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.territoire.Commune}.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.territoire.Commune#getDepartement <em>Departement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Communes</em>' containment reference list.
	 * @see org.maillage.model.territoire.TerritoirePackage#getDepartement_Communes()
	 * @see org.maillage.model.territoire.Commune#getDepartement
	 * @model opposite="departement" containment="true"
	 * @generated
	 */
	EList<Commune> getCommunes();

} // Departement
