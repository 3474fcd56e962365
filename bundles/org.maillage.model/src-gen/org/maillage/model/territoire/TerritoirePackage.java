/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.territoire;

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
 * Territories: région, département, EPCI, commune, QPV and groupements of collectivités. Links between territories are saved on one side only (the other is transient) and do not resolve proxies: the territories of a model live in one resource.
 * <!-- end-model-doc -->
 * @see org.maillage.model.territoire.TerritoireFactory
 * @model kind="package"
 * @generated
 */
public interface TerritoirePackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "territoire";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://maillage.org/model/1.0/territoire";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "territoire";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TerritoirePackage eINSTANCE = org.maillage.model.territoire.impl.TerritoirePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.maillage.model.territoire.impl.TerritoireImpl <em>Territoire</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.territoire.impl.TerritoireImpl
	 * @see org.maillage.model.territoire.impl.TerritoirePackageImpl#getTerritoire()
	 * @generated
	 */
	int TERRITOIRE = 0;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITOIRE__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITOIRE__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITOIRE__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITOIRE__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITOIRE__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITOIRE__CODE = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITOIRE__POPULATION = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reference Data</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITOIRE__REFERENCE_DATA = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Territoire</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITOIRE_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Territoire</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITOIRE_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.territoire.impl.RegionImpl <em>Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.territoire.impl.RegionImpl
	 * @see org.maillage.model.territoire.impl.TerritoirePackageImpl#getRegion()
	 * @generated
	 */
	int REGION = 1;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__UUID = TERRITOIRE__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__NOM = TERRITOIRE__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__DESCRIPTION = TERRITOIRE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__ILLUSTRATIVE = TERRITOIRE__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__CITATIONS = TERRITOIRE__CITATIONS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__CODE = TERRITOIRE__CODE;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__POPULATION = TERRITOIRE__POPULATION;

	/**
	 * The feature id for the '<em><b>Reference Data</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__REFERENCE_DATA = TERRITOIRE__REFERENCE_DATA;

	/**
	 * The feature id for the '<em><b>Departements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__DEPARTEMENTS = TERRITOIRE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_FEATURE_COUNT = TERRITOIRE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_OPERATION_COUNT = TERRITOIRE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.territoire.impl.DepartementImpl <em>Departement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.territoire.impl.DepartementImpl
	 * @see org.maillage.model.territoire.impl.TerritoirePackageImpl#getDepartement()
	 * @generated
	 */
	int DEPARTEMENT = 2;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTEMENT__UUID = TERRITOIRE__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTEMENT__NOM = TERRITOIRE__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTEMENT__DESCRIPTION = TERRITOIRE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTEMENT__ILLUSTRATIVE = TERRITOIRE__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTEMENT__CITATIONS = TERRITOIRE__CITATIONS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTEMENT__CODE = TERRITOIRE__CODE;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTEMENT__POPULATION = TERRITOIRE__POPULATION;

	/**
	 * The feature id for the '<em><b>Reference Data</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTEMENT__REFERENCE_DATA = TERRITOIRE__REFERENCE_DATA;

	/**
	 * The feature id for the '<em><b>Region</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTEMENT__REGION = TERRITOIRE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Communes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTEMENT__COMMUNES = TERRITOIRE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Departement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTEMENT_FEATURE_COUNT = TERRITOIRE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Departement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTEMENT_OPERATION_COUNT = TERRITOIRE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.territoire.impl.CommuneImpl <em>Commune</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.territoire.impl.CommuneImpl
	 * @see org.maillage.model.territoire.impl.TerritoirePackageImpl#getCommune()
	 * @generated
	 */
	int COMMUNE = 3;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNE__UUID = TERRITOIRE__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNE__NOM = TERRITOIRE__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNE__DESCRIPTION = TERRITOIRE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNE__ILLUSTRATIVE = TERRITOIRE__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNE__CITATIONS = TERRITOIRE__CITATIONS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNE__CODE = TERRITOIRE__CODE;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNE__POPULATION = TERRITOIRE__POPULATION;

	/**
	 * The feature id for the '<em><b>Reference Data</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNE__REFERENCE_DATA = TERRITOIRE__REFERENCE_DATA;

	/**
	 * The feature id for the '<em><b>Departement</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNE__DEPARTEMENT = TERRITOIRE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Epci</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNE__EPCI = TERRITOIRE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Qpvs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNE__QPVS = TERRITOIRE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Commune</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNE_FEATURE_COUNT = TERRITOIRE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Commune</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNE_OPERATION_COUNT = TERRITOIRE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.territoire.impl.EpciImpl <em>Epci</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.territoire.impl.EpciImpl
	 * @see org.maillage.model.territoire.impl.TerritoirePackageImpl#getEpci()
	 * @generated
	 */
	int EPCI = 4;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPCI__UUID = TERRITOIRE__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPCI__NOM = TERRITOIRE__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPCI__DESCRIPTION = TERRITOIRE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPCI__ILLUSTRATIVE = TERRITOIRE__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPCI__CITATIONS = TERRITOIRE__CITATIONS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPCI__CODE = TERRITOIRE__CODE;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPCI__POPULATION = TERRITOIRE__POPULATION;

	/**
	 * The feature id for the '<em><b>Reference Data</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPCI__REFERENCE_DATA = TERRITOIRE__REFERENCE_DATA;

	/**
	 * The feature id for the '<em><b>Nature</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPCI__NATURE = TERRITOIRE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Membres</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPCI__MEMBRES = TERRITOIRE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Qpvs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPCI__QPVS = TERRITOIRE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Epci</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPCI_FEATURE_COUNT = TERRITOIRE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Epci</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPCI_OPERATION_COUNT = TERRITOIRE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.territoire.impl.QpvImpl <em>Qpv</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.territoire.impl.QpvImpl
	 * @see org.maillage.model.territoire.impl.TerritoirePackageImpl#getQpv()
	 * @generated
	 */
	int QPV = 5;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QPV__UUID = TERRITOIRE__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QPV__NOM = TERRITOIRE__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QPV__DESCRIPTION = TERRITOIRE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QPV__ILLUSTRATIVE = TERRITOIRE__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QPV__CITATIONS = TERRITOIRE__CITATIONS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QPV__CODE = TERRITOIRE__CODE;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QPV__POPULATION = TERRITOIRE__POPULATION;

	/**
	 * The feature id for the '<em><b>Reference Data</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QPV__REFERENCE_DATA = TERRITOIRE__REFERENCE_DATA;

	/**
	 * The feature id for the '<em><b>Communes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QPV__COMMUNES = TERRITOIRE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Epci</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QPV__EPCI = TERRITOIRE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Qpv</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QPV_FEATURE_COUNT = TERRITOIRE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Qpv</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QPV_OPERATION_COUNT = TERRITOIRE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.territoire.impl.GroupementImpl <em>Groupement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.territoire.impl.GroupementImpl
	 * @see org.maillage.model.territoire.impl.TerritoirePackageImpl#getGroupement()
	 * @generated
	 */
	int GROUPEMENT = 6;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPEMENT__UUID = TERRITOIRE__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPEMENT__NOM = TERRITOIRE__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPEMENT__DESCRIPTION = TERRITOIRE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPEMENT__ILLUSTRATIVE = TERRITOIRE__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPEMENT__CITATIONS = TERRITOIRE__CITATIONS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPEMENT__CODE = TERRITOIRE__CODE;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPEMENT__POPULATION = TERRITOIRE__POPULATION;

	/**
	 * The feature id for the '<em><b>Reference Data</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPEMENT__REFERENCE_DATA = TERRITOIRE__REFERENCE_DATA;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPEMENT__TYPE = TERRITOIRE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Communes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPEMENT__COMMUNES = TERRITOIRE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Epcis</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPEMENT__EPCIS = TERRITOIRE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Competences Deleguees</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPEMENT__COMPETENCES_DELEGUEES = TERRITOIRE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Groupement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPEMENT_FEATURE_COUNT = TERRITOIRE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Groupement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPEMENT_OPERATION_COUNT = TERRITOIRE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.territoire.NatureEpci <em>Nature Epci</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.territoire.NatureEpci
	 * @see org.maillage.model.territoire.impl.TerritoirePackageImpl#getNatureEpci()
	 * @generated
	 */
	int NATURE_EPCI = 7;

	/**
	 * The meta object id for the '{@link org.maillage.model.territoire.TypeGroupement <em>Type Groupement</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.territoire.TypeGroupement
	 * @see org.maillage.model.territoire.impl.TerritoirePackageImpl#getTypeGroupement()
	 * @generated
	 */
	int TYPE_GROUPEMENT = 8;


	/**
	 * Returns the meta object for class '{@link org.maillage.model.territoire.Territoire <em>Territoire</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Territoire</em>'.
	 * @see org.maillage.model.territoire.Territoire
	 * @generated
	 */
	EClass getTerritoire();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.territoire.Territoire#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.maillage.model.territoire.Territoire#getCode()
	 * @see #getTerritoire()
	 * @generated
	 */
	EAttribute getTerritoire_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.territoire.Territoire#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.maillage.model.territoire.Territoire#getPopulation()
	 * @see #getTerritoire()
	 * @generated
	 */
	EAttribute getTerritoire_Population();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.territoire.Territoire#getReferenceData <em>Reference Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reference Data</em>'.
	 * @see org.maillage.model.territoire.Territoire#getReferenceData()
	 * @see #getTerritoire()
	 * @generated
	 */
	EReference getTerritoire_ReferenceData();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.territoire.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region</em>'.
	 * @see org.maillage.model.territoire.Region
	 * @generated
	 */
	EClass getRegion();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.territoire.Region#getDepartements <em>Departements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Departements</em>'.
	 * @see org.maillage.model.territoire.Region#getDepartements()
	 * @see #getRegion()
	 * @generated
	 */
	EReference getRegion_Departements();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.territoire.Departement <em>Departement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Departement</em>'.
	 * @see org.maillage.model.territoire.Departement
	 * @generated
	 */
	EClass getDepartement();

	/**
	 * Returns the meta object for the container reference '{@link org.maillage.model.territoire.Departement#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Region</em>'.
	 * @see org.maillage.model.territoire.Departement#getRegion()
	 * @see #getDepartement()
	 * @generated
	 */
	EReference getDepartement_Region();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.territoire.Departement#getCommunes <em>Communes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Communes</em>'.
	 * @see org.maillage.model.territoire.Departement#getCommunes()
	 * @see #getDepartement()
	 * @generated
	 */
	EReference getDepartement_Communes();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.territoire.Commune <em>Commune</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Commune</em>'.
	 * @see org.maillage.model.territoire.Commune
	 * @generated
	 */
	EClass getCommune();

	/**
	 * Returns the meta object for the container reference '{@link org.maillage.model.territoire.Commune#getDepartement <em>Departement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Departement</em>'.
	 * @see org.maillage.model.territoire.Commune#getDepartement()
	 * @see #getCommune()
	 * @generated
	 */
	EReference getCommune_Departement();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.territoire.Commune#getEpci <em>Epci</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Epci</em>'.
	 * @see org.maillage.model.territoire.Commune#getEpci()
	 * @see #getCommune()
	 * @generated
	 */
	EReference getCommune_Epci();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.territoire.Commune#getQpvs <em>Qpvs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Qpvs</em>'.
	 * @see org.maillage.model.territoire.Commune#getQpvs()
	 * @see #getCommune()
	 * @generated
	 */
	EReference getCommune_Qpvs();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.territoire.Epci <em>Epci</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Epci</em>'.
	 * @see org.maillage.model.territoire.Epci
	 * @generated
	 */
	EClass getEpci();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.territoire.Epci#getNature <em>Nature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nature</em>'.
	 * @see org.maillage.model.territoire.Epci#getNature()
	 * @see #getEpci()
	 * @generated
	 */
	EAttribute getEpci_Nature();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.territoire.Epci#getMembres <em>Membres</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Membres</em>'.
	 * @see org.maillage.model.territoire.Epci#getMembres()
	 * @see #getEpci()
	 * @generated
	 */
	EReference getEpci_Membres();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.territoire.Epci#getQpvs <em>Qpvs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Qpvs</em>'.
	 * @see org.maillage.model.territoire.Epci#getQpvs()
	 * @see #getEpci()
	 * @generated
	 */
	EReference getEpci_Qpvs();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.territoire.Qpv <em>Qpv</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Qpv</em>'.
	 * @see org.maillage.model.territoire.Qpv
	 * @generated
	 */
	EClass getQpv();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.territoire.Qpv#getCommunes <em>Communes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Communes</em>'.
	 * @see org.maillage.model.territoire.Qpv#getCommunes()
	 * @see #getQpv()
	 * @generated
	 */
	EReference getQpv_Communes();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.territoire.Qpv#getEpci <em>Epci</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Epci</em>'.
	 * @see org.maillage.model.territoire.Qpv#getEpci()
	 * @see #getQpv()
	 * @generated
	 */
	EReference getQpv_Epci();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.territoire.Groupement <em>Groupement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Groupement</em>'.
	 * @see org.maillage.model.territoire.Groupement
	 * @generated
	 */
	EClass getGroupement();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.territoire.Groupement#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.maillage.model.territoire.Groupement#getType()
	 * @see #getGroupement()
	 * @generated
	 */
	EAttribute getGroupement_Type();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.territoire.Groupement#getCommunes <em>Communes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Communes</em>'.
	 * @see org.maillage.model.territoire.Groupement#getCommunes()
	 * @see #getGroupement()
	 * @generated
	 */
	EReference getGroupement_Communes();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.model.territoire.Groupement#getEpcis <em>Epcis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Epcis</em>'.
	 * @see org.maillage.model.territoire.Groupement#getEpcis()
	 * @see #getGroupement()
	 * @generated
	 */
	EReference getGroupement_Epcis();

	/**
	 * Returns the meta object for the attribute list '{@link org.maillage.model.territoire.Groupement#getCompetencesDeleguees <em>Competences Deleguees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Competences Deleguees</em>'.
	 * @see org.maillage.model.territoire.Groupement#getCompetencesDeleguees()
	 * @see #getGroupement()
	 * @generated
	 */
	EAttribute getGroupement_CompetencesDeleguees();

	/**
	 * Returns the meta object for enum '{@link org.maillage.model.territoire.NatureEpci <em>Nature Epci</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Nature Epci</em>'.
	 * @see org.maillage.model.territoire.NatureEpci
	 * @generated
	 */
	EEnum getNatureEpci();

	/**
	 * Returns the meta object for enum '{@link org.maillage.model.territoire.TypeGroupement <em>Type Groupement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Type Groupement</em>'.
	 * @see org.maillage.model.territoire.TypeGroupement
	 * @generated
	 */
	EEnum getTypeGroupement();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TerritoireFactory getTerritoireFactory();

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
		 * The meta object literal for the '{@link org.maillage.model.territoire.impl.TerritoireImpl <em>Territoire</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.territoire.impl.TerritoireImpl
		 * @see org.maillage.model.territoire.impl.TerritoirePackageImpl#getTerritoire()
		 * @generated
		 */
		EClass TERRITOIRE = eINSTANCE.getTerritoire();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITOIRE__CODE = eINSTANCE.getTerritoire_Code();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITOIRE__POPULATION = eINSTANCE.getTerritoire_Population();

		/**
		 * The meta object literal for the '<em><b>Reference Data</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERRITOIRE__REFERENCE_DATA = eINSTANCE.getTerritoire_ReferenceData();

		/**
		 * The meta object literal for the '{@link org.maillage.model.territoire.impl.RegionImpl <em>Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.territoire.impl.RegionImpl
		 * @see org.maillage.model.territoire.impl.TerritoirePackageImpl#getRegion()
		 * @generated
		 */
		EClass REGION = eINSTANCE.getRegion();

		/**
		 * The meta object literal for the '<em><b>Departements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGION__DEPARTEMENTS = eINSTANCE.getRegion_Departements();

		/**
		 * The meta object literal for the '{@link org.maillage.model.territoire.impl.DepartementImpl <em>Departement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.territoire.impl.DepartementImpl
		 * @see org.maillage.model.territoire.impl.TerritoirePackageImpl#getDepartement()
		 * @generated
		 */
		EClass DEPARTEMENT = eINSTANCE.getDepartement();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPARTEMENT__REGION = eINSTANCE.getDepartement_Region();

		/**
		 * The meta object literal for the '<em><b>Communes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEPARTEMENT__COMMUNES = eINSTANCE.getDepartement_Communes();

		/**
		 * The meta object literal for the '{@link org.maillage.model.territoire.impl.CommuneImpl <em>Commune</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.territoire.impl.CommuneImpl
		 * @see org.maillage.model.territoire.impl.TerritoirePackageImpl#getCommune()
		 * @generated
		 */
		EClass COMMUNE = eINSTANCE.getCommune();

		/**
		 * The meta object literal for the '<em><b>Departement</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMUNE__DEPARTEMENT = eINSTANCE.getCommune_Departement();

		/**
		 * The meta object literal for the '<em><b>Epci</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMUNE__EPCI = eINSTANCE.getCommune_Epci();

		/**
		 * The meta object literal for the '<em><b>Qpvs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMUNE__QPVS = eINSTANCE.getCommune_Qpvs();

		/**
		 * The meta object literal for the '{@link org.maillage.model.territoire.impl.EpciImpl <em>Epci</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.territoire.impl.EpciImpl
		 * @see org.maillage.model.territoire.impl.TerritoirePackageImpl#getEpci()
		 * @generated
		 */
		EClass EPCI = eINSTANCE.getEpci();

		/**
		 * The meta object literal for the '<em><b>Nature</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPCI__NATURE = eINSTANCE.getEpci_Nature();

		/**
		 * The meta object literal for the '<em><b>Membres</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EPCI__MEMBRES = eINSTANCE.getEpci_Membres();

		/**
		 * The meta object literal for the '<em><b>Qpvs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EPCI__QPVS = eINSTANCE.getEpci_Qpvs();

		/**
		 * The meta object literal for the '{@link org.maillage.model.territoire.impl.QpvImpl <em>Qpv</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.territoire.impl.QpvImpl
		 * @see org.maillage.model.territoire.impl.TerritoirePackageImpl#getQpv()
		 * @generated
		 */
		EClass QPV = eINSTANCE.getQpv();

		/**
		 * The meta object literal for the '<em><b>Communes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QPV__COMMUNES = eINSTANCE.getQpv_Communes();

		/**
		 * The meta object literal for the '<em><b>Epci</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QPV__EPCI = eINSTANCE.getQpv_Epci();

		/**
		 * The meta object literal for the '{@link org.maillage.model.territoire.impl.GroupementImpl <em>Groupement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.territoire.impl.GroupementImpl
		 * @see org.maillage.model.territoire.impl.TerritoirePackageImpl#getGroupement()
		 * @generated
		 */
		EClass GROUPEMENT = eINSTANCE.getGroupement();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUPEMENT__TYPE = eINSTANCE.getGroupement_Type();

		/**
		 * The meta object literal for the '<em><b>Communes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUPEMENT__COMMUNES = eINSTANCE.getGroupement_Communes();

		/**
		 * The meta object literal for the '<em><b>Epcis</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUPEMENT__EPCIS = eINSTANCE.getGroupement_Epcis();

		/**
		 * The meta object literal for the '<em><b>Competences Deleguees</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUPEMENT__COMPETENCES_DELEGUEES = eINSTANCE.getGroupement_CompetencesDeleguees();

		/**
		 * The meta object literal for the '{@link org.maillage.model.territoire.NatureEpci <em>Nature Epci</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.territoire.NatureEpci
		 * @see org.maillage.model.territoire.impl.TerritoirePackageImpl#getNatureEpci()
		 * @generated
		 */
		EEnum NATURE_EPCI = eINSTANCE.getNatureEpci();

		/**
		 * The meta object literal for the '{@link org.maillage.model.territoire.TypeGroupement <em>Type Groupement</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.territoire.TypeGroupement
		 * @see org.maillage.model.territoire.impl.TerritoirePackageImpl#getTypeGroupement()
		 * @generated
		 */
		EEnum TYPE_GROUPEMENT = eINSTANCE.getTypeGroupement();

	}

} //TerritoirePackage
