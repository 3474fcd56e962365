/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.territoire.Groupement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mutualisation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Means pooled between communes, e.g. a SIVOM running a prevention house.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.Mutualisation#getGroupement <em>Groupement</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Mutualisation#getMoyensMutualises <em>Moyens Mutualises</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.dispositif.DispositifPackage#getMutualisation()
 * @model
 * @generated
 */
public interface Mutualisation extends Dispositif
{
	/**
	 * Returns the value of the '<em><b>Groupement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groupement</em>' reference.
	 * @see #setGroupement(Groupement)
	 * @see org.maillage.model.dispositif.DispositifPackage#getMutualisation_Groupement()
	 * @model
	 * @generated
	 */
	Groupement getGroupement();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.Mutualisation#getGroupement <em>Groupement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Groupement</em>' reference.
	 * @see #getGroupement()
	 * @generated
	 */
	void setGroupement(Groupement value);

	/**
	 * Returns the value of the '<em><b>Moyens Mutualises</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Moyens Mutualises</em>' attribute list.
	 * @see org.maillage.model.dispositif.DispositifPackage#getMutualisation_MoyensMutualises()
	 * @model
	 * @generated
	 */
	EList<String> getMoyensMutualises();

} // Mutualisation
