/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.Element;

import org.maillage.model.financement.Financement;

import org.maillage.model.indicateur.Indicateur;

import org.maillage.model.organisation.Organisation;

import org.maillage.model.plan.Chantier;

import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.Territoire;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fiche Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.dispositif.FicheAction#getAxe <em>Axe</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.FicheAction#getNumero <em>Numero</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.FicheAction#getPorteur <em>Porteur</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.FicheAction#getPublics <em>Publics</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.FicheAction#getTerritoires <em>Territoires</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.FicheAction#getQpvCibles <em>Qpv Cibles</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.FicheAction#getChantiers <em>Chantiers</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.FicheAction#getIndicateurs <em>Indicateurs</em>}</li>
 *   <li>{@link org.maillage.model.dispositif.FicheAction#getFinancements <em>Financements</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.dispositif.DispositifPackage#getFicheAction()
 * @model
 * @generated
 */
public interface FicheAction extends Element
{
	/**
	 * Returns the value of the '<em><b>Axe</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.maillage.model.dispositif.Axe#getFichesActions <em>Fiches Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Axe</em>' container reference.
	 * @see #setAxe(Axe)
	 * @see org.maillage.model.dispositif.DispositifPackage#getFicheAction_Axe()
	 * @see org.maillage.model.dispositif.Axe#getFichesActions
	 * @model opposite="fichesActions"
	 * @generated
	 */
	Axe getAxe();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.FicheAction#getAxe <em>Axe</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Axe</em>' container reference.
	 * @see #getAxe()
	 * @generated
	 */
	void setAxe(Axe value);

	/**
	 * Returns the value of the '<em><b>Numero</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Numero</em>' attribute.
	 * @see #setNumero(String)
	 * @see org.maillage.model.dispositif.DispositifPackage#getFicheAction_Numero()
	 * @model
	 * @generated
	 */
	String getNumero();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.FicheAction#getNumero <em>Numero</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Numero</em>' attribute.
	 * @see #getNumero()
	 * @generated
	 */
	void setNumero(String value);

	/**
	 * Returns the value of the '<em><b>Porteur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Porteur</em>' reference.
	 * @see #setPorteur(Organisation)
	 * @see org.maillage.model.dispositif.DispositifPackage#getFicheAction_Porteur()
	 * @model
	 * @generated
	 */
	Organisation getPorteur();

	/**
	 * Sets the value of the '{@link org.maillage.model.dispositif.FicheAction#getPorteur <em>Porteur</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Porteur</em>' reference.
	 * @see #getPorteur()
	 * @generated
	 */
	void setPorteur(Organisation value);

	/**
	 * Returns the value of the '<em><b>Publics</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publics</em>' attribute list.
	 * @see org.maillage.model.dispositif.DispositifPackage#getFicheAction_Publics()
	 * @model
	 * @generated
	 */
	EList<String> getPublics();

	/**
	 * Returns the value of the '<em><b>Territoires</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.territoire.Territoire}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the action applies when narrower than the CLS, e.g. its declension for one EPCI of a pays.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Territoires</em>' reference list.
	 * @see org.maillage.model.dispositif.DispositifPackage#getFicheAction_Territoires()
	 * @model
	 * @generated
	 */
	EList<Territoire> getTerritoires();

	/**
	 * Returns the value of the '<em><b>Qpv Cibles</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.territoire.Qpv}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Qpv Cibles</em>' reference list.
	 * @see org.maillage.model.dispositif.DispositifPackage#getFicheAction_QpvCibles()
	 * @model
	 * @generated
	 */
	EList<Qpv> getQpvCibles();

	/**
	 * Returns the value of the '<em><b>Chantiers</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.plan.Chantier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The roadmap chantiers this action declines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Chantiers</em>' reference list.
	 * @see org.maillage.model.dispositif.DispositifPackage#getFicheAction_Chantiers()
	 * @model
	 * @generated
	 */
	EList<Chantier> getChantiers();

	/**
	 * Returns the value of the '<em><b>Indicateurs</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.indicateur.Indicateur}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicateurs</em>' reference list.
	 * @see org.maillage.model.dispositif.DispositifPackage#getFicheAction_Indicateurs()
	 * @model
	 * @generated
	 */
	EList<Indicateur> getIndicateurs();

	/**
	 * Returns the value of the '<em><b>Financements</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.financement.Financement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The financements whose objet is this action; derived, so that the money is recorded once.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Financements</em>' reference list.
	 * @see org.maillage.model.dispositif.DispositifPackage#getFicheAction_Financements()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<Financement> getFinancements();

} // FicheAction
