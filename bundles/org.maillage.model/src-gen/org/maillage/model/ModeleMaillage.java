/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.articulation.Articulation;
import org.maillage.model.articulation.TypeArticulation;

import org.maillage.model.dispositif.Dispositif;

import org.maillage.model.financement.Financement;
import org.maillage.model.financement.Fonds;
import org.maillage.model.financement.RegleCofinancement;

import org.maillage.model.indicateur.Indicateur;

import org.maillage.model.instance.Instance;

import org.maillage.model.organisation.Organisation;

import org.maillage.model.plan.BonnePratique;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.Prs;

import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Groupement;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.Region;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Modele Maillage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a Maillage file: every other element is contained, directly or not, in exactly one of its lists.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.ModeleMaillage#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.maillage.model.ModeleMaillage#getReferenceData <em>Reference Data</em>}</li>
 *   <li>{@link org.maillage.model.ModeleMaillage#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.maillage.model.ModeleMaillage#getEpcis <em>Epcis</em>}</li>
 *   <li>{@link org.maillage.model.ModeleMaillage#getQpvs <em>Qpvs</em>}</li>
 *   <li>{@link org.maillage.model.ModeleMaillage#getGroupements <em>Groupements</em>}</li>
 *   <li>{@link org.maillage.model.ModeleMaillage#getOrganisations <em>Organisations</em>}</li>
 *   <li>{@link org.maillage.model.ModeleMaillage#getPrs <em>Prs</em>}</li>
 *   <li>{@link org.maillage.model.ModeleMaillage#getFeuillesDeRoute <em>Feuilles De Route</em>}</li>
 *   <li>{@link org.maillage.model.ModeleMaillage#getDispositifs <em>Dispositifs</em>}</li>
 *   <li>{@link org.maillage.model.ModeleMaillage#getFonds <em>Fonds</em>}</li>
 *   <li>{@link org.maillage.model.ModeleMaillage#getFinancements <em>Financements</em>}</li>
 *   <li>{@link org.maillage.model.ModeleMaillage#getReglesCofinancement <em>Regles Cofinancement</em>}</li>
 *   <li>{@link org.maillage.model.ModeleMaillage#getIndicateurs <em>Indicateurs</em>}</li>
 *   <li>{@link org.maillage.model.ModeleMaillage#getInstances <em>Instances</em>}</li>
 *   <li>{@link org.maillage.model.ModeleMaillage#getTypesArticulation <em>Types Articulation</em>}</li>
 *   <li>{@link org.maillage.model.ModeleMaillage#getArticulations <em>Articulations</em>}</li>
 *   <li>{@link org.maillage.model.ModeleMaillage#getBonnesPratiques <em>Bonnes Pratiques</em>}</li>
 *   <li>{@link org.maillage.model.ModeleMaillage#getConflits <em>Conflits</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.MaillagePackage#getModeleMaillage()
 * @model
 * @generated
 */
public interface ModeleMaillage extends Element
{
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the file format the file was written with, so that a later release can migrate it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see org.maillage.model.MaillagePackage#getModeleMaillage_FormatVersion()
	 * @model
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link org.maillage.model.ModeleMaillage#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Reference Data</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.ReferenceData}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference Data</em>' containment reference list.
	 * @see org.maillage.model.MaillagePackage#getModeleMaillage_ReferenceData()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReferenceData> getReferenceData();

	/**
	 * Returns the value of the '<em><b>Regions</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.territoire.Region}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regions</em>' containment reference list.
	 * @see org.maillage.model.MaillagePackage#getModeleMaillage_Regions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Region> getRegions();

	/**
	 * Returns the value of the '<em><b>Epcis</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.territoire.Epci}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EPCI are held here, not under a departement, because some straddle departements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Epcis</em>' containment reference list.
	 * @see org.maillage.model.MaillagePackage#getModeleMaillage_Epcis()
	 * @model containment="true"
	 * @generated
	 */
	EList<Epci> getEpcis();

	/**
	 * Returns the value of the '<em><b>Qpvs</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.territoire.Qpv}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Qpvs</em>' containment reference list.
	 * @see org.maillage.model.MaillagePackage#getModeleMaillage_Qpvs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Qpv> getQpvs();

	/**
	 * Returns the value of the '<em><b>Groupements</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.territoire.Groupement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groupements</em>' containment reference list.
	 * @see org.maillage.model.MaillagePackage#getModeleMaillage_Groupements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Groupement> getGroupements();

	/**
	 * Returns the value of the '<em><b>Organisations</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.organisation.Organisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisations</em>' containment reference list.
	 * @see org.maillage.model.MaillagePackage#getModeleMaillage_Organisations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Organisation> getOrganisations();

	/**
	 * Returns the value of the '<em><b>Prs</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.plan.Prs}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prs</em>' containment reference list.
	 * @see org.maillage.model.MaillagePackage#getModeleMaillage_Prs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Prs> getPrs();

	/**
	 * Returns the value of the '<em><b>Feuilles De Route</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.plan.FeuilleDeRoute}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feuilles De Route</em>' containment reference list.
	 * @see org.maillage.model.MaillagePackage#getModeleMaillage_FeuillesDeRoute()
	 * @model containment="true"
	 * @generated
	 */
	EList<FeuilleDeRoute> getFeuillesDeRoute();

	/**
	 * Returns the value of the '<em><b>Dispositifs</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.dispositif.Dispositif}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Schemes of every kind, including kinds that plug-ins define by subclassing Dispositif.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dispositifs</em>' containment reference list.
	 * @see org.maillage.model.MaillagePackage#getModeleMaillage_Dispositifs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Dispositif> getDispositifs();

	/**
	 * Returns the value of the '<em><b>Fonds</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.financement.Fonds}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fonds</em>' containment reference list.
	 * @see org.maillage.model.MaillagePackage#getModeleMaillage_Fonds()
	 * @model containment="true"
	 * @generated
	 */
	EList<Fonds> getFonds();

	/**
	 * Returns the value of the '<em><b>Financements</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.financement.Financement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Financements</em>' containment reference list.
	 * @see org.maillage.model.MaillagePackage#getModeleMaillage_Financements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Financement> getFinancements();

	/**
	 * Returns the value of the '<em><b>Regles Cofinancement</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.financement.RegleCofinancement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regles Cofinancement</em>' containment reference list.
	 * @see org.maillage.model.MaillagePackage#getModeleMaillage_ReglesCofinancement()
	 * @model containment="true"
	 * @generated
	 */
	EList<RegleCofinancement> getReglesCofinancement();

	/**
	 * Returns the value of the '<em><b>Indicateurs</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.indicateur.Indicateur}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicateurs</em>' containment reference list.
	 * @see org.maillage.model.MaillagePackage#getModeleMaillage_Indicateurs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicateur> getIndicateurs();

	/**
	 * Returns the value of the '<em><b>Instances</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.instance.Instance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instances</em>' containment reference list.
	 * @see org.maillage.model.MaillagePackage#getModeleMaillage_Instances()
	 * @model containment="true"
	 * @generated
	 */
	EList<Instance> getInstances();

	/**
	 * Returns the value of the '<em><b>Types Articulation</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.articulation.TypeArticulation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Types Articulation</em>' containment reference list.
	 * @see org.maillage.model.MaillagePackage#getModeleMaillage_TypesArticulation()
	 * @model containment="true"
	 * @generated
	 */
	EList<TypeArticulation> getTypesArticulation();

	/**
	 * Returns the value of the '<em><b>Articulations</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.articulation.Articulation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Articulations</em>' containment reference list.
	 * @see org.maillage.model.MaillagePackage#getModeleMaillage_Articulations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Articulation> getArticulations();

	/**
	 * Returns the value of the '<em><b>Bonnes Pratiques</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.plan.BonnePratique}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bonnes Pratiques</em>' containment reference list.
	 * @see org.maillage.model.MaillagePackage#getModeleMaillage_BonnesPratiques()
	 * @model containment="true"
	 * @generated
	 */
	EList<BonnePratique> getBonnesPratiques();

	/**
	 * Returns the value of the '<em><b>Conflits</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.Conflit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Conflicts left by a three-way merge (maillage merge, Synchroniser), until resolved: both sides' values are kept here so that nothing is lost.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conflits</em>' containment reference list.
	 * @see org.maillage.model.MaillagePackage#getModeleMaillage_Conflits()
	 * @model containment="true"
	 * @generated
	 */
	EList<Conflit> getConflits();

} // ModeleMaillage
