/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.territoire;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Region</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.territoire.Region#getDepartements <em>Departements</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.territoire.TerritoirePackage#getRegion()
 * @model
 * @generated
 */
public interface Region extends Territoire
{
	/**
	 * Returns the value of the '<em><b>Departements</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.territoire.Departement}.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.territoire.Departement#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Departements</em>' containment reference list.
	 * @see org.maillage.model.territoire.TerritoirePackage#getRegion_Departements()
	 * @see org.maillage.model.territoire.Departement#getRegion
	 * @model opposite="region" containment="true"
	 * @generated
	 */
	EList<Departement> getDepartements();

} // Region
