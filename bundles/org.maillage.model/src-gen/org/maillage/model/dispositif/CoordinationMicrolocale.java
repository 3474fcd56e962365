/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif;

import org.maillage.model.organisation.Role;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Coordination Microlocale</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A health coordinator shared by several communes, followed by a comité de suivi.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.CoordinationMicrolocale#getCoordinateur <em>Coordinateur</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.dispositif.DispositifPackage#getCoordinationMicrolocale()
 * @model
 * @generated
 */
public interface CoordinationMicrolocale extends Dispositif
{
	/**
	 * Returns the value of the '<em><b>Coordinateur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coordinateur</em>' reference.
	 * @see #setCoordinateur(Role)
	 * @see org.maillage.model.dispositif.DispositifPackage#getCoordinationMicrolocale_Coordinateur()
	 * @model
	 * @generated
	 */
	Role getCoordinateur();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.CoordinationMicrolocale#getCoordinateur <em>Coordinateur</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coordinateur</em>' reference.
	 * @see #getCoordinateur()
	 * @generated
	 */
	void setCoordinateur(Role value);

} // CoordinationMicrolocale
