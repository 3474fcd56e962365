/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Qpv;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contrat De Ville</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Contrat de ville (2024-2030), piloted by an EPCI, covering QPV.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.ContratDeVille#getEpci <em>Epci</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.ContratDeVille#getQpvs <em>Qpvs</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.ContratDeVille#isAtelierSanteVille <em>Atelier Sante Ville</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.dispositif.DispositifPackage#getContratDeVille()
 * @model
 * @generated
 */
public interface ContratDeVille extends Dispositif
{
	/**
	 * Returns the value of the '<em><b>Epci</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epci</em>' reference.
	 * @see #setEpci(Epci)
	 * @see org.maillage.model.dispositif.DispositifPackage#getContratDeVille_Epci()
	 * @model
	 * @generated
	 */
	Epci getEpci();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.ContratDeVille#getEpci <em>Epci</em>}' reference.
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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Qpvs</em>' reference list.
	 * @see org.maillage.model.dispositif.DispositifPackage#getContratDeVille_Qpvs()
	 * @model
	 * @generated
	 */
	EList<Qpv> getQpvs();

	/**
	 * Returns the value of the '<em><b>Atelier Sante Ville</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when its health part goes through an Atelier santé ville.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Atelier Sante Ville</em>' attribute.
	 * @see #setAtelierSanteVille(boolean)
	 * @see org.maillage.model.dispositif.DispositifPackage#getContratDeVille_AtelierSanteVille()
	 * @model
	 * @generated
	 */
	boolean isAtelierSanteVille();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.ContratDeVille#isAtelierSanteVille <em>Atelier Sante Ville</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Atelier Sante Ville</em>' attribute.
	 * @see #isAtelierSanteVille()
	 * @generated
	 */
	void setAtelierSanteVille(boolean value);

} // ContratDeVille
