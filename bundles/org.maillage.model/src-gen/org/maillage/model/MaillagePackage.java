/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

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
 * The semantic model of Maillage: a departmental health roadmap, the schemes it articulates, their territories, money, indicators and meetings. This root package holds the common base and the file root; each sub-package holds one area.
 * <!-- end-model-doc -->
 * @see org.maillage.model.MaillageFactory
 * @model kind="package"
 * @generated
 */
public interface MaillagePackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://maillage.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "maillage";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MaillagePackage eINSTANCE = org.maillage.model.impl.MaillagePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.maillage.model.impl.ElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.impl.ElementImpl
	 * @see org.maillage.model.impl.MaillagePackageImpl#getElement()
	 * @generated
	 */
	int ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__UUID = 0;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__NOM = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__ILLUSTRATIVE = 3;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT__CITATIONS = 4;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.impl.ModeleMaillageImpl <em>Modele Maillage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.impl.ModeleMaillageImpl
	 * @see org.maillage.model.impl.MaillagePackageImpl#getModeleMaillage()
	 * @generated
	 */
	int MODELE_MAILLAGE = 1;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__UUID = ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__NOM = ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__ILLUSTRATIVE = ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__CITATIONS = ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__FORMAT_VERSION = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reference Data</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__REFERENCE_DATA = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__REGIONS = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Epcis</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__EPCIS = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Qpvs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__QPVS = ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Groupements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__GROUPEMENTS = ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Organisations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__ORGANISATIONS = ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Prs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__PRS = ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Feuilles De Route</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__FEUILLES_DE_ROUTE = ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Dispositifs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__DISPOSITIFS = ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Fonds</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__FONDS = ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Financements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__FINANCEMENTS = ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Regles Cofinancement</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__REGLES_COFINANCEMENT = ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Indicateurs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__INDICATEURS = ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Instances</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__INSTANCES = ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Types Articulation</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__TYPES_ARTICULATION = ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Articulations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__ARTICULATIONS = ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Bonnes Pratiques</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__BONNES_PRATIQUES = ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Conflits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE__CONFLITS = ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The number of structural features of the '<em>Modele Maillage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 19;

	/**
	 * The number of operations of the '<em>Modele Maillage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODELE_MAILLAGE_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.impl.ReferenceDataImpl <em>Reference Data</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.impl.ReferenceDataImpl
	 * @see org.maillage.model.impl.MaillagePackageImpl#getReferenceData()
	 * @generated
	 */
	int REFERENCE_DATA = 2;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA__UUID = ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA__NOM = ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA__DESCRIPTION = ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA__ILLUSTRATIVE = ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA__CITATIONS = ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Millesime</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA__MILLESIME = ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA__SOURCE = ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Licence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA__LICENCE = ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Reference Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA_FEATURE_COUNT = ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Reference Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_DATA_OPERATION_COUNT = ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.impl.ConflitImpl <em>Conflit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.impl.ConflitImpl
	 * @see org.maillage.model.impl.MaillagePackageImpl#getConflit()
	 * @generated
	 */
	int CONFLIT = 3;

	/**
	 * The feature id for the '<em><b>Nature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLIT__NATURE = 0;

	/**
	 * The feature id for the '<em><b>Element Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLIT__ELEMENT_UUID = 1;

	/**
	 * The feature id for the '<em><b>Element Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLIT__ELEMENT_TYPE = 2;

	/**
	 * The feature id for the '<em><b>Element Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLIT__ELEMENT_NOM = 3;

	/**
	 * The feature id for the '<em><b>Attribut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLIT__ATTRIBUT = 4;

	/**
	 * The feature id for the '<em><b>Valeur Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLIT__VALEUR_BASE = 5;

	/**
	 * The feature id for the '<em><b>Valeur Nous</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLIT__VALEUR_NOUS = 6;

	/**
	 * The feature id for the '<em><b>Valeur Eux</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLIT__VALEUR_EUX = 7;

	/**
	 * The feature id for the '<em><b>Contenu Supprime</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLIT__CONTENU_SUPPRIME = 8;

	/**
	 * The number of structural features of the '<em>Conflit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLIT_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Conflit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFLIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.maillage.model.impl.MaillagePackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 4;


	/**
	 * Returns the meta object for class '{@link org.maillage.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.maillage.model.Element
	 * @generated
	 */
	EClass getElement();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.Element#getUuid <em>Uuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uuid</em>'.
	 * @see org.maillage.model.Element#getUuid()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Uuid();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.Element#getNom <em>Nom</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nom</em>'.
	 * @see org.maillage.model.Element#getNom()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Nom();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.Element#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.maillage.model.Element#getDescription()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.Element#isIllustrative <em>Illustrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Illustrative</em>'.
	 * @see org.maillage.model.Element#isIllustrative()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Illustrative();

	/**
	 * Returns the meta object for the attribute list '{@link org.maillage.model.Element#getCitations <em>Citations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Citations</em>'.
	 * @see org.maillage.model.Element#getCitations()
	 * @see #getElement()
	 * @generated
	 */
	EAttribute getElement_Citations();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.ModeleMaillage <em>Modele Maillage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Modele Maillage</em>'.
	 * @see org.maillage.model.ModeleMaillage
	 * @generated
	 */
	EClass getModeleMaillage();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.ModeleMaillage#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.maillage.model.ModeleMaillage#getFormatVersion()
	 * @see #getModeleMaillage()
	 * @generated
	 */
	EAttribute getModeleMaillage_FormatVersion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.ModeleMaillage#getReferenceData <em>Reference Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reference Data</em>'.
	 * @see org.maillage.model.ModeleMaillage#getReferenceData()
	 * @see #getModeleMaillage()
	 * @generated
	 */
	EReference getModeleMaillage_ReferenceData();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.ModeleMaillage#getRegions <em>Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regions</em>'.
	 * @see org.maillage.model.ModeleMaillage#getRegions()
	 * @see #getModeleMaillage()
	 * @generated
	 */
	EReference getModeleMaillage_Regions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.ModeleMaillage#getEpcis <em>Epcis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Epcis</em>'.
	 * @see org.maillage.model.ModeleMaillage#getEpcis()
	 * @see #getModeleMaillage()
	 * @generated
	 */
	EReference getModeleMaillage_Epcis();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.ModeleMaillage#getQpvs <em>Qpvs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Qpvs</em>'.
	 * @see org.maillage.model.ModeleMaillage#getQpvs()
	 * @see #getModeleMaillage()
	 * @generated
	 */
	EReference getModeleMaillage_Qpvs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.ModeleMaillage#getGroupements <em>Groupements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groupements</em>'.
	 * @see org.maillage.model.ModeleMaillage#getGroupements()
	 * @see #getModeleMaillage()
	 * @generated
	 */
	EReference getModeleMaillage_Groupements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.ModeleMaillage#getOrganisations <em>Organisations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organisations</em>'.
	 * @see org.maillage.model.ModeleMaillage#getOrganisations()
	 * @see #getModeleMaillage()
	 * @generated
	 */
	EReference getModeleMaillage_Organisations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.ModeleMaillage#getPrs <em>Prs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Prs</em>'.
	 * @see org.maillage.model.ModeleMaillage#getPrs()
	 * @see #getModeleMaillage()
	 * @generated
	 */
	EReference getModeleMaillage_Prs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.ModeleMaillage#getFeuillesDeRoute <em>Feuilles De Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Feuilles De Route</em>'.
	 * @see org.maillage.model.ModeleMaillage#getFeuillesDeRoute()
	 * @see #getModeleMaillage()
	 * @generated
	 */
	EReference getModeleMaillage_FeuillesDeRoute();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.ModeleMaillage#getDispositifs <em>Dispositifs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dispositifs</em>'.
	 * @see org.maillage.model.ModeleMaillage#getDispositifs()
	 * @see #getModeleMaillage()
	 * @generated
	 */
	EReference getModeleMaillage_Dispositifs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.ModeleMaillage#getFonds <em>Fonds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fonds</em>'.
	 * @see org.maillage.model.ModeleMaillage#getFonds()
	 * @see #getModeleMaillage()
	 * @generated
	 */
	EReference getModeleMaillage_Fonds();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.ModeleMaillage#getFinancements <em>Financements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Financements</em>'.
	 * @see org.maillage.model.ModeleMaillage#getFinancements()
	 * @see #getModeleMaillage()
	 * @generated
	 */
	EReference getModeleMaillage_Financements();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.ModeleMaillage#getReglesCofinancement <em>Regles Cofinancement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regles Cofinancement</em>'.
	 * @see org.maillage.model.ModeleMaillage#getReglesCofinancement()
	 * @see #getModeleMaillage()
	 * @generated
	 */
	EReference getModeleMaillage_ReglesCofinancement();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.ModeleMaillage#getIndicateurs <em>Indicateurs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicateurs</em>'.
	 * @see org.maillage.model.ModeleMaillage#getIndicateurs()
	 * @see #getModeleMaillage()
	 * @generated
	 */
	EReference getModeleMaillage_Indicateurs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.ModeleMaillage#getInstances <em>Instances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instances</em>'.
	 * @see org.maillage.model.ModeleMaillage#getInstances()
	 * @see #getModeleMaillage()
	 * @generated
	 */
	EReference getModeleMaillage_Instances();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.ModeleMaillage#getTypesArticulation <em>Types Articulation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Types Articulation</em>'.
	 * @see org.maillage.model.ModeleMaillage#getTypesArticulation()
	 * @see #getModeleMaillage()
	 * @generated
	 */
	EReference getModeleMaillage_TypesArticulation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.ModeleMaillage#getArticulations <em>Articulations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Articulations</em>'.
	 * @see org.maillage.model.ModeleMaillage#getArticulations()
	 * @see #getModeleMaillage()
	 * @generated
	 */
	EReference getModeleMaillage_Articulations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.ModeleMaillage#getBonnesPratiques <em>Bonnes Pratiques</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bonnes Pratiques</em>'.
	 * @see org.maillage.model.ModeleMaillage#getBonnesPratiques()
	 * @see #getModeleMaillage()
	 * @generated
	 */
	EReference getModeleMaillage_BonnesPratiques();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.ModeleMaillage#getConflits <em>Conflits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conflits</em>'.
	 * @see org.maillage.model.ModeleMaillage#getConflits()
	 * @see #getModeleMaillage()
	 * @generated
	 */
	EReference getModeleMaillage_Conflits();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.ReferenceData <em>Reference Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reference Data</em>'.
	 * @see org.maillage.model.ReferenceData
	 * @generated
	 */
	EClass getReferenceData();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.ReferenceData#getMillesime <em>Millesime</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Millesime</em>'.
	 * @see org.maillage.model.ReferenceData#getMillesime()
	 * @see #getReferenceData()
	 * @generated
	 */
	EAttribute getReferenceData_Millesime();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.ReferenceData#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.maillage.model.ReferenceData#getSource()
	 * @see #getReferenceData()
	 * @generated
	 */
	EAttribute getReferenceData_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.ReferenceData#getLicence <em>Licence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Licence</em>'.
	 * @see org.maillage.model.ReferenceData#getLicence()
	 * @see #getReferenceData()
	 * @generated
	 */
	EAttribute getReferenceData_Licence();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.Conflit <em>Conflit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conflit</em>'.
	 * @see org.maillage.model.Conflit
	 * @generated
	 */
	EClass getConflit();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.Conflit#getNature <em>Nature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nature</em>'.
	 * @see org.maillage.model.Conflit#getNature()
	 * @see #getConflit()
	 * @generated
	 */
	EAttribute getConflit_Nature();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.Conflit#getElementUuid <em>Element Uuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Uuid</em>'.
	 * @see org.maillage.model.Conflit#getElementUuid()
	 * @see #getConflit()
	 * @generated
	 */
	EAttribute getConflit_ElementUuid();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.Conflit#getElementType <em>Element Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Type</em>'.
	 * @see org.maillage.model.Conflit#getElementType()
	 * @see #getConflit()
	 * @generated
	 */
	EAttribute getConflit_ElementType();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.Conflit#getElementNom <em>Element Nom</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element Nom</em>'.
	 * @see org.maillage.model.Conflit#getElementNom()
	 * @see #getConflit()
	 * @generated
	 */
	EAttribute getConflit_ElementNom();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.Conflit#getAttribut <em>Attribut</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribut</em>'.
	 * @see org.maillage.model.Conflit#getAttribut()
	 * @see #getConflit()
	 * @generated
	 */
	EAttribute getConflit_Attribut();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.Conflit#getValeurBase <em>Valeur Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valeur Base</em>'.
	 * @see org.maillage.model.Conflit#getValeurBase()
	 * @see #getConflit()
	 * @generated
	 */
	EAttribute getConflit_ValeurBase();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.Conflit#getValeurNous <em>Valeur Nous</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valeur Nous</em>'.
	 * @see org.maillage.model.Conflit#getValeurNous()
	 * @see #getConflit()
	 * @generated
	 */
	EAttribute getConflit_ValeurNous();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.Conflit#getValeurEux <em>Valeur Eux</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valeur Eux</em>'.
	 * @see org.maillage.model.Conflit#getValeurEux()
	 * @see #getConflit()
	 * @generated
	 */
	EAttribute getConflit_ValeurEux();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.Conflit#getContenuSupprime <em>Contenu Supprime</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Contenu Supprime</em>'.
	 * @see org.maillage.model.Conflit#getContenuSupprime()
	 * @see #getConflit()
	 * @generated
	 */
	EAttribute getConflit_ContenuSupprime();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time or zone, written in files as ISO-8601 (yyyy-MM-dd).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	MaillageFactory getMaillageFactory();

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
		 * The meta object literal for the '{@link org.maillage.model.impl.ElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.impl.ElementImpl
		 * @see org.maillage.model.impl.MaillagePackageImpl#getElement()
		 * @generated
		 */
		EClass ELEMENT = eINSTANCE.getElement();

		/**
		 * The meta object literal for the '<em><b>Uuid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__UUID = eINSTANCE.getElement_Uuid();

		/**
		 * The meta object literal for the '<em><b>Nom</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__NOM = eINSTANCE.getElement_Nom();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__DESCRIPTION = eINSTANCE.getElement_Description();

		/**
		 * The meta object literal for the '<em><b>Illustrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__ILLUSTRATIVE = eINSTANCE.getElement_Illustrative();

		/**
		 * The meta object literal for the '<em><b>Citations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ELEMENT__CITATIONS = eINSTANCE.getElement_Citations();

		/**
		 * The meta object literal for the '{@link org.maillage.model.impl.ModeleMaillageImpl <em>Modele Maillage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.impl.ModeleMaillageImpl
		 * @see org.maillage.model.impl.MaillagePackageImpl#getModeleMaillage()
		 * @generated
		 */
		EClass MODELE_MAILLAGE = eINSTANCE.getModeleMaillage();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODELE_MAILLAGE__FORMAT_VERSION = eINSTANCE.getModeleMaillage_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Reference Data</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODELE_MAILLAGE__REFERENCE_DATA = eINSTANCE.getModeleMaillage_ReferenceData();

		/**
		 * The meta object literal for the '<em><b>Regions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODELE_MAILLAGE__REGIONS = eINSTANCE.getModeleMaillage_Regions();

		/**
		 * The meta object literal for the '<em><b>Epcis</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODELE_MAILLAGE__EPCIS = eINSTANCE.getModeleMaillage_Epcis();

		/**
		 * The meta object literal for the '<em><b>Qpvs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODELE_MAILLAGE__QPVS = eINSTANCE.getModeleMaillage_Qpvs();

		/**
		 * The meta object literal for the '<em><b>Groupements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODELE_MAILLAGE__GROUPEMENTS = eINSTANCE.getModeleMaillage_Groupements();

		/**
		 * The meta object literal for the '<em><b>Organisations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODELE_MAILLAGE__ORGANISATIONS = eINSTANCE.getModeleMaillage_Organisations();

		/**
		 * The meta object literal for the '<em><b>Prs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODELE_MAILLAGE__PRS = eINSTANCE.getModeleMaillage_Prs();

		/**
		 * The meta object literal for the '<em><b>Feuilles De Route</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODELE_MAILLAGE__FEUILLES_DE_ROUTE = eINSTANCE.getModeleMaillage_FeuillesDeRoute();

		/**
		 * The meta object literal for the '<em><b>Dispositifs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODELE_MAILLAGE__DISPOSITIFS = eINSTANCE.getModeleMaillage_Dispositifs();

		/**
		 * The meta object literal for the '<em><b>Fonds</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODELE_MAILLAGE__FONDS = eINSTANCE.getModeleMaillage_Fonds();

		/**
		 * The meta object literal for the '<em><b>Financements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODELE_MAILLAGE__FINANCEMENTS = eINSTANCE.getModeleMaillage_Financements();

		/**
		 * The meta object literal for the '<em><b>Regles Cofinancement</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODELE_MAILLAGE__REGLES_COFINANCEMENT = eINSTANCE.getModeleMaillage_ReglesCofinancement();

		/**
		 * The meta object literal for the '<em><b>Indicateurs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODELE_MAILLAGE__INDICATEURS = eINSTANCE.getModeleMaillage_Indicateurs();

		/**
		 * The meta object literal for the '<em><b>Instances</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODELE_MAILLAGE__INSTANCES = eINSTANCE.getModeleMaillage_Instances();

		/**
		 * The meta object literal for the '<em><b>Types Articulation</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODELE_MAILLAGE__TYPES_ARTICULATION = eINSTANCE.getModeleMaillage_TypesArticulation();

		/**
		 * The meta object literal for the '<em><b>Articulations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODELE_MAILLAGE__ARTICULATIONS = eINSTANCE.getModeleMaillage_Articulations();

		/**
		 * The meta object literal for the '<em><b>Bonnes Pratiques</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODELE_MAILLAGE__BONNES_PRATIQUES = eINSTANCE.getModeleMaillage_BonnesPratiques();

		/**
		 * The meta object literal for the '<em><b>Conflits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODELE_MAILLAGE__CONFLITS = eINSTANCE.getModeleMaillage_Conflits();

		/**
		 * The meta object literal for the '{@link org.maillage.model.impl.ReferenceDataImpl <em>Reference Data</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.impl.ReferenceDataImpl
		 * @see org.maillage.model.impl.MaillagePackageImpl#getReferenceData()
		 * @generated
		 */
		EClass REFERENCE_DATA = eINSTANCE.getReferenceData();

		/**
		 * The meta object literal for the '<em><b>Millesime</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE_DATA__MILLESIME = eINSTANCE.getReferenceData_Millesime();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE_DATA__SOURCE = eINSTANCE.getReferenceData_Source();

		/**
		 * The meta object literal for the '<em><b>Licence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERENCE_DATA__LICENCE = eINSTANCE.getReferenceData_Licence();

		/**
		 * The meta object literal for the '{@link org.maillage.model.impl.ConflitImpl <em>Conflit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.impl.ConflitImpl
		 * @see org.maillage.model.impl.MaillagePackageImpl#getConflit()
		 * @generated
		 */
		EClass CONFLIT = eINSTANCE.getConflit();

		/**
		 * The meta object literal for the '<em><b>Nature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLIT__NATURE = eINSTANCE.getConflit_Nature();

		/**
		 * The meta object literal for the '<em><b>Element Uuid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLIT__ELEMENT_UUID = eINSTANCE.getConflit_ElementUuid();

		/**
		 * The meta object literal for the '<em><b>Element Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLIT__ELEMENT_TYPE = eINSTANCE.getConflit_ElementType();

		/**
		 * The meta object literal for the '<em><b>Element Nom</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLIT__ELEMENT_NOM = eINSTANCE.getConflit_ElementNom();

		/**
		 * The meta object literal for the '<em><b>Attribut</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLIT__ATTRIBUT = eINSTANCE.getConflit_Attribut();

		/**
		 * The meta object literal for the '<em><b>Valeur Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLIT__VALEUR_BASE = eINSTANCE.getConflit_ValeurBase();

		/**
		 * The meta object literal for the '<em><b>Valeur Nous</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLIT__VALEUR_NOUS = eINSTANCE.getConflit_ValeurNous();

		/**
		 * The meta object literal for the '<em><b>Valeur Eux</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLIT__VALEUR_EUX = eINSTANCE.getConflit_ValeurEux();

		/**
		 * The meta object literal for the '<em><b>Contenu Supprime</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFLIT__CONTENU_SUPPRIME = eINSTANCE.getConflit_ContenuSupprime();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.maillage.model.impl.MaillagePackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //MaillagePackage
