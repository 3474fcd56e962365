/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.example.clsm;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.maillage.model.dispositif.DispositifPackage;

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
 * Example extension of Maillage: the conseils locaux de santé mentale, a scheme kind added by a plug-in (see docs/extending.md).
 * <!-- end-model-doc -->
 * @see org.maillage.example.clsm.ClsmFactory
 * @model kind="package"
 * @generated
 */
public interface ClsmPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "clsm";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://maillage.org/example/clsm/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "clsm";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ClsmPackage eINSTANCE = org.maillage.example.clsm.impl.ClsmPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.maillage.example.clsm.impl.ClsmImpl <em>Clsm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.example.clsm.impl.ClsmImpl
	 * @see org.maillage.example.clsm.impl.ClsmPackageImpl#getClsm()
	 * @generated
	 */
	int CLSM = 0;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM__UUID = DispositifPackage.DISPOSITIF__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM__NOM = DispositifPackage.DISPOSITIF__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM__DESCRIPTION = DispositifPackage.DISPOSITIF__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM__ILLUSTRATIVE = DispositifPackage.DISPOSITIF__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM__CITATIONS = DispositifPackage.DISPOSITIF__CITATIONS;

	/**
	 * The feature id for the '<em><b>Porteur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM__PORTEUR = DispositifPackage.DISPOSITIF__PORTEUR;

	/**
	 * The feature id for the '<em><b>Partenaires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM__PARTENAIRES = DispositifPackage.DISPOSITIF__PARTENAIRES;

	/**
	 * The feature id for the '<em><b>Territoires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM__TERRITOIRES = DispositifPackage.DISPOSITIF__TERRITOIRES;

	/**
	 * The feature id for the '<em><b>Debut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM__DEBUT = DispositifPackage.DISPOSITIF__DEBUT;

	/**
	 * The feature id for the '<em><b>Fin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM__FIN = DispositifPackage.DISPOSITIF__FIN;

	/**
	 * The feature id for the '<em><b>Statut</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM__STATUT = DispositifPackage.DISPOSITIF__STATUT;

	/**
	 * The feature id for the '<em><b>Gouvernance</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM__GOUVERNANCE = DispositifPackage.DISPOSITIF__GOUVERNANCE;

	/**
	 * The feature id for the '<em><b>Indicateurs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM__INDICATEURS = DispositifPackage.DISPOSITIF__INDICATEURS;

	/**
	 * The feature id for the '<em><b>Coordonnateur</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM__COORDONNATEUR = DispositifPackage.DISPOSITIF_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Date Creation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM__DATE_CREATION = DispositifPackage.DISPOSITIF_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Communes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM__COMMUNES = DispositifPackage.DISPOSITIF_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Epcis</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM__EPCIS = DispositifPackage.DISPOSITIF_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cls</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM__CLS = DispositifPackage.DISPOSITIF_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Cpts</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM__CPTS = DispositifPackage.DISPOSITIF_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Clsm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM_FEATURE_COUNT = DispositifPackage.DISPOSITIF_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Clsm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLSM_OPERATION_COUNT = DispositifPackage.DISPOSITIF_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.maillage.example.clsm.Clsm <em>Clsm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Clsm</em>'.
	 * @see org.maillage.example.clsm.Clsm
	 * @generated
	 */
	EClass getClsm();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.example.clsm.Clsm#getCoordonnateur <em>Coordonnateur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Coordonnateur</em>'.
	 * @see org.maillage.example.clsm.Clsm#getCoordonnateur()
	 * @see #getClsm()
	 * @generated
	 */
	EAttribute getClsm_Coordonnateur();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.example.clsm.Clsm#getDateCreation <em>Date Creation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Creation</em>'.
	 * @see org.maillage.example.clsm.Clsm#getDateCreation()
	 * @see #getClsm()
	 * @generated
	 */
	EAttribute getClsm_DateCreation();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.example.clsm.Clsm#getCommunes <em>Communes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Communes</em>'.
	 * @see org.maillage.example.clsm.Clsm#getCommunes()
	 * @see #getClsm()
	 * @generated
	 */
	EReference getClsm_Communes();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.example.clsm.Clsm#getEpcis <em>Epcis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Epcis</em>'.
	 * @see org.maillage.example.clsm.Clsm#getEpcis()
	 * @see #getClsm()
	 * @generated
	 */
	EReference getClsm_Epcis();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.example.clsm.Clsm#getCls <em>Cls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cls</em>'.
	 * @see org.maillage.example.clsm.Clsm#getCls()
	 * @see #getClsm()
	 * @generated
	 */
	EReference getClsm_Cls();

	/**
	 * Returns the meta object for the reference list '{@link org.maillage.example.clsm.Clsm#getCpts <em>Cpts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Cpts</em>'.
	 * @see org.maillage.example.clsm.Clsm#getCpts()
	 * @see #getClsm()
	 * @generated
	 */
	EReference getClsm_Cpts();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ClsmFactory getClsmFactory();

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
		 * The meta object literal for the '{@link org.maillage.example.clsm.impl.ClsmImpl <em>Clsm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.example.clsm.impl.ClsmImpl
		 * @see org.maillage.example.clsm.impl.ClsmPackageImpl#getClsm()
		 * @generated
		 */
		EClass CLSM = eINSTANCE.getClsm();

		/**
		 * The meta object literal for the '<em><b>Coordonnateur</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLSM__COORDONNATEUR = eINSTANCE.getClsm_Coordonnateur();

		/**
		 * The meta object literal for the '<em><b>Date Creation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLSM__DATE_CREATION = eINSTANCE.getClsm_DateCreation();

		/**
		 * The meta object literal for the '<em><b>Communes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLSM__COMMUNES = eINSTANCE.getClsm_Communes();

		/**
		 * The meta object literal for the '<em><b>Epcis</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLSM__EPCIS = eINSTANCE.getClsm_Epcis();

		/**
		 * The meta object literal for the '<em><b>Cls</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLSM__CLS = eINSTANCE.getClsm_Cls();

		/**
		 * The meta object literal for the '<em><b>Cpts</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLSM__CPTS = eINSTANCE.getClsm_Cpts();

	}

} //ClsmPackage
