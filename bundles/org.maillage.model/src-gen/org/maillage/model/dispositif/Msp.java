/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Msp</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Maison de santé pluriprofessionnelle, or pôle de santé when the professionals share no single site.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.Msp#isPoleDeSante <em>Pole De Sante</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.dispositif.DispositifPackage#getMsp()
 * @model
 * @generated
 */
public interface Msp extends Dispositif
{
	/**
	 * Returns the value of the '<em><b>Pole De Sante</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pole De Sante</em>' attribute.
	 * @see #setPoleDeSante(boolean)
	 * @see org.maillage.model.dispositif.DispositifPackage#getMsp_PoleDeSante()
	 * @model
	 * @generated
	 */
	boolean isPoleDeSante();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.Msp#isPoleDeSante <em>Pole De Sante</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pole De Sante</em>' attribute.
	 * @see #isPoleDeSante()
	 * @generated
	 */
	void setPoleDeSante(boolean value);

} // Msp
