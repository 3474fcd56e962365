/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.territoire;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Epci</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Établissement public de coopération intercommunale à fiscalité propre.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.territoire.Epci#getNature <em>Nature</em>}</li>
 *   <li>{@link org.maillage.model.territoire.Epci#getMembres <em>Membres</em>}</li>
 *   <li>{@link org.maillage.model.territoire.Epci#getQpvs <em>Qpvs</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.territoire.TerritoirePackage#getEpci()
 * @model
 * @generated
 */
public interface Epci extends Territoire
{
	/**
	 * Returns the value of the '<em><b>Nature</b></em>' attribute.
	 * The literals are from the enumeration {@link org.maillage.model.territoire.NatureEpci}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nature</em>' attribute.
	 * @see org.maillage.model.territoire.NatureEpci
	 * @see #setNature(NatureEpci)
	 * @see org.maillage.model.territoire.TerritoirePackage#getEpci_Nature()
	 * @model
	 * @generated
	 */
	NatureEpci getNature();

	/**
	 * Sets the value of the '{@link org.maillage.model.territoire.Epci#getNature <em>Nature</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nature</em>' attribute.
	 * @see org.maillage.model.territoire.NatureEpci
	 * @see #getNature()
	 * @generated
	 */
	void setNature(NatureEpci value);

	/**
	 * Returns the value of the '<em><b>Membres</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.territoire.Commune}.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.territoire.Commune#getEpci <em>Epci</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Membres</em>' reference list.
	 * @see org.maillage.model.territoire.TerritoirePackage#getEpci_Membres()
	 * @see org.maillage.model.territoire.Commune#getEpci
	 * @model opposite="epci" resolveProxies="false"
	 * @generated
	 */
	EList<Commune> getMembres();

	/**
	 * Returns the value of the '<em><b>Qpvs</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.territoire.Qpv}.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.territoire.Qpv#getEpci <em>Epci</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * QPV whose contrat de ville this EPCI pilots; not saved, it is the inverse of Qpv.epci.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Qpvs</em>' reference list.
	 * @see org.maillage.model.territoire.TerritoirePackage#getEpci_Qpvs()
	 * @see org.maillage.model.territoire.Qpv#getEpci
	 * @model opposite="epci" transient="true"
	 * @generated
	 */
	EList<Qpv> getQpvs();

} // Epci
