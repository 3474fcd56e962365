/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.territoire;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Commune</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.territoire.Commune#getDepartement <em>Departement</em>}</li>
 *   <li>{@link org.maillage.model.territoire.Commune#getEpci <em>Epci</em>}</li>
 *   <li>{@link org.maillage.model.territoire.Commune#getQpvs <em>Qpvs</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.territoire.TerritoirePackage#getCommune()
 * @model
 * @generated
 */
public interface Commune extends Territoire
{
	/**
	 * Returns the value of the '<em><b>Departement</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.territoire.Departement#getCommunes <em>Communes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Departement</em>' container reference.
	 * @see #setDepartement(Departement)
	 * @see org.maillage.model.territoire.TerritoirePackage#getCommune_Departement()
	 * @see org.maillage.model.territoire.Departement#getCommunes
	 * @model opposite="communes"
	 * @generated
	 */
	Departement getDepartement();

	/**
	 * Sets the value of the '{@link org.maillage.model.territoire.Commune#getDepartement <em>Departement</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Departement</em>' container reference.
	 * @see #getDepartement()
	 * @generated
	 */
	void setDepartement(Departement value);

	/**
	 * Returns the value of the '<em><b>Epci</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.territoire.Epci#getMembres <em>Membres</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The EPCI à fiscalité propre the commune belongs to; not saved, it is the inverse of Epci.membres.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Epci</em>' reference.
	 * @see #setEpci(Epci)
	 * @see org.maillage.model.territoire.TerritoirePackage#getCommune_Epci()
	 * @see org.maillage.model.territoire.Epci#getMembres
	 * @model opposite="membres" transient="true"
	 * @generated
	 */
	Epci getEpci();

	/**
	 * Sets the value of the '{@link org.maillage.model.territoire.Commune#getEpci <em>Epci</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epci</em>' reference.
	 * @see #getEpci()
	 * @generated
	 */
	void setEpci(Epci value);

	/**
	 * Returns the value of the '<em><b>Qpvs</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.territoire.Qpv}.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.territoire.Qpv#getCommunes <em>Communes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * QPV lying in the commune; not saved, it is the inverse of Qpv.communes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Qpvs</em>' reference list.
	 * @see org.maillage.model.territoire.TerritoirePackage#getCommune_Qpvs()
	 * @see org.maillage.model.territoire.Qpv#getCommunes
	 * @model opposite="communes" transient="true"
	 * @generated
	 */
	EList<Qpv> getQpvs();

} // Commune
