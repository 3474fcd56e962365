/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.financement;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
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
 * Who funds what, and the co-funding rules, kept as data because they vary by region.
 * <!-- end-model-doc -->
 * @see org.maillage.model.financement.FinancementFactory
 * @model kind="package"
 * @generated
 */
public interface FinancementPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "financement";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://maillage.org/model/1.0/financement";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "financement";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FinancementPackage eINSTANCE = org.maillage.model.financement.impl.FinancementPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.maillage.model.financement.impl.FondsImpl <em>Fonds</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.financement.impl.FondsImpl
	 * @see org.maillage.model.financement.impl.FinancementPackageImpl#getFonds()
	 * @generated
	 */
	int FONDS = 0;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FONDS__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FONDS__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FONDS__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FONDS__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FONDS__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FONDS__CODE = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Fonds</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FONDS_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Fonds</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FONDS_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.financement.impl.FinancementImpl <em>Financement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.financement.impl.FinancementImpl
	 * @see org.maillage.model.financement.impl.FinancementPackageImpl#getFinancement()
	 * @generated
	 */
	int FINANCEMENT = 1;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANCEMENT__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANCEMENT__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANCEMENT__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANCEMENT__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANCEMENT__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Financeur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANCEMENT__FINANCEUR = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fonds</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANCEMENT__FONDS = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Mission</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANCEMENT__MISSION = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Montant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANCEMENT__MONTANT = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Annee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANCEMENT__ANNEE = MaillagePackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Objet</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANCEMENT__OBJET = MaillagePackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Regle</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANCEMENT__REGLE = MaillagePackage.ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Financement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANCEMENT_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Financement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINANCEMENT_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.financement.impl.RegleCofinancementImpl <em>Regle Cofinancement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.financement.impl.RegleCofinancementImpl
	 * @see org.maillage.model.financement.impl.FinancementPackageImpl#getRegleCofinancement()
	 * @generated
	 */
	int REGLE_COFINANCEMENT = 2;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGLE_COFINANCEMENT__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGLE_COFINANCEMENT__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGLE_COFINANCEMENT__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGLE_COFINANCEMENT__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGLE_COFINANCEMENT__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Financeur</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGLE_COFINANCEMENT__FINANCEUR = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Fonds</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGLE_COFINANCEMENT__FONDS = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Type Objet</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGLE_COFINANCEMENT__TYPE_OBJET = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Part Max Pourcent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGLE_COFINANCEMENT__PART_MAX_POURCENT = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Plafond</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGLE_COFINANCEMENT__PLAFOND = MaillagePackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Region</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGLE_COFINANCEMENT__REGION = MaillagePackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Regle Cofinancement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGLE_COFINANCEMENT_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Regle Cofinancement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGLE_COFINANCEMENT_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.maillage.model.financement.Fonds <em>Fonds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fonds</em>'.
	 * @see org.maillage.model.financement.Fonds
	 * @generated
	 */
	EClass getFonds();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.financement.Fonds#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.maillage.model.financement.Fonds#getCode()
	 * @see #getFonds()
	 * @generated
	 */
	EAttribute getFonds_Code();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.financement.Financement <em>Financement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Financement</em>'.
	 * @see org.maillage.model.financement.Financement
	 * @generated
	 */
	EClass getFinancement();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.financement.Financement#getFinanceur <em>Financeur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Financeur</em>'.
	 * @see org.maillage.model.financement.Financement#getFinanceur()
	 * @see #getFinancement()
	 * @generated
	 */
	EReference getFinancement_Financeur();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.financement.Financement#getFonds <em>Fonds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Fonds</em>'.
	 * @see org.maillage.model.financement.Financement#getFonds()
	 * @see #getFinancement()
	 * @generated
	 */
	EReference getFinancement_Fonds();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.financement.Financement#getMission <em>Mission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mission</em>'.
	 * @see org.maillage.model.financement.Financement#getMission()
	 * @see #getFinancement()
	 * @generated
	 */
	EAttribute getFinancement_Mission();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.financement.Financement#getMontant <em>Montant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Montant</em>'.
	 * @see org.maillage.model.financement.Financement#getMontant()
	 * @see #getFinancement()
	 * @generated
	 */
	EAttribute getFinancement_Montant();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.financement.Financement#getAnnee <em>Annee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annee</em>'.
	 * @see org.maillage.model.financement.Financement#getAnnee()
	 * @see #getFinancement()
	 * @generated
	 */
	EAttribute getFinancement_Annee();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.financement.Financement#getObjet <em>Objet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Objet</em>'.
	 * @see org.maillage.model.financement.Financement#getObjet()
	 * @see #getFinancement()
	 * @generated
	 */
	EReference getFinancement_Objet();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.financement.Financement#getRegle <em>Regle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Regle</em>'.
	 * @see org.maillage.model.financement.Financement#getRegle()
	 * @see #getFinancement()
	 * @generated
	 */
	EReference getFinancement_Regle();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.financement.RegleCofinancement <em>Regle Cofinancement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Regle Cofinancement</em>'.
	 * @see org.maillage.model.financement.RegleCofinancement
	 * @generated
	 */
	EClass getRegleCofinancement();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.financement.RegleCofinancement#getFinanceur <em>Financeur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Financeur</em>'.
	 * @see org.maillage.model.financement.RegleCofinancement#getFinanceur()
	 * @see #getRegleCofinancement()
	 * @generated
	 */
	EReference getRegleCofinancement_Financeur();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.financement.RegleCofinancement#getFonds <em>Fonds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Fonds</em>'.
	 * @see org.maillage.model.financement.RegleCofinancement#getFonds()
	 * @see #getRegleCofinancement()
	 * @generated
	 */
	EReference getRegleCofinancement_Fonds();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.financement.RegleCofinancement#getTypeObjet <em>Type Objet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Type Objet</em>'.
	 * @see org.maillage.model.financement.RegleCofinancement#getTypeObjet()
	 * @see #getRegleCofinancement()
	 * @generated
	 */
	EReference getRegleCofinancement_TypeObjet();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.financement.RegleCofinancement#getPartMaxPourcent <em>Part Max Pourcent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Part Max Pourcent</em>'.
	 * @see org.maillage.model.financement.RegleCofinancement#getPartMaxPourcent()
	 * @see #getRegleCofinancement()
	 * @generated
	 */
	EAttribute getRegleCofinancement_PartMaxPourcent();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.financement.RegleCofinancement#getPlafond <em>Plafond</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plafond</em>'.
	 * @see org.maillage.model.financement.RegleCofinancement#getPlafond()
	 * @see #getRegleCofinancement()
	 * @generated
	 */
	EAttribute getRegleCofinancement_Plafond();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.financement.RegleCofinancement#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Region</em>'.
	 * @see org.maillage.model.financement.RegleCofinancement#getRegion()
	 * @see #getRegleCofinancement()
	 * @generated
	 */
	EReference getRegleCofinancement_Region();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FinancementFactory getFinancementFactory();

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
		 * The meta object literal for the '{@link org.maillage.model.financement.impl.FondsImpl <em>Fonds</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.financement.impl.FondsImpl
		 * @see org.maillage.model.financement.impl.FinancementPackageImpl#getFonds()
		 * @generated
		 */
		EClass FONDS = eINSTANCE.getFonds();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FONDS__CODE = eINSTANCE.getFonds_Code();

		/**
		 * The meta object literal for the '{@link org.maillage.model.financement.impl.FinancementImpl <em>Financement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.financement.impl.FinancementImpl
		 * @see org.maillage.model.financement.impl.FinancementPackageImpl#getFinancement()
		 * @generated
		 */
		EClass FINANCEMENT = eINSTANCE.getFinancement();

		/**
		 * The meta object literal for the '<em><b>Financeur</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINANCEMENT__FINANCEUR = eINSTANCE.getFinancement_Financeur();

		/**
		 * The meta object literal for the '<em><b>Fonds</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINANCEMENT__FONDS = eINSTANCE.getFinancement_Fonds();

		/**
		 * The meta object literal for the '<em><b>Mission</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANCEMENT__MISSION = eINSTANCE.getFinancement_Mission();

		/**
		 * The meta object literal for the '<em><b>Montant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANCEMENT__MONTANT = eINSTANCE.getFinancement_Montant();

		/**
		 * The meta object literal for the '<em><b>Annee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINANCEMENT__ANNEE = eINSTANCE.getFinancement_Annee();

		/**
		 * The meta object literal for the '<em><b>Objet</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINANCEMENT__OBJET = eINSTANCE.getFinancement_Objet();

		/**
		 * The meta object literal for the '<em><b>Regle</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINANCEMENT__REGLE = eINSTANCE.getFinancement_Regle();

		/**
		 * The meta object literal for the '{@link org.maillage.model.financement.impl.RegleCofinancementImpl <em>Regle Cofinancement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.financement.impl.RegleCofinancementImpl
		 * @see org.maillage.model.financement.impl.FinancementPackageImpl#getRegleCofinancement()
		 * @generated
		 */
		EClass REGLE_COFINANCEMENT = eINSTANCE.getRegleCofinancement();

		/**
		 * The meta object literal for the '<em><b>Financeur</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGLE_COFINANCEMENT__FINANCEUR = eINSTANCE.getRegleCofinancement_Financeur();

		/**
		 * The meta object literal for the '<em><b>Fonds</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGLE_COFINANCEMENT__FONDS = eINSTANCE.getRegleCofinancement_Fonds();

		/**
		 * The meta object literal for the '<em><b>Type Objet</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGLE_COFINANCEMENT__TYPE_OBJET = eINSTANCE.getRegleCofinancement_TypeObjet();

		/**
		 * The meta object literal for the '<em><b>Part Max Pourcent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGLE_COFINANCEMENT__PART_MAX_POURCENT = eINSTANCE.getRegleCofinancement_PartMaxPourcent();

		/**
		 * The meta object literal for the '<em><b>Plafond</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGLE_COFINANCEMENT__PLAFOND = eINSTANCE.getRegleCofinancement_Plafond();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGLE_COFINANCEMENT__REGION = eINSTANCE.getRegleCofinancement_Region();

	}

} //FinancementPackage
