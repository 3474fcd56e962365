/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.Element;

import org.maillage.model.indicateur.Indicateur;

import org.maillage.model.instance.Instance;

import org.maillage.model.organisation.Organisation;

import org.maillage.model.territoire.Territoire;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dispositif</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.Dispositif#getPorteur <em>Porteur</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Dispositif#getPartenaires <em>Partenaires</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Dispositif#getTerritoires <em>Territoires</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Dispositif#getDebut <em>Debut</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Dispositif#getFin <em>Fin</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Dispositif#getStatut <em>Statut</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Dispositif#getGouvernance <em>Gouvernance</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.Dispositif#getIndicateurs <em>Indicateurs</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.dispositif.DispositifPackage#getDispositif()
 * @model abstract="true"
 * @generated
 */
public interface Dispositif extends Element
{
	/**
	 * Returns the value of the '<em><b>Porteur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Porteur</em>' reference.
	 * @see #setPorteur(Organisation)
	 * @see org.maillage.model.dispositif.DispositifPackage#getDispositif_Porteur()
	 * @model
	 * @generated
	 */
	Organisation getPorteur();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.Dispositif#getPorteur <em>Porteur</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Porteur</em>' reference.
	 * @see #getPorteur()
	 * @generated
	 */
	void setPorteur(Organisation value);

	/**
	 * Returns the value of the '<em><b>Partenaires</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.organisation.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Partenaires</em>' reference list.
	 * @see org.maillage.model.dispositif.DispositifPackage#getDispositif_Partenaires()
	 * @model
	 * @generated
	 */
	EList<Organisation> getPartenaires();

	/**
	 * Returns the value of the '<em><b>Territoires</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.territoire.Territoire}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Territories covered (for a PASS, the territory it serves; for a CPTS, its communes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Territoires</em>' reference list.
	 * @see org.maillage.model.dispositif.DispositifPackage#getDispositif_Territoires()
	 * @model
	 * @generated
	 */
	EList<Territoire> getTerritoires();

	/**
	 * Returns the value of the '<em><b>Debut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Debut</em>' attribute.
	 * @see #setDebut(LocalDate)
	 * @see org.maillage.model.dispositif.DispositifPackage#getDispositif_Debut()
	 * @model dataType="org.maillage.model.LocalDate"
	 * @generated
	 */
	LocalDate getDebut();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.Dispositif#getDebut <em>Debut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Debut</em>' attribute.
	 * @see #getDebut()
	 * @generated
	 */
	void setDebut(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Fin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fin</em>' attribute.
	 * @see #setFin(LocalDate)
	 * @see org.maillage.model.dispositif.DispositifPackage#getDispositif_Fin()
	 * @model dataType="org.maillage.model.LocalDate"
	 * @generated
	 */
	LocalDate getFin();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.Dispositif#getFin <em>Fin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fin</em>' attribute.
	 * @see #getFin()
	 * @generated
	 */
	void setFin(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Statut</b></em>' attribute.
	 * The literals are from the enumeration {@link org.maillage.model.dispositif.StatutDispositif}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statut</em>' attribute.
	 * @see org.maillage.model.dispositif.StatutDispositif
	 * @see #setStatut(StatutDispositif)
	 * @see org.maillage.model.dispositif.DispositifPackage#getDispositif_Statut()
	 * @model
	 * @generated
	 */
	StatutDispositif getStatut();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.Dispositif#getStatut <em>Statut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statut</em>' attribute.
	 * @see org.maillage.model.dispositif.StatutDispositif
	 * @see #getStatut()
	 * @generated
	 */
	void setStatut(StatutDispositif value);

	/**
	 * Returns the value of the '<em><b>Gouvernance</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.instance.Instance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Governance bodies: comité de pilotage, comité technique, comité de suivi...
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gouvernance</em>' reference list.
	 * @see org.maillage.model.dispositif.DispositifPackage#getDispositif_Gouvernance()
	 * @model
	 * @generated
	 */
	EList<Instance> getGouvernance();

	/**
	 * Returns the value of the '<em><b>Indicateurs</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.indicateur.Indicateur}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicateurs</em>' reference list.
	 * @see org.maillage.model.dispositif.DispositifPackage#getDispositif_Indicateurs()
	 * @model
	 * @generated
	 */
	EList<Indicateur> getIndicateurs();

} // Dispositif
