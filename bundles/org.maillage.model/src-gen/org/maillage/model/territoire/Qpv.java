/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.territoire;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Qpv</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Quartier prioritaire de la politique de la ville (list in force since 1 January 2024).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.territoire.Qpv#getCommunes <em>Communes</em>}</li>
 *   <li>{@link org.maillage.model.territoire.Qpv#getEpci <em>Epci</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.territoire.TerritoirePackage#getQpv()
 * @model
 * @generated
 */
public interface Qpv extends Territoire
{
	/**
	 * Returns the value of the '<em><b>Communes</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.territoire.Commune}.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.territoire.Commune#getQpvs <em>Qpvs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Communes</em>' reference list.
	 * @see org.maillage.model.territoire.TerritoirePackage#getQpv_Communes()
	 * @see org.maillage.model.territoire.Commune#getQpvs
	 * @model opposite="qpvs" resolveProxies="false"
	 * @generated
	 */
	EList<Commune> getCommunes();

	/**
	 * Returns the value of the '<em><b>Epci</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.territoire.Epci#getQpvs <em>Qpvs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The EPCI that pilots the contrat de ville covering this QPV.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Epci</em>' reference.
	 * @see #setEpci(Epci)
	 * @see org.maillage.model.territoire.TerritoirePackage#getQpv_Epci()
	 * @see org.maillage.model.territoire.Epci#getQpvs
	 * @model opposite="qpvs" resolveProxies="false"
	 * @generated
	 */
	Epci getEpci();

	/**
	 * Sets the value of the '{@link org.maillage.model.territoire.Qpv#getEpci <em>Epci</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epci</em>' reference.
	 * @see #getEpci()
	 * @generated
	 */
	void setEpci(Epci value);

} // Qpv
