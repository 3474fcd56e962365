/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan;

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
 * What is planned: the PRS and its PRAPS, the departmental roadmap and its chantiers, and the good practices that can serve them.
 * <!-- end-model-doc -->
 * @see org.maillage.model.plan.PlanFactory
 * @model kind="package"
 * @generated
 */
public interface PlanPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "plan";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://maillage.org/model/1.0/plan";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "plan";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PlanPackage eINSTANCE = org.maillage.model.plan.impl.PlanPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.maillage.model.plan.impl.PrsImpl <em>Prs</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.plan.impl.PrsImpl
	 * @see org.maillage.model.plan.impl.PlanPackageImpl#getPrs()
	 * @generated
	 */
	int PRS = 0;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRS__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRS__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRS__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRS__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRS__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Annee Debut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRS__ANNEE_DEBUT = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Annee Fin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRS__ANNEE_FIN = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRS__REGION = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Objectifs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRS__OBJECTIFS = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Praps</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRS__PRAPS = MaillagePackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Prs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRS_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Prs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRS_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.plan.impl.OrientationImpl <em>Orientation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.plan.impl.OrientationImpl
	 * @see org.maillage.model.plan.impl.PlanPackageImpl#getOrientation()
	 * @generated
	 */
	int ORIENTATION = 1;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIENTATION__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIENTATION__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIENTATION__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIENTATION__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIENTATION__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIENTATION__CODE = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Orientation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIENTATION_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Orientation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORIENTATION_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.plan.impl.ObjectifImpl <em>Objectif</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.plan.impl.ObjectifImpl
	 * @see org.maillage.model.plan.impl.PlanPackageImpl#getObjectif()
	 * @generated
	 */
	int OBJECTIF = 2;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIF__UUID = ORIENTATION__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIF__NOM = ORIENTATION__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIF__DESCRIPTION = ORIENTATION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIF__ILLUSTRATIVE = ORIENTATION__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIF__CITATIONS = ORIENTATION__CITATIONS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIF__CODE = ORIENTATION__CODE;

	/**
	 * The feature id for the '<em><b>Sous Objectifs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIF__SOUS_OBJECTIFS = ORIENTATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Objectif</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIF_FEATURE_COUNT = ORIENTATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Objectif</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIF_OPERATION_COUNT = ORIENTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.plan.impl.PrapsImpl <em>Praps</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.plan.impl.PrapsImpl
	 * @see org.maillage.model.plan.impl.PlanPackageImpl#getPraps()
	 * @generated
	 */
	int PRAPS = 3;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAPS__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAPS__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAPS__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAPS__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAPS__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Themes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAPS__THEMES = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mesures</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAPS__MESURES = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Praps</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAPS_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Praps</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRAPS_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.plan.impl.ThemePrapsImpl <em>Theme Praps</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.plan.impl.ThemePrapsImpl
	 * @see org.maillage.model.plan.impl.PlanPackageImpl#getThemePraps()
	 * @generated
	 */
	int THEME_PRAPS = 4;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_PRAPS__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_PRAPS__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_PRAPS__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_PRAPS__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_PRAPS__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The number of structural features of the '<em>Theme Praps</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_PRAPS_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Theme Praps</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_PRAPS_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.plan.impl.MesurePrapsImpl <em>Mesure Praps</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.plan.impl.MesurePrapsImpl
	 * @see org.maillage.model.plan.impl.PlanPackageImpl#getMesurePraps()
	 * @generated
	 */
	int MESURE_PRAPS = 5;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESURE_PRAPS__UUID = ORIENTATION__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESURE_PRAPS__NOM = ORIENTATION__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESURE_PRAPS__DESCRIPTION = ORIENTATION__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESURE_PRAPS__ILLUSTRATIVE = ORIENTATION__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESURE_PRAPS__CITATIONS = ORIENTATION__CITATIONS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESURE_PRAPS__CODE = ORIENTATION__CODE;

	/**
	 * The feature id for the '<em><b>Objectifs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESURE_PRAPS__OBJECTIFS = ORIENTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Theme</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESURE_PRAPS__THEME = ORIENTATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Mesure Praps</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESURE_PRAPS_FEATURE_COUNT = ORIENTATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Mesure Praps</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESURE_PRAPS_OPERATION_COUNT = ORIENTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.plan.impl.FeuilleDeRouteImpl <em>Feuille De Route</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.plan.impl.FeuilleDeRouteImpl
	 * @see org.maillage.model.plan.impl.PlanPackageImpl#getFeuilleDeRoute()
	 * @generated
	 */
	int FEUILLE_DE_ROUTE = 6;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEUILLE_DE_ROUTE__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEUILLE_DE_ROUTE__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEUILLE_DE_ROUTE__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEUILLE_DE_ROUTE__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEUILLE_DE_ROUTE__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Departement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEUILLE_DE_ROUTE__DEPARTEMENT = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Annee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEUILLE_DE_ROUTE__ANNEE = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Prs</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEUILLE_DE_ROUTE__PRS = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Chantiers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEUILLE_DE_ROUTE__CHANTIERS = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Feuille De Route</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEUILLE_DE_ROUTE_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Feuille De Route</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEUILLE_DE_ROUTE_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.plan.impl.ChantierImpl <em>Chantier</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.plan.impl.ChantierImpl
	 * @see org.maillage.model.plan.impl.PlanPackageImpl#getChantier()
	 * @generated
	 */
	int CHANTIER = 7;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANTIER__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANTIER__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANTIER__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANTIER__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANTIER__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Feuille De Route</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANTIER__FEUILLE_DE_ROUTE = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Numero</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANTIER__NUMERO = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANTIER__THEME = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Pilote</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANTIER__PILOTE = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Partenaires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANTIER__PARTENAIRES = MaillagePackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Statut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANTIER__STATUT = MaillagePackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Debut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANTIER__DEBUT = MaillagePackage.ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Echeance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANTIER__ECHEANCE = MaillagePackage.ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Avancement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANTIER__AVANCEMENT = MaillagePackage.ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Indicateurs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANTIER__INDICATEURS = MaillagePackage.ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Declines</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANTIER__DECLINES = MaillagePackage.ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Chantier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANTIER_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Chantier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANTIER_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.plan.impl.BonnePratiqueImpl <em>Bonne Pratique</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.plan.impl.BonnePratiqueImpl
	 * @see org.maillage.model.plan.impl.PlanPackageImpl#getBonnePratique()
	 * @generated
	 */
	int BONNE_PRATIQUE = 8;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BONNE_PRATIQUE__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BONNE_PRATIQUE__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BONNE_PRATIQUE__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BONNE_PRATIQUE__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BONNE_PRATIQUE__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Lieu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BONNE_PRATIQUE__LIEU = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Annee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BONNE_PRATIQUE__ANNEE = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Courriel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BONNE_PRATIQUE__COURRIEL = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BONNE_PRATIQUE__TAGS = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Chantiers</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BONNE_PRATIQUE__CHANTIERS = MaillagePackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Bonne Pratique</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BONNE_PRATIQUE_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Bonne Pratique</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BONNE_PRATIQUE_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.plan.StatutChantier <em>Statut Chantier</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.plan.StatutChantier
	 * @see org.maillage.model.plan.impl.PlanPackageImpl#getStatutChantier()
	 * @generated
	 */
	int STATUT_CHANTIER = 9;

	/**
	 * The meta object id for the '{@link org.maillage.model.plan.TagBonnePratique <em>Tag Bonne Pratique</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.plan.TagBonnePratique
	 * @see org.maillage.model.plan.impl.PlanPackageImpl#getTagBonnePratique()
	 * @generated
	 */
	int TAG_BONNE_PRATIQUE = 10;


	/**
	 * Returns the meta object for class '{@link org.maillage.model.plan.Prs <em>Prs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Prs</em>'.
	 * @see org.maillage.model.plan.Prs
	 * @generated
	 */
	EClass getPrs();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.plan.Prs#getAnneeDebut <em>Annee Debut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annee Debut</em>'.
	 * @see org.maillage.model.plan.Prs#getAnneeDebut()
	 * @see #getPrs()
	 * @generated
	 */
	EAttribute getPrs_AnneeDebut();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.plan.Prs#getAnneeFin <em>Annee Fin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annee Fin</em>'.
	 * @see org.maillage.model.plan.Prs#getAnneeFin()
	 * @see #getPrs()
	 * @generated
	 */
	EAttribute getPrs_AnneeFin();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.plan.Prs#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region</em>'.
	 * @see org.maillage.model.plan.Prs#getRegion()
	 * @see #getPrs()
	 * @generated
	 */
	EReference getPrs_Region();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.plan.Prs#getObjectifs <em>Objectifs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objectifs</em>'.
	 * @see org.maillage.model.plan.Prs#getObjectifs()
	 * @see #getPrs()
	 * @generated
	 */
	EReference getPrs_Objectifs();

	/**
	 * Returns the meta object for the containment reference '{@link org.maillage.model.plan.Prs#getPraps <em>Praps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Praps</em>'.
	 * @see org.maillage.model.plan.Prs#getPraps()
	 * @see #getPrs()
	 * @generated
	 */
	EReference getPrs_Praps();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.plan.Orientation <em>Orientation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Orientation</em>'.
	 * @see org.maillage.model.plan.Orientation
	 * @generated
	 */
	EClass getOrientation();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.plan.Orientation#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.maillage.model.plan.Orientation#getCode()
	 * @see #getOrientation()
	 * @generated
	 */
	EAttribute getOrientation_Code();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.plan.Objectif <em>Objectif</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Objectif</em>'.
	 * @see org.maillage.model.plan.Objectif
	 * @generated
	 */
	EClass getObjectif();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.plan.Objectif#getSousObjectifs <em>Sous Objectifs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sous Objectifs</em>'.
	 * @see org.maillage.model.plan.Objectif#getSousObjectifs()
	 * @see #getObjectif()
	 * @generated
	 */
	EReference getObjectif_SousObjectifs();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.plan.Praps <em>Praps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Praps</em>'.
	 * @see org.maillage.model.plan.Praps
	 * @generated
	 */
	EClass getPraps();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.plan.Praps#getThemes <em>Themes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Themes</em>'.
	 * @see org.maillage.model.plan.Praps#getThemes()
	 * @see #getPraps()
	 * @generated
	 */
	EReference getPraps_Themes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.plan.Praps#getMesures <em>Mesures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mesures</em>'.
	 * @see org.maillage.model.plan.Praps#getMesures()
	 * @see #getPraps()
	 * @generated
	 */
	EReference getPraps_Mesures();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.plan.ThemePraps <em>Theme Praps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Theme Praps</em>'.
	 * @see org.maillage.model.plan.ThemePraps
	 * @generated
	 */
	EClass getThemePraps();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.plan.MesurePraps <em>Mesure Praps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mesure Praps</em>'.
	 * @see org.maillage.model.plan.MesurePraps
	 * @generated
	 */
	EClass getMesurePraps();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.plan.MesurePraps#getObjectifs <em>Objectifs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Objectifs</em>'.
	 * @see org.maillage.model.plan.MesurePraps#getObjectifs()
	 * @see #getMesurePraps()
	 * @generated
	 */
	EReference getMesurePraps_Objectifs();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.plan.MesurePraps#getTheme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Theme</em>'.
	 * @see org.maillage.model.plan.MesurePraps#getTheme()
	 * @see #getMesurePraps()
	 * @generated
	 */
	EReference getMesurePraps_Theme();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.plan.FeuilleDeRoute <em>Feuille De Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feuille De Route</em>'.
	 * @see org.maillage.model.plan.FeuilleDeRoute
	 * @generated
	 */
	EClass getFeuilleDeRoute();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.plan.FeuilleDeRoute#getDepartement <em>Departement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Departement</em>'.
	 * @see org.maillage.model.plan.FeuilleDeRoute#getDepartement()
	 * @see #getFeuilleDeRoute()
	 * @generated
	 */
	EReference getFeuilleDeRoute_Departement();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.plan.FeuilleDeRoute#getAnnee <em>Annee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annee</em>'.
	 * @see org.maillage.model.plan.FeuilleDeRoute#getAnnee()
	 * @see #getFeuilleDeRoute()
	 * @generated
	 */
	EAttribute getFeuilleDeRoute_Annee();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.plan.FeuilleDeRoute#getPrs <em>Prs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Prs</em>'.
	 * @see org.maillage.model.plan.FeuilleDeRoute#getPrs()
	 * @see #getFeuilleDeRoute()
	 * @generated
	 */
	EReference getFeuilleDeRoute_Prs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.plan.FeuilleDeRoute#getChantiers <em>Chantiers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Chantiers</em>'.
	 * @see org.maillage.model.plan.FeuilleDeRoute#getChantiers()
	 * @see #getFeuilleDeRoute()
	 * @generated
	 */
	EReference getFeuilleDeRoute_Chantiers();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.plan.Chantier <em>Chantier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Chantier</em>'.
	 * @see org.maillage.model.plan.Chantier
	 * @generated
	 */
	EClass getChantier();

	/**
	 * Returns the meta object for the container reference '{@link org.maillage.model.plan.Chantier#getFeuilleDeRoute <em>Feuille De Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Feuille De Route</em>'.
	 * @see org.maillage.model.plan.Chantier#getFeuilleDeRoute()
	 * @see #getChantier()
	 * @generated
	 */
	EReference getChantier_FeuilleDeRoute();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.plan.Chantier#getNumero <em>Numero</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Numero</em>'.
	 * @see org.maillage.model.plan.Chantier#getNumero()
	 * @see #getChantier()
	 * @generated
	 */
	EAttribute getChantier_Numero();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.plan.Chantier#getTheme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theme</em>'.
	 * @see org.maillage.model.plan.Chantier#getTheme()
	 * @see #getChantier()
	 * @generated
	 */
	EAttribute getChantier_Theme();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.plan.Chantier#getPilote <em>Pilote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Pilote</em>'.
	 * @see org.maillage.model.plan.Chantier#getPilote()
	 * @see #getChantier()
	 * @generated
	 */
	EReference getChantier_Pilote();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.plan.Chantier#getPartenaires <em>Partenaires</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Partenaires</em>'.
	 * @see org.maillage.model.plan.Chantier#getPartenaires()
	 * @see #getChantier()
	 * @generated
	 */
	EReference getChantier_Partenaires();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.plan.Chantier#getStatut <em>Statut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Statut</em>'.
	 * @see org.maillage.model.plan.Chantier#getStatut()
	 * @see #getChantier()
	 * @generated
	 */
	EAttribute getChantier_Statut();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.plan.Chantier#getDebut <em>Debut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Debut</em>'.
	 * @see org.maillage.model.plan.Chantier#getDebut()
	 * @see #getChantier()
	 * @generated
	 */
	EAttribute getChantier_Debut();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.plan.Chantier#getEcheance <em>Echeance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Echeance</em>'.
	 * @see org.maillage.model.plan.Chantier#getEcheance()
	 * @see #getChantier()
	 * @generated
	 */
	EAttribute getChantier_Echeance();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.plan.Chantier#getAvancement <em>Avancement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Avancement</em>'.
	 * @see org.maillage.model.plan.Chantier#getAvancement()
	 * @see #getChantier()
	 * @generated
	 */
	EAttribute getChantier_Avancement();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.plan.Chantier#getIndicateurs <em>Indicateurs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Indicateurs</em>'.
	 * @see org.maillage.model.plan.Chantier#getIndicateurs()
	 * @see #getChantier()
	 * @generated
	 */
	EReference getChantier_Indicateurs();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.plan.Chantier#getDeclines <em>Declines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Declines</em>'.
	 * @see org.maillage.model.plan.Chantier#getDeclines()
	 * @see #getChantier()
	 * @generated
	 */
	EReference getChantier_Declines();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.plan.BonnePratique <em>Bonne Pratique</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Bonne Pratique</em>'.
	 * @see org.maillage.model.plan.BonnePratique
	 * @generated
	 */
	EClass getBonnePratique();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.plan.BonnePratique#getLieu <em>Lieu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lieu</em>'.
	 * @see org.maillage.model.plan.BonnePratique#getLieu()
	 * @see #getBonnePratique()
	 * @generated
	 */
	EAttribute getBonnePratique_Lieu();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.plan.BonnePratique#getAnnee <em>Annee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annee</em>'.
	 * @see org.maillage.model.plan.BonnePratique#getAnnee()
	 * @see #getBonnePratique()
	 * @generated
	 */
	EAttribute getBonnePratique_Annee();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.plan.BonnePratique#getCourriel <em>Courriel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Courriel</em>'.
	 * @see org.maillage.model.plan.BonnePratique#getCourriel()
	 * @see #getBonnePratique()
	 * @generated
	 */
	EAttribute getBonnePratique_Courriel();

	/**
	 * Returns the meta object for the attribute list '{@link org.maillage.model.plan.BonnePratique#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.maillage.model.plan.BonnePratique#getTags()
	 * @see #getBonnePratique()
	 * @generated
	 */
	EAttribute getBonnePratique_Tags();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.plan.BonnePratique#getChantiers <em>Chantiers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Chantiers</em>'.
	 * @see org.maillage.model.plan.BonnePratique#getChantiers()
	 * @see #getBonnePratique()
	 * @generated
	 */
	EReference getBonnePratique_Chantiers();

	/**
	 * Returns the meta object for enum '{@link org.maillage.model.plan.StatutChantier <em>Statut Chantier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Statut Chantier</em>'.
	 * @see org.maillage.model.plan.StatutChantier
	 * @generated
	 */
	EEnum getStatutChantier();

	/**
	 * Returns the meta object for enum '{@link org.maillage.model.plan.TagBonnePratique <em>Tag Bonne Pratique</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tag Bonne Pratique</em>'.
	 * @see org.maillage.model.plan.TagBonnePratique
	 * @generated
	 */
	EEnum getTagBonnePratique();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PlanFactory getPlanFactory();

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
		 * The meta object literal for the '{@link org.maillage.model.plan.impl.PrsImpl <em>Prs</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.plan.impl.PrsImpl
		 * @see org.maillage.model.plan.impl.PlanPackageImpl#getPrs()
		 * @generated
		 */
		EClass PRS = eINSTANCE.getPrs();

		/**
		 * The meta object literal for the '<em><b>Annee Debut</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRS__ANNEE_DEBUT = eINSTANCE.getPrs_AnneeDebut();

		/**
		 * The meta object literal for the '<em><b>Annee Fin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRS__ANNEE_FIN = eINSTANCE.getPrs_AnneeFin();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRS__REGION = eINSTANCE.getPrs_Region();

		/**
		 * The meta object literal for the '<em><b>Objectifs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRS__OBJECTIFS = eINSTANCE.getPrs_Objectifs();

		/**
		 * The meta object literal for the '<em><b>Praps</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRS__PRAPS = eINSTANCE.getPrs_Praps();

		/**
		 * The meta object literal for the '{@link org.maillage.model.plan.impl.OrientationImpl <em>Orientation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.plan.impl.OrientationImpl
		 * @see org.maillage.model.plan.impl.PlanPackageImpl#getOrientation()
		 * @generated
		 */
		EClass ORIENTATION = eINSTANCE.getOrientation();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORIENTATION__CODE = eINSTANCE.getOrientation_Code();

		/**
		 * The meta object literal for the '{@link org.maillage.model.plan.impl.ObjectifImpl <em>Objectif</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.plan.impl.ObjectifImpl
		 * @see org.maillage.model.plan.impl.PlanPackageImpl#getObjectif()
		 * @generated
		 */
		EClass OBJECTIF = eINSTANCE.getObjectif();

		/**
		 * The meta object literal for the '<em><b>Sous Objectifs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIF__SOUS_OBJECTIFS = eINSTANCE.getObjectif_SousObjectifs();

		/**
		 * The meta object literal for the '{@link org.maillage.model.plan.impl.PrapsImpl <em>Praps</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.plan.impl.PrapsImpl
		 * @see org.maillage.model.plan.impl.PlanPackageImpl#getPraps()
		 * @generated
		 */
		EClass PRAPS = eINSTANCE.getPraps();

		/**
		 * The meta object literal for the '<em><b>Themes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRAPS__THEMES = eINSTANCE.getPraps_Themes();

		/**
		 * The meta object literal for the '<em><b>Mesures</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRAPS__MESURES = eINSTANCE.getPraps_Mesures();

		/**
		 * The meta object literal for the '{@link org.maillage.model.plan.impl.ThemePrapsImpl <em>Theme Praps</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.plan.impl.ThemePrapsImpl
		 * @see org.maillage.model.plan.impl.PlanPackageImpl#getThemePraps()
		 * @generated
		 */
		EClass THEME_PRAPS = eINSTANCE.getThemePraps();

		/**
		 * The meta object literal for the '{@link org.maillage.model.plan.impl.MesurePrapsImpl <em>Mesure Praps</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.plan.impl.MesurePrapsImpl
		 * @see org.maillage.model.plan.impl.PlanPackageImpl#getMesurePraps()
		 * @generated
		 */
		EClass MESURE_PRAPS = eINSTANCE.getMesurePraps();

		/**
		 * The meta object literal for the '<em><b>Objectifs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MESURE_PRAPS__OBJECTIFS = eINSTANCE.getMesurePraps_Objectifs();

		/**
		 * The meta object literal for the '<em><b>Theme</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MESURE_PRAPS__THEME = eINSTANCE.getMesurePraps_Theme();

		/**
		 * The meta object literal for the '{@link org.maillage.model.plan.impl.FeuilleDeRouteImpl <em>Feuille De Route</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.plan.impl.FeuilleDeRouteImpl
		 * @see org.maillage.model.plan.impl.PlanPackageImpl#getFeuilleDeRoute()
		 * @generated
		 */
		EClass FEUILLE_DE_ROUTE = eINSTANCE.getFeuilleDeRoute();

		/**
		 * The meta object literal for the '<em><b>Departement</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEUILLE_DE_ROUTE__DEPARTEMENT = eINSTANCE.getFeuilleDeRoute_Departement();

		/**
		 * The meta object literal for the '<em><b>Annee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEUILLE_DE_ROUTE__ANNEE = eINSTANCE.getFeuilleDeRoute_Annee();

		/**
		 * The meta object literal for the '<em><b>Prs</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEUILLE_DE_ROUTE__PRS = eINSTANCE.getFeuilleDeRoute_Prs();

		/**
		 * The meta object literal for the '<em><b>Chantiers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEUILLE_DE_ROUTE__CHANTIERS = eINSTANCE.getFeuilleDeRoute_Chantiers();

		/**
		 * The meta object literal for the '{@link org.maillage.model.plan.impl.ChantierImpl <em>Chantier</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.plan.impl.ChantierImpl
		 * @see org.maillage.model.plan.impl.PlanPackageImpl#getChantier()
		 * @generated
		 */
		EClass CHANTIER = eINSTANCE.getChantier();

		/**
		 * The meta object literal for the '<em><b>Feuille De Route</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANTIER__FEUILLE_DE_ROUTE = eINSTANCE.getChantier_FeuilleDeRoute();

		/**
		 * The meta object literal for the '<em><b>Numero</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANTIER__NUMERO = eINSTANCE.getChantier_Numero();

		/**
		 * The meta object literal for the '<em><b>Theme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANTIER__THEME = eINSTANCE.getChantier_Theme();

		/**
		 * The meta object literal for the '<em><b>Pilote</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANTIER__PILOTE = eINSTANCE.getChantier_Pilote();

		/**
		 * The meta object literal for the '<em><b>Partenaires</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANTIER__PARTENAIRES = eINSTANCE.getChantier_Partenaires();

		/**
		 * The meta object literal for the '<em><b>Statut</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANTIER__STATUT = eINSTANCE.getChantier_Statut();

		/**
		 * The meta object literal for the '<em><b>Debut</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANTIER__DEBUT = eINSTANCE.getChantier_Debut();

		/**
		 * The meta object literal for the '<em><b>Echeance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANTIER__ECHEANCE = eINSTANCE.getChantier_Echeance();

		/**
		 * The meta object literal for the '<em><b>Avancement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANTIER__AVANCEMENT = eINSTANCE.getChantier_Avancement();

		/**
		 * The meta object literal for the '<em><b>Indicateurs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANTIER__INDICATEURS = eINSTANCE.getChantier_Indicateurs();

		/**
		 * The meta object literal for the '<em><b>Declines</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANTIER__DECLINES = eINSTANCE.getChantier_Declines();

		/**
		 * The meta object literal for the '{@link org.maillage.model.plan.impl.BonnePratiqueImpl <em>Bonne Pratique</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.plan.impl.BonnePratiqueImpl
		 * @see org.maillage.model.plan.impl.PlanPackageImpl#getBonnePratique()
		 * @generated
		 */
		EClass BONNE_PRATIQUE = eINSTANCE.getBonnePratique();

		/**
		 * The meta object literal for the '<em><b>Lieu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BONNE_PRATIQUE__LIEU = eINSTANCE.getBonnePratique_Lieu();

		/**
		 * The meta object literal for the '<em><b>Annee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BONNE_PRATIQUE__ANNEE = eINSTANCE.getBonnePratique_Annee();

		/**
		 * The meta object literal for the '<em><b>Courriel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BONNE_PRATIQUE__COURRIEL = eINSTANCE.getBonnePratique_Courriel();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BONNE_PRATIQUE__TAGS = eINSTANCE.getBonnePratique_Tags();

		/**
		 * The meta object literal for the '<em><b>Chantiers</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BONNE_PRATIQUE__CHANTIERS = eINSTANCE.getBonnePratique_Chantiers();

		/**
		 * The meta object literal for the '{@link org.maillage.model.plan.StatutChantier <em>Statut Chantier</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.plan.StatutChantier
		 * @see org.maillage.model.plan.impl.PlanPackageImpl#getStatutChantier()
		 * @generated
		 */
		EEnum STATUT_CHANTIER = eINSTANCE.getStatutChantier();

		/**
		 * The meta object literal for the '{@link org.maillage.model.plan.TagBonnePratique <em>Tag Bonne Pratique</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.plan.TagBonnePratique
		 * @see org.maillage.model.plan.impl.PlanPackageImpl#getTagBonnePratique()
		 * @generated
		 */
		EEnum TAG_BONNE_PRATIQUE = eINSTANCE.getTagBonnePratique();

	}

} //PlanPackage
