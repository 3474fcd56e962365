/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.maillage.model.MaillagePackage;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The schemes (dispositifs) the roadmap articulates. Plug-ins add kinds by subclassing Dispositif in their own package.
 * <!-- end-model-doc -->
 * @see org.maillage.model.dispositif.DispositifFactory
 * @model kind="package"
 * @generated
 */
public interface DispositifPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "dispositif";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://maillage.org/model/1.0/dispositif";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "dispositif";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DispositifPackage eINSTANCE = org.maillage.model.dispositif.impl.DispositifPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.maillage.model.dispositif.impl.DispositifImpl <em>Dispositif</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.dispositif.impl.DispositifImpl
	 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getDispositif()
	 * @generated
	 */
	int DISPOSITIF = 0;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPOSITIF__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPOSITIF__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPOSITIF__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPOSITIF__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPOSITIF__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Porteur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPOSITIF__PORTEUR = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Partenaires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPOSITIF__PARTENAIRES = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Territoires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPOSITIF__TERRITOIRES = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Debut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPOSITIF__DEBUT = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Fin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPOSITIF__FIN = MaillagePackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Statut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPOSITIF__STATUT = MaillagePackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Gouvernance</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPOSITIF__GOUVERNANCE = MaillagePackage.ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Indicateurs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPOSITIF__INDICATEURS = MaillagePackage.ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Dispositif</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPOSITIF_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Dispositif</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISPOSITIF_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.dispositif.impl.ClsImpl <em>Cls</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.dispositif.impl.ClsImpl
	 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getCls()
	 * @generated
	 */
	int CLS = 1;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__UUID = DISPOSITIF__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__NOM = DISPOSITIF__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__DESCRIPTION = DISPOSITIF__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__ILLUSTRATIVE = DISPOSITIF__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__CITATIONS = DISPOSITIF__CITATIONS;

	/**
	 * The feature id for the '<em><b>Porteur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__PORTEUR = DISPOSITIF__PORTEUR;

	/**
	 * The feature id for the '<em><b>Partenaires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__PARTENAIRES = DISPOSITIF__PARTENAIRES;

	/**
	 * The feature id for the '<em><b>Territoires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__TERRITOIRES = DISPOSITIF__TERRITOIRES;

	/**
	 * The feature id for the '<em><b>Debut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__DEBUT = DISPOSITIF__DEBUT;

	/**
	 * The feature id for the '<em><b>Fin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__FIN = DISPOSITIF__FIN;

	/**
	 * The feature id for the '<em><b>Statut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__STATUT = DISPOSITIF__STATUT;

	/**
	 * The feature id for the '<em><b>Gouvernance</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__GOUVERNANCE = DISPOSITIF__GOUVERNANCE;

	/**
	 * The feature id for the '<em><b>Indicateurs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__INDICATEURS = DISPOSITIF__INDICATEURS;

	/**
	 * The feature id for the '<em><b>Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__GENERATION = DISPOSITIF_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Precedent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__PRECEDENT = DISPOSITIF_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cycle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__CYCLE = DISPOSITIF_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date Signature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__DATE_SIGNATURE = DISPOSITIF_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Signataires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__SIGNATAIRES = DISPOSITIF_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Diagnostic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__DIAGNOSTIC = DISPOSITIF_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Champs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__CHAMPS = DISPOSITIF_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Coordinateur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__COORDINATEUR = DISPOSITIF_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Axes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS__AXES = DISPOSITIF_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Cls</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS_FEATURE_COUNT = DISPOSITIF_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Cls</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLS_OPERATION_COUNT = DISPOSITIF_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.dispositif.impl.AxeImpl <em>Axe</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.dispositif.impl.AxeImpl
	 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getAxe()
	 * @generated
	 */
	int AXE = 2;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AXE__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AXE__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AXE__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AXE__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AXE__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Cls</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AXE__CLS = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Numero</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AXE__NUMERO = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Fiches Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AXE__FICHES_ACTIONS = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Axe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AXE_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Axe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AXE_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.dispositif.impl.FicheActionImpl <em>Fiche Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.dispositif.impl.FicheActionImpl
	 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getFicheAction()
	 * @generated
	 */
	int FICHE_ACTION = 3;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FICHE_ACTION__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FICHE_ACTION__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FICHE_ACTION__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FICHE_ACTION__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FICHE_ACTION__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Axe</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FICHE_ACTION__AXE = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Numero</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FICHE_ACTION__NUMERO = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Porteur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FICHE_ACTION__PORTEUR = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Publics</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FICHE_ACTION__PUBLICS = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Territoires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FICHE_ACTION__TERRITOIRES = MaillagePackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Qpv Cibles</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FICHE_ACTION__QPV_CIBLES = MaillagePackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Chantiers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FICHE_ACTION__CHANTIERS = MaillagePackage.ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Indicateurs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FICHE_ACTION__INDICATEURS = MaillagePackage.ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Financements</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FICHE_ACTION__FINANCEMENTS = MaillagePackage.ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Fiche Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FICHE_ACTION_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Fiche Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FICHE_ACTION_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.dispositif.impl.ContratDeVilleImpl <em>Contrat De Ville</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.dispositif.impl.ContratDeVilleImpl
	 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getContratDeVille()
	 * @generated
	 */
	int CONTRAT_DE_VILLE = 4;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAT_DE_VILLE__UUID = DISPOSITIF__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAT_DE_VILLE__NOM = DISPOSITIF__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAT_DE_VILLE__DESCRIPTION = DISPOSITIF__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAT_DE_VILLE__ILLUSTRATIVE = DISPOSITIF__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAT_DE_VILLE__CITATIONS = DISPOSITIF__CITATIONS;

	/**
	 * The feature id for the '<em><b>Porteur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAT_DE_VILLE__PORTEUR = DISPOSITIF__PORTEUR;

	/**
	 * The feature id for the '<em><b>Partenaires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAT_DE_VILLE__PARTENAIRES = DISPOSITIF__PARTENAIRES;

	/**
	 * The feature id for the '<em><b>Territoires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAT_DE_VILLE__TERRITOIRES = DISPOSITIF__TERRITOIRES;

	/**
	 * The feature id for the '<em><b>Debut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAT_DE_VILLE__DEBUT = DISPOSITIF__DEBUT;

	/**
	 * The feature id for the '<em><b>Fin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAT_DE_VILLE__FIN = DISPOSITIF__FIN;

	/**
	 * The feature id for the '<em><b>Statut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAT_DE_VILLE__STATUT = DISPOSITIF__STATUT;

	/**
	 * The feature id for the '<em><b>Gouvernance</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAT_DE_VILLE__GOUVERNANCE = DISPOSITIF__GOUVERNANCE;

	/**
	 * The feature id for the '<em><b>Indicateurs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAT_DE_VILLE__INDICATEURS = DISPOSITIF__INDICATEURS;

	/**
	 * The feature id for the '<em><b>Epci</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAT_DE_VILLE__EPCI = DISPOSITIF_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Qpvs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAT_DE_VILLE__QPVS = DISPOSITIF_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Atelier Sante Ville</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAT_DE_VILLE__ATELIER_SANTE_VILLE = DISPOSITIF_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Contrat De Ville</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAT_DE_VILLE_FEATURE_COUNT = DISPOSITIF_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Contrat De Ville</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRAT_DE_VILLE_OPERATION_COUNT = DISPOSITIF_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.dispositif.impl.PassImpl <em>Pass</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.dispositif.impl.PassImpl
	 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getPass()
	 * @generated
	 */
	int PASS = 5;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS__UUID = DISPOSITIF__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS__NOM = DISPOSITIF__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS__DESCRIPTION = DISPOSITIF__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS__ILLUSTRATIVE = DISPOSITIF__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS__CITATIONS = DISPOSITIF__CITATIONS;

	/**
	 * The feature id for the '<em><b>Porteur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS__PORTEUR = DISPOSITIF__PORTEUR;

	/**
	 * The feature id for the '<em><b>Partenaires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS__PARTENAIRES = DISPOSITIF__PARTENAIRES;

	/**
	 * The feature id for the '<em><b>Territoires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS__TERRITOIRES = DISPOSITIF__TERRITOIRES;

	/**
	 * The feature id for the '<em><b>Debut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS__DEBUT = DISPOSITIF__DEBUT;

	/**
	 * The feature id for the '<em><b>Fin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS__FIN = DISPOSITIF__FIN;

	/**
	 * The feature id for the '<em><b>Statut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS__STATUT = DISPOSITIF__STATUT;

	/**
	 * The feature id for the '<em><b>Gouvernance</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS__GOUVERNANCE = DISPOSITIF__GOUVERNANCE;

	/**
	 * The feature id for the '<em><b>Indicateurs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS__INDICATEURS = DISPOSITIF__INDICATEURS;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS__TYPE = DISPOSITIF_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Etablissement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS__ETABLISSEMENT = DISPOSITIF_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Pass</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS_FEATURE_COUNT = DISPOSITIF_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Pass</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASS_OPERATION_COUNT = DISPOSITIF_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.dispositif.impl.DacImpl <em>Dac</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.dispositif.impl.DacImpl
	 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getDac()
	 * @generated
	 */
	int DAC = 6;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAC__UUID = DISPOSITIF__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAC__NOM = DISPOSITIF__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAC__DESCRIPTION = DISPOSITIF__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAC__ILLUSTRATIVE = DISPOSITIF__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAC__CITATIONS = DISPOSITIF__CITATIONS;

	/**
	 * The feature id for the '<em><b>Porteur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAC__PORTEUR = DISPOSITIF__PORTEUR;

	/**
	 * The feature id for the '<em><b>Partenaires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAC__PARTENAIRES = DISPOSITIF__PARTENAIRES;

	/**
	 * The feature id for the '<em><b>Territoires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAC__TERRITOIRES = DISPOSITIF__TERRITOIRES;

	/**
	 * The feature id for the '<em><b>Debut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAC__DEBUT = DISPOSITIF__DEBUT;

	/**
	 * The feature id for the '<em><b>Fin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAC__FIN = DISPOSITIF__FIN;

	/**
	 * The feature id for the '<em><b>Statut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAC__STATUT = DISPOSITIF__STATUT;

	/**
	 * The feature id for the '<em><b>Gouvernance</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAC__GOUVERNANCE = DISPOSITIF__GOUVERNANCE;

	/**
	 * The feature id for the '<em><b>Indicateurs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAC__INDICATEURS = DISPOSITIF__INDICATEURS;

	/**
	 * The number of structural features of the '<em>Dac</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAC_FEATURE_COUNT = DISPOSITIF_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Dac</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DAC_OPERATION_COUNT = DISPOSITIF_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.dispositif.impl.CptsImpl <em>Cpts</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.dispositif.impl.CptsImpl
	 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getCpts()
	 * @generated
	 */
	int CPTS = 7;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPTS__UUID = DISPOSITIF__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPTS__NOM = DISPOSITIF__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPTS__DESCRIPTION = DISPOSITIF__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPTS__ILLUSTRATIVE = DISPOSITIF__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPTS__CITATIONS = DISPOSITIF__CITATIONS;

	/**
	 * The feature id for the '<em><b>Porteur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPTS__PORTEUR = DISPOSITIF__PORTEUR;

	/**
	 * The feature id for the '<em><b>Partenaires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPTS__PARTENAIRES = DISPOSITIF__PARTENAIRES;

	/**
	 * The feature id for the '<em><b>Territoires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPTS__TERRITOIRES = DISPOSITIF__TERRITOIRES;

	/**
	 * The feature id for the '<em><b>Debut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPTS__DEBUT = DISPOSITIF__DEBUT;

	/**
	 * The feature id for the '<em><b>Fin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPTS__FIN = DISPOSITIF__FIN;

	/**
	 * The feature id for the '<em><b>Statut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPTS__STATUT = DISPOSITIF__STATUT;

	/**
	 * The feature id for the '<em><b>Gouvernance</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPTS__GOUVERNANCE = DISPOSITIF__GOUVERNANCE;

	/**
	 * The feature id for the '<em><b>Indicateurs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPTS__INDICATEURS = DISPOSITIF__INDICATEURS;

	/**
	 * The feature id for the '<em><b>Projet De Sante</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPTS__PROJET_DE_SANTE = DISPOSITIF_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Taille</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPTS__TAILLE = DISPOSITIF_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Missions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPTS__MISSIONS = DISPOSITIF_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Cpts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPTS_FEATURE_COUNT = DISPOSITIF_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Cpts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPTS_OPERATION_COUNT = DISPOSITIF_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.dispositif.impl.MspImpl <em>Msp</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.dispositif.impl.MspImpl
	 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getMsp()
	 * @generated
	 */
	int MSP = 8;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MSP__UUID = DISPOSITIF__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MSP__NOM = DISPOSITIF__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MSP__DESCRIPTION = DISPOSITIF__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MSP__ILLUSTRATIVE = DISPOSITIF__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MSP__CITATIONS = DISPOSITIF__CITATIONS;

	/**
	 * The feature id for the '<em><b>Porteur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MSP__PORTEUR = DISPOSITIF__PORTEUR;

	/**
	 * The feature id for the '<em><b>Partenaires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MSP__PARTENAIRES = DISPOSITIF__PARTENAIRES;

	/**
	 * The feature id for the '<em><b>Territoires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MSP__TERRITOIRES = DISPOSITIF__TERRITOIRES;

	/**
	 * The feature id for the '<em><b>Debut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MSP__DEBUT = DISPOSITIF__DEBUT;

	/**
	 * The feature id for the '<em><b>Fin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MSP__FIN = DISPOSITIF__FIN;

	/**
	 * The feature id for the '<em><b>Statut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MSP__STATUT = DISPOSITIF__STATUT;

	/**
	 * The feature id for the '<em><b>Gouvernance</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MSP__GOUVERNANCE = DISPOSITIF__GOUVERNANCE;

	/**
	 * The feature id for the '<em><b>Indicateurs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MSP__INDICATEURS = DISPOSITIF__INDICATEURS;

	/**
	 * The feature id for the '<em><b>Pole De Sante</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MSP__POLE_DE_SANTE = DISPOSITIF_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Msp</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MSP_FEATURE_COUNT = DISPOSITIF_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Msp</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MSP_OPERATION_COUNT = DISPOSITIF_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.dispositif.impl.MutualisationImpl <em>Mutualisation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.dispositif.impl.MutualisationImpl
	 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getMutualisation()
	 * @generated
	 */
	int MUTUALISATION = 9;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUALISATION__UUID = DISPOSITIF__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUALISATION__NOM = DISPOSITIF__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUALISATION__DESCRIPTION = DISPOSITIF__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUALISATION__ILLUSTRATIVE = DISPOSITIF__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUALISATION__CITATIONS = DISPOSITIF__CITATIONS;

	/**
	 * The feature id for the '<em><b>Porteur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUALISATION__PORTEUR = DISPOSITIF__PORTEUR;

	/**
	 * The feature id for the '<em><b>Partenaires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUALISATION__PARTENAIRES = DISPOSITIF__PARTENAIRES;

	/**
	 * The feature id for the '<em><b>Territoires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUALISATION__TERRITOIRES = DISPOSITIF__TERRITOIRES;

	/**
	 * The feature id for the '<em><b>Debut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUALISATION__DEBUT = DISPOSITIF__DEBUT;

	/**
	 * The feature id for the '<em><b>Fin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUALISATION__FIN = DISPOSITIF__FIN;

	/**
	 * The feature id for the '<em><b>Statut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUALISATION__STATUT = DISPOSITIF__STATUT;

	/**
	 * The feature id for the '<em><b>Gouvernance</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUALISATION__GOUVERNANCE = DISPOSITIF__GOUVERNANCE;

	/**
	 * The feature id for the '<em><b>Indicateurs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUALISATION__INDICATEURS = DISPOSITIF__INDICATEURS;

	/**
	 * The feature id for the '<em><b>Groupement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUALISATION__GROUPEMENT = DISPOSITIF_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Moyens Mutualises</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUALISATION__MOYENS_MUTUALISES = DISPOSITIF_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Mutualisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUALISATION_FEATURE_COUNT = DISPOSITIF_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Mutualisation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUTUALISATION_OPERATION_COUNT = DISPOSITIF_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.dispositif.impl.CoordinationMicrolocaleImpl <em>Coordination Microlocale</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.dispositif.impl.CoordinationMicrolocaleImpl
	 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getCoordinationMicrolocale()
	 * @generated
	 */
	int COORDINATION_MICROLOCALE = 10;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATION_MICROLOCALE__UUID = DISPOSITIF__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATION_MICROLOCALE__NOM = DISPOSITIF__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATION_MICROLOCALE__DESCRIPTION = DISPOSITIF__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATION_MICROLOCALE__ILLUSTRATIVE = DISPOSITIF__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATION_MICROLOCALE__CITATIONS = DISPOSITIF__CITATIONS;

	/**
	 * The feature id for the '<em><b>Porteur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATION_MICROLOCALE__PORTEUR = DISPOSITIF__PORTEUR;

	/**
	 * The feature id for the '<em><b>Partenaires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATION_MICROLOCALE__PARTENAIRES = DISPOSITIF__PARTENAIRES;

	/**
	 * The feature id for the '<em><b>Territoires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATION_MICROLOCALE__TERRITOIRES = DISPOSITIF__TERRITOIRES;

	/**
	 * The feature id for the '<em><b>Debut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATION_MICROLOCALE__DEBUT = DISPOSITIF__DEBUT;

	/**
	 * The feature id for the '<em><b>Fin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATION_MICROLOCALE__FIN = DISPOSITIF__FIN;

	/**
	 * The feature id for the '<em><b>Statut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATION_MICROLOCALE__STATUT = DISPOSITIF__STATUT;

	/**
	 * The feature id for the '<em><b>Gouvernance</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATION_MICROLOCALE__GOUVERNANCE = DISPOSITIF__GOUVERNANCE;

	/**
	 * The feature id for the '<em><b>Indicateurs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATION_MICROLOCALE__INDICATEURS = DISPOSITIF__INDICATEURS;

	/**
	 * The feature id for the '<em><b>Coordinateur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATION_MICROLOCALE__COORDINATEUR = DISPOSITIF_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Coordination Microlocale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATION_MICROLOCALE_FEATURE_COUNT = DISPOSITIF_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Coordination Microlocale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COORDINATION_MICROLOCALE_OPERATION_COUNT = DISPOSITIF_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.dispositif.StatutDispositif <em>Statut Dispositif</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.dispositif.StatutDispositif
	 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getStatutDispositif()
	 * @generated
	 */
	int STATUT_DISPOSITIF = 11;

	/**
	 * The meta object id for the '{@link org.maillage.model.dispositif.CycleCls <em>Cycle Cls</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.dispositif.CycleCls
	 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getCycleCls()
	 * @generated
	 */
	int CYCLE_CLS = 12;

	/**
	 * The meta object id for the '{@link org.maillage.model.dispositif.ChampCls <em>Champ Cls</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.dispositif.ChampCls
	 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getChampCls()
	 * @generated
	 */
	int CHAMP_CLS = 13;

	/**
	 * The meta object id for the '{@link org.maillage.model.dispositif.TypePass <em>Type Pass</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.dispositif.TypePass
	 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getTypePass()
	 * @generated
	 */
	int TYPE_PASS = 14;

	/**
	 * The meta object id for the '{@link org.maillage.model.dispositif.MissionCpts <em>Mission Cpts</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.dispositif.MissionCpts
	 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getMissionCpts()
	 * @generated
	 */
	int MISSION_CPTS = 15;


	/**
	 * Returns the meta object for class '{@link org.maillage.model.dispositif.Dispositif <em>Dispositif</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dispositif</em>'.
	 * @see org.maillage.model.dispositif.Dispositif
	 * @generated
	 */
	EClass getDispositif();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.dispositif.Dispositif#getPorteur <em>Porteur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Porteur</em>'.
	 * @see org.maillage.model.dispositif.Dispositif#getPorteur()
	 * @see #getDispositif()
	 * @generated
	 */
	EReference getDispositif_Porteur();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.dispositif.Dispositif#getPartenaires <em>Partenaires</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Partenaires</em>'.
	 * @see org.maillage.model.dispositif.Dispositif#getPartenaires()
	 * @see #getDispositif()
	 * @generated
	 */
	EReference getDispositif_Partenaires();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.dispositif.Dispositif#getTerritoires <em>Territoires</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Territoires</em>'.
	 * @see org.maillage.model.dispositif.Dispositif#getTerritoires()
	 * @see #getDispositif()
	 * @generated
	 */
	EReference getDispositif_Territoires();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.dispositif.Dispositif#getDebut <em>Debut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Debut</em>'.
	 * @see org.maillage.model.dispositif.Dispositif#getDebut()
	 * @see #getDispositif()
	 * @generated
	 */
	EAttribute getDispositif_Debut();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.dispositif.Dispositif#getFin <em>Fin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fin</em>'.
	 * @see org.maillage.model.dispositif.Dispositif#getFin()
	 * @see #getDispositif()
	 * @generated
	 */
	EAttribute getDispositif_Fin();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.dispositif.Dispositif#getStatut <em>Statut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statut</em>'.
	 * @see org.maillage.model.dispositif.Dispositif#getStatut()
	 * @see #getDispositif()
	 * @generated
	 */
	EAttribute getDispositif_Statut();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.dispositif.Dispositif#getGouvernance <em>Gouvernance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Gouvernance</em>'.
	 * @see org.maillage.model.dispositif.Dispositif#getGouvernance()
	 * @see #getDispositif()
	 * @generated
	 */
	EReference getDispositif_Gouvernance();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.dispositif.Dispositif#getIndicateurs <em>Indicateurs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Indicateurs</em>'.
	 * @see org.maillage.model.dispositif.Dispositif#getIndicateurs()
	 * @see #getDispositif()
	 * @generated
	 */
	EReference getDispositif_Indicateurs();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.dispositif.Cls <em>Cls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cls</em>'.
	 * @see org.maillage.model.dispositif.Cls
	 * @generated
	 */
	EClass getCls();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.dispositif.Cls#getGeneration <em>Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Generation</em>'.
	 * @see org.maillage.model.dispositif.Cls#getGeneration()
	 * @see #getCls()
	 * @generated
	 */
	EAttribute getCls_Generation();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.dispositif.Cls#getPrecedent <em>Precedent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Precedent</em>'.
	 * @see org.maillage.model.dispositif.Cls#getPrecedent()
	 * @see #getCls()
	 * @generated
	 */
	EReference getCls_Precedent();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.dispositif.Cls#getCycle <em>Cycle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cycle</em>'.
	 * @see org.maillage.model.dispositif.Cls#getCycle()
	 * @see #getCls()
	 * @generated
	 */
	EAttribute getCls_Cycle();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.dispositif.Cls#getDateSignature <em>Date Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Signature</em>'.
	 * @see org.maillage.model.dispositif.Cls#getDateSignature()
	 * @see #getCls()
	 * @generated
	 */
	EAttribute getCls_DateSignature();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.dispositif.Cls#getSignataires <em>Signataires</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Signataires</em>'.
	 * @see org.maillage.model.dispositif.Cls#getSignataires()
	 * @see #getCls()
	 * @generated
	 */
	EReference getCls_Signataires();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.dispositif.Cls#getDiagnostic <em>Diagnostic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Diagnostic</em>'.
	 * @see org.maillage.model.dispositif.Cls#getDiagnostic()
	 * @see #getCls()
	 * @generated
	 */
	EAttribute getCls_Diagnostic();

	/**
	 * Returns the meta object for the attribute list '{@link org.maillage.model.dispositif.Cls#getChamps <em>Champs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Champs</em>'.
	 * @see org.maillage.model.dispositif.Cls#getChamps()
	 * @see #getCls()
	 * @generated
	 */
	EAttribute getCls_Champs();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.dispositif.Cls#getCoordinateur <em>Coordinateur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Coordinateur</em>'.
	 * @see org.maillage.model.dispositif.Cls#getCoordinateur()
	 * @see #getCls()
	 * @generated
	 */
	EReference getCls_Coordinateur();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.dispositif.Cls#getAxes <em>Axes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Axes</em>'.
	 * @see org.maillage.model.dispositif.Cls#getAxes()
	 * @see #getCls()
	 * @generated
	 */
	EReference getCls_Axes();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.dispositif.Axe <em>Axe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Axe</em>'.
	 * @see org.maillage.model.dispositif.Axe
	 * @generated
	 */
	EClass getAxe();

	/**
	 * Returns the meta object for the container reference '{@link org.maillage.model.dispositif.Axe#getCls <em>Cls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Cls</em>'.
	 * @see org.maillage.model.dispositif.Axe#getCls()
	 * @see #getAxe()
	 * @generated
	 */
	EReference getAxe_Cls();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.dispositif.Axe#getNumero <em>Numero</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Numero</em>'.
	 * @see org.maillage.model.dispositif.Axe#getNumero()
	 * @see #getAxe()
	 * @generated
	 */
	EAttribute getAxe_Numero();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.dispositif.Axe#getFichesActions <em>Fiches Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fiches Actions</em>'.
	 * @see org.maillage.model.dispositif.Axe#getFichesActions()
	 * @see #getAxe()
	 * @generated
	 */
	EReference getAxe_FichesActions();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.dispositif.FicheAction <em>Fiche Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fiche Action</em>'.
	 * @see org.maillage.model.dispositif.FicheAction
	 * @generated
	 */
	EClass getFicheAction();

	/**
	 * Returns the meta object for the container reference '{@link org.maillage.model.dispositif.FicheAction#getAxe <em>Axe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Axe</em>'.
	 * @see org.maillage.model.dispositif.FicheAction#getAxe()
	 * @see #getFicheAction()
	 * @generated
	 */
	EReference getFicheAction_Axe();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.dispositif.FicheAction#getNumero <em>Numero</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Numero</em>'.
	 * @see org.maillage.model.dispositif.FicheAction#getNumero()
	 * @see #getFicheAction()
	 * @generated
	 */
	EAttribute getFicheAction_Numero();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.dispositif.FicheAction#getPorteur <em>Porteur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Porteur</em>'.
	 * @see org.maillage.model.dispositif.FicheAction#getPorteur()
	 * @see #getFicheAction()
	 * @generated
	 */
	EReference getFicheAction_Porteur();

	/**
	 * Returns the meta object for the attribute list '{@link org.maillage.model.dispositif.FicheAction#getPublics <em>Publics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Publics</em>'.
	 * @see org.maillage.model.dispositif.FicheAction#getPublics()
	 * @see #getFicheAction()
	 * @generated
	 */
	EAttribute getFicheAction_Publics();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.dispositif.FicheAction#getTerritoires <em>Territoires</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Territoires</em>'.
	 * @see org.maillage.model.dispositif.FicheAction#getTerritoires()
	 * @see #getFicheAction()
	 * @generated
	 */
	EReference getFicheAction_Territoires();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.dispositif.FicheAction#getQpvCibles <em>Qpv Cibles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Qpv Cibles</em>'.
	 * @see org.maillage.model.dispositif.FicheAction#getQpvCibles()
	 * @see #getFicheAction()
	 * @generated
	 */
	EReference getFicheAction_QpvCibles();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.dispositif.FicheAction#getChantiers <em>Chantiers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Chantiers</em>'.
	 * @see org.maillage.model.dispositif.FicheAction#getChantiers()
	 * @see #getFicheAction()
	 * @generated
	 */
	EReference getFicheAction_Chantiers();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.dispositif.FicheAction#getIndicateurs <em>Indicateurs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Indicateurs</em>'.
	 * @see org.maillage.model.dispositif.FicheAction#getIndicateurs()
	 * @see #getFicheAction()
	 * @generated
	 */
	EReference getFicheAction_Indicateurs();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.dispositif.FicheAction#getFinancements <em>Financements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Financements</em>'.
	 * @see org.maillage.model.dispositif.FicheAction#getFinancements()
	 * @see #getFicheAction()
	 * @generated
	 */
	EReference getFicheAction_Financements();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.dispositif.ContratDeVille <em>Contrat De Ville</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contrat De Ville</em>'.
	 * @see org.maillage.model.dispositif.ContratDeVille
	 * @generated
	 */
	EClass getContratDeVille();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.dispositif.ContratDeVille#getEpci <em>Epci</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Epci</em>'.
	 * @see org.maillage.model.dispositif.ContratDeVille#getEpci()
	 * @see #getContratDeVille()
	 * @generated
	 */
	EReference getContratDeVille_Epci();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.dispositif.ContratDeVille#getQpvs <em>Qpvs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Qpvs</em>'.
	 * @see org.maillage.model.dispositif.ContratDeVille#getQpvs()
	 * @see #getContratDeVille()
	 * @generated
	 */
	EReference getContratDeVille_Qpvs();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.dispositif.ContratDeVille#isAtelierSanteVille <em>Atelier Sante Ville</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Atelier Sante Ville</em>'.
	 * @see org.maillage.model.dispositif.ContratDeVille#isAtelierSanteVille()
	 * @see #getContratDeVille()
	 * @generated
	 */
	EAttribute getContratDeVille_AtelierSanteVille();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.dispositif.Pass <em>Pass</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pass</em>'.
	 * @see org.maillage.model.dispositif.Pass
	 * @generated
	 */
	EClass getPass();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.dispositif.Pass#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.maillage.model.dispositif.Pass#getType()
	 * @see #getPass()
	 * @generated
	 */
	EAttribute getPass_Type();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.dispositif.Pass#getEtablissement <em>Etablissement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Etablissement</em>'.
	 * @see org.maillage.model.dispositif.Pass#getEtablissement()
	 * @see #getPass()
	 * @generated
	 */
	EReference getPass_Etablissement();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.dispositif.Dac <em>Dac</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dac</em>'.
	 * @see org.maillage.model.dispositif.Dac
	 * @generated
	 */
	EClass getDac();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.dispositif.Cpts <em>Cpts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cpts</em>'.
	 * @see org.maillage.model.dispositif.Cpts
	 * @generated
	 */
	EClass getCpts();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.dispositif.Cpts#getProjetDeSante <em>Projet De Sante</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Projet De Sante</em>'.
	 * @see org.maillage.model.dispositif.Cpts#getProjetDeSante()
	 * @see #getCpts()
	 * @generated
	 */
	EAttribute getCpts_ProjetDeSante();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.dispositif.Cpts#getTaille <em>Taille</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Taille</em>'.
	 * @see org.maillage.model.dispositif.Cpts#getTaille()
	 * @see #getCpts()
	 * @generated
	 */
	EAttribute getCpts_Taille();

	/**
	 * Returns the meta object for the attribute list '{@link org.maillage.model.dispositif.Cpts#getMissions <em>Missions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Missions</em>'.
	 * @see org.maillage.model.dispositif.Cpts#getMissions()
	 * @see #getCpts()
	 * @generated
	 */
	EAttribute getCpts_Missions();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.dispositif.Msp <em>Msp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Msp</em>'.
	 * @see org.maillage.model.dispositif.Msp
	 * @generated
	 */
	EClass getMsp();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.dispositif.Msp#isPoleDeSante <em>Pole De Sante</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pole De Sante</em>'.
	 * @see org.maillage.model.dispositif.Msp#isPoleDeSante()
	 * @see #getMsp()
	 * @generated
	 */
	EAttribute getMsp_PoleDeSante();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.dispositif.Mutualisation <em>Mutualisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mutualisation</em>'.
	 * @see org.maillage.model.dispositif.Mutualisation
	 * @generated
	 */
	EClass getMutualisation();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.dispositif.Mutualisation#getGroupement <em>Groupement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Groupement</em>'.
	 * @see org.maillage.model.dispositif.Mutualisation#getGroupement()
	 * @see #getMutualisation()
	 * @generated
	 */
	EReference getMutualisation_Groupement();

	/**
	 * Returns the meta object for the attribute list '{@link org.maillage.model.dispositif.Mutualisation#getMoyensMutualises <em>Moyens Mutualises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Moyens Mutualises</em>'.
	 * @see org.maillage.model.dispositif.Mutualisation#getMoyensMutualises()
	 * @see #getMutualisation()
	 * @generated
	 */
	EAttribute getMutualisation_MoyensMutualises();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.dispositif.CoordinationMicrolocale <em>Coordination Microlocale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coordination Microlocale</em>'.
	 * @see org.maillage.model.dispositif.CoordinationMicrolocale
	 * @generated
	 */
	EClass getCoordinationMicrolocale();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.dispositif.CoordinationMicrolocale#getCoordinateur <em>Coordinateur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Coordinateur</em>'.
	 * @see org.maillage.model.dispositif.CoordinationMicrolocale#getCoordinateur()
	 * @see #getCoordinationMicrolocale()
	 * @generated
	 */
	EReference getCoordinationMicrolocale_Coordinateur();

	/**
	 * Returns the meta object for enum '{@link org.maillage.model.dispositif.StatutDispositif <em>Statut Dispositif</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Statut Dispositif</em>'.
	 * @see org.maillage.model.dispositif.StatutDispositif
	 * @generated
	 */
	EEnum getStatutDispositif();

	/**
	 * Returns the meta object for enum '{@link org.maillage.model.dispositif.CycleCls <em>Cycle Cls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cycle Cls</em>'.
	 * @see org.maillage.model.dispositif.CycleCls
	 * @generated
	 */
	EEnum getCycleCls();

	/**
	 * Returns the meta object for enum '{@link org.maillage.model.dispositif.ChampCls <em>Champ Cls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Champ Cls</em>'.
	 * @see org.maillage.model.dispositif.ChampCls
	 * @generated
	 */
	EEnum getChampCls();

	/**
	 * Returns the meta object for enum '{@link org.maillage.model.dispositif.TypePass <em>Type Pass</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Type Pass</em>'.
	 * @see org.maillage.model.dispositif.TypePass
	 * @generated
	 */
	EEnum getTypePass();

	/**
	 * Returns the meta object for enum '{@link org.maillage.model.dispositif.MissionCpts <em>Mission Cpts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mission Cpts</em>'.
	 * @see org.maillage.model.dispositif.MissionCpts
	 * @generated
	 */
	EEnum getMissionCpts();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DispositifFactory getDispositifFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link org.maillage.model.dispositif.impl.DispositifImpl <em>Dispositif</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.dispositif.impl.DispositifImpl
		 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getDispositif()
		 * @generated
		 */
		EClass DISPOSITIF = eINSTANCE.getDispositif();

		/**
		 * The meta object literal for the '<em><b>Porteur</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISPOSITIF__PORTEUR = eINSTANCE.getDispositif_Porteur();

		/**
		 * The meta object literal for the '<em><b>Partenaires</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISPOSITIF__PARTENAIRES = eINSTANCE.getDispositif_Partenaires();

		/**
		 * The meta object literal for the '<em><b>Territoires</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISPOSITIF__TERRITOIRES = eINSTANCE.getDispositif_Territoires();

		/**
		 * The meta object literal for the '<em><b>Debut</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPOSITIF__DEBUT = eINSTANCE.getDispositif_Debut();

		/**
		 * The meta object literal for the '<em><b>Fin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPOSITIF__FIN = eINSTANCE.getDispositif_Fin();

		/**
		 * The meta object literal for the '<em><b>Statut</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISPOSITIF__STATUT = eINSTANCE.getDispositif_Statut();

		/**
		 * The meta object literal for the '<em><b>Gouvernance</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISPOSITIF__GOUVERNANCE = eINSTANCE.getDispositif_Gouvernance();

		/**
		 * The meta object literal for the '<em><b>Indicateurs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISPOSITIF__INDICATEURS = eINSTANCE.getDispositif_Indicateurs();

		/**
		 * The meta object literal for the '{@link org.maillage.model.dispositif.impl.ClsImpl <em>Cls</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.dispositif.impl.ClsImpl
		 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getCls()
		 * @generated
		 */
		EClass CLS = eINSTANCE.getCls();

		/**
		 * The meta object literal for the '<em><b>Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLS__GENERATION = eINSTANCE.getCls_Generation();

		/**
		 * The meta object literal for the '<em><b>Precedent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLS__PRECEDENT = eINSTANCE.getCls_Precedent();

		/**
		 * The meta object literal for the '<em><b>Cycle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLS__CYCLE = eINSTANCE.getCls_Cycle();

		/**
		 * The meta object literal for the '<em><b>Date Signature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLS__DATE_SIGNATURE = eINSTANCE.getCls_DateSignature();

		/**
		 * The meta object literal for the '<em><b>Signataires</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLS__SIGNATAIRES = eINSTANCE.getCls_Signataires();

		/**
		 * The meta object literal for the '<em><b>Diagnostic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLS__DIAGNOSTIC = eINSTANCE.getCls_Diagnostic();

		/**
		 * The meta object literal for the '<em><b>Champs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLS__CHAMPS = eINSTANCE.getCls_Champs();

		/**
		 * The meta object literal for the '<em><b>Coordinateur</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLS__COORDINATEUR = eINSTANCE.getCls_Coordinateur();

		/**
		 * The meta object literal for the '<em><b>Axes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLS__AXES = eINSTANCE.getCls_Axes();

		/**
		 * The meta object literal for the '{@link org.maillage.model.dispositif.impl.AxeImpl <em>Axe</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.dispositif.impl.AxeImpl
		 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getAxe()
		 * @generated
		 */
		EClass AXE = eINSTANCE.getAxe();

		/**
		 * The meta object literal for the '<em><b>Cls</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AXE__CLS = eINSTANCE.getAxe_Cls();

		/**
		 * The meta object literal for the '<em><b>Numero</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AXE__NUMERO = eINSTANCE.getAxe_Numero();

		/**
		 * The meta object literal for the '<em><b>Fiches Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AXE__FICHES_ACTIONS = eINSTANCE.getAxe_FichesActions();

		/**
		 * The meta object literal for the '{@link org.maillage.model.dispositif.impl.FicheActionImpl <em>Fiche Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.dispositif.impl.FicheActionImpl
		 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getFicheAction()
		 * @generated
		 */
		EClass FICHE_ACTION = eINSTANCE.getFicheAction();

		/**
		 * The meta object literal for the '<em><b>Axe</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FICHE_ACTION__AXE = eINSTANCE.getFicheAction_Axe();

		/**
		 * The meta object literal for the '<em><b>Numero</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FICHE_ACTION__NUMERO = eINSTANCE.getFicheAction_Numero();

		/**
		 * The meta object literal for the '<em><b>Porteur</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FICHE_ACTION__PORTEUR = eINSTANCE.getFicheAction_Porteur();

		/**
		 * The meta object literal for the '<em><b>Publics</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FICHE_ACTION__PUBLICS = eINSTANCE.getFicheAction_Publics();

		/**
		 * The meta object literal for the '<em><b>Territoires</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FICHE_ACTION__TERRITOIRES = eINSTANCE.getFicheAction_Territoires();

		/**
		 * The meta object literal for the '<em><b>Qpv Cibles</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FICHE_ACTION__QPV_CIBLES = eINSTANCE.getFicheAction_QpvCibles();

		/**
		 * The meta object literal for the '<em><b>Chantiers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FICHE_ACTION__CHANTIERS = eINSTANCE.getFicheAction_Chantiers();

		/**
		 * The meta object literal for the '<em><b>Indicateurs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FICHE_ACTION__INDICATEURS = eINSTANCE.getFicheAction_Indicateurs();

		/**
		 * The meta object literal for the '<em><b>Financements</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FICHE_ACTION__FINANCEMENTS = eINSTANCE.getFicheAction_Financements();

		/**
		 * The meta object literal for the '{@link org.maillage.model.dispositif.impl.ContratDeVilleImpl <em>Contrat De Ville</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.dispositif.impl.ContratDeVilleImpl
		 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getContratDeVille()
		 * @generated
		 */
		EClass CONTRAT_DE_VILLE = eINSTANCE.getContratDeVille();

		/**
		 * The meta object literal for the '<em><b>Epci</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTRAT_DE_VILLE__EPCI = eINSTANCE.getContratDeVille_Epci();

		/**
		 * The meta object literal for the '<em><b>Qpvs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTRAT_DE_VILLE__QPVS = eINSTANCE.getContratDeVille_Qpvs();

		/**
		 * The meta object literal for the '<em><b>Atelier Sante Ville</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRAT_DE_VILLE__ATELIER_SANTE_VILLE = eINSTANCE.getContratDeVille_AtelierSanteVille();

		/**
		 * The meta object literal for the '{@link org.maillage.model.dispositif.impl.PassImpl <em>Pass</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.dispositif.impl.PassImpl
		 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getPass()
		 * @generated
		 */
		EClass PASS = eINSTANCE.getPass();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PASS__TYPE = eINSTANCE.getPass_Type();

		/**
		 * The meta object literal for the '<em><b>Etablissement</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PASS__ETABLISSEMENT = eINSTANCE.getPass_Etablissement();

		/**
		 * The meta object literal for the '{@link org.maillage.model.dispositif.impl.DacImpl <em>Dac</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.dispositif.impl.DacImpl
		 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getDac()
		 * @generated
		 */
		EClass DAC = eINSTANCE.getDac();

		/**
		 * The meta object literal for the '{@link org.maillage.model.dispositif.impl.CptsImpl <em>Cpts</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.dispositif.impl.CptsImpl
		 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getCpts()
		 * @generated
		 */
		EClass CPTS = eINSTANCE.getCpts();

		/**
		 * The meta object literal for the '<em><b>Projet De Sante</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPTS__PROJET_DE_SANTE = eINSTANCE.getCpts_ProjetDeSante();

		/**
		 * The meta object literal for the '<em><b>Taille</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPTS__TAILLE = eINSTANCE.getCpts_Taille();

		/**
		 * The meta object literal for the '<em><b>Missions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPTS__MISSIONS = eINSTANCE.getCpts_Missions();

		/**
		 * The meta object literal for the '{@link org.maillage.model.dispositif.impl.MspImpl <em>Msp</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.dispositif.impl.MspImpl
		 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getMsp()
		 * @generated
		 */
		EClass MSP = eINSTANCE.getMsp();

		/**
		 * The meta object literal for the '<em><b>Pole De Sante</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MSP__POLE_DE_SANTE = eINSTANCE.getMsp_PoleDeSante();

		/**
		 * The meta object literal for the '{@link org.maillage.model.dispositif.impl.MutualisationImpl <em>Mutualisation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.dispositif.impl.MutualisationImpl
		 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getMutualisation()
		 * @generated
		 */
		EClass MUTUALISATION = eINSTANCE.getMutualisation();

		/**
		 * The meta object literal for the '<em><b>Groupement</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MUTUALISATION__GROUPEMENT = eINSTANCE.getMutualisation_Groupement();

		/**
		 * The meta object literal for the '<em><b>Moyens Mutualises</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUTUALISATION__MOYENS_MUTUALISES = eINSTANCE.getMutualisation_MoyensMutualises();

		/**
		 * The meta object literal for the '{@link org.maillage.model.dispositif.impl.CoordinationMicrolocaleImpl <em>Coordination Microlocale</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.dispositif.impl.CoordinationMicrolocaleImpl
		 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getCoordinationMicrolocale()
		 * @generated
		 */
		EClass COORDINATION_MICROLOCALE = eINSTANCE.getCoordinationMicrolocale();

		/**
		 * The meta object literal for the '<em><b>Coordinateur</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COORDINATION_MICROLOCALE__COORDINATEUR = eINSTANCE.getCoordinationMicrolocale_Coordinateur();

		/**
		 * The meta object literal for the '{@link org.maillage.model.dispositif.StatutDispositif <em>Statut Dispositif</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.dispositif.StatutDispositif
		 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getStatutDispositif()
		 * @generated
		 */
		EEnum STATUT_DISPOSITIF = eINSTANCE.getStatutDispositif();

		/**
		 * The meta object literal for the '{@link org.maillage.model.dispositif.CycleCls <em>Cycle Cls</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.dispositif.CycleCls
		 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getCycleCls()
		 * @generated
		 */
		EEnum CYCLE_CLS = eINSTANCE.getCycleCls();

		/**
		 * The meta object literal for the '{@link org.maillage.model.dispositif.ChampCls <em>Champ Cls</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.dispositif.ChampCls
		 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getChampCls()
		 * @generated
		 */
		EEnum CHAMP_CLS = eINSTANCE.getChampCls();

		/**
		 * The meta object literal for the '{@link org.maillage.model.dispositif.TypePass <em>Type Pass</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.dispositif.TypePass
		 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getTypePass()
		 * @generated
		 */
		EEnum TYPE_PASS = eINSTANCE.getTypePass();

		/**
		 * The meta object literal for the '{@link org.maillage.model.dispositif.MissionCpts <em>Mission Cpts</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.dispositif.MissionCpts
		 * @see org.maillage.model.dispositif.impl.DispositifPackageImpl#getMissionCpts()
		 * @generated
		 */
		EEnum MISSION_CPTS = eINSTANCE.getMissionCpts();

	}

} //DispositifPackage
