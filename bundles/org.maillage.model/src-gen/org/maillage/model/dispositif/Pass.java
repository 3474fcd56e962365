/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif;

import org.maillage.model.organisation.Organisation;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pass</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Permanence d'accès aux soins de santé.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.Pass#getType <em>Type</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Pass#getEtablissement <em>Etablissement</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.dispositif.DispositifPackage#getPass()
 * @model
 * @generated
 */
public interface Pass extends Dispositif
{
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.maillage.model.dispositif.TypePass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.maillage.model.dispositif.TypePass
	 * @see #setType(TypePass)
	 * @see org.maillage.model.dispositif.DispositifPackage#getPass_Type()
	 * @model
	 * @generated
	 */
	TypePass getType();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.Pass#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.maillage.model.dispositif.TypePass
	 * @see #getType()
	 * @generated
	 */
	void setType(TypePass value);

	/**
	 * Returns the value of the '<em><b>Etablissement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hospital hosting the unit, when it differs from the porteur (e.g. a GHT).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Etablissement</em>' reference.
	 * @see #setEtablissement(Organisation)
	 * @see org.maillage.model.dispositif.DispositifPackage#getPass_Etablissement()
	 * @model
	 * @generated
	 */
	Organisation getEtablissement();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.Pass#getEtablissement <em>Etablissement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Etablissement</em>' reference.
	 * @see #getEtablissement()
	 * @generated
	 */
	void setEtablissement(Organisation value);

} // Pass
