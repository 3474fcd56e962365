/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.indicateur;

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
 * Indicators and their yearly values: aggregates only, never data about persons.
 * <!-- end-model-doc -->
 * @see org.maillage.model.indicateur.IndicateurFactory
 * @model kind="package"
 * @generated
 */
public interface IndicateurPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "indicateur";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://maillage.org/model/1.0/indicateur";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "indicateur";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	IndicateurPackage eINSTANCE = org.maillage.model.indicateur.impl.IndicateurPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.maillage.model.indicateur.impl.IndicateurImpl <em>Indicateur</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.indicateur.impl.IndicateurImpl
	 * @see org.maillage.model.indicateur.impl.IndicateurPackageImpl#getIndicateur()
	 * @generated
	 */
	int INDICATEUR = 0;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATEUR__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATEUR__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATEUR__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATEUR__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATEUR__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATEUR__DEFINITION = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unite</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATEUR__UNITE = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATEUR__SOURCE = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATEUR__REFERENCE = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Annee Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATEUR__ANNEE_REFERENCE = MaillagePackage.ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Cible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATEUR__CIBLE = MaillagePackage.ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Annee Cible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATEUR__ANNEE_CIBLE = MaillagePackage.ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Valeurs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATEUR__VALEURS = MaillagePackage.ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Indicateur</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATEUR_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Indicateur</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATEUR_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.indicateur.impl.ValeurAnnuelleImpl <em>Valeur Annuelle</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.indicateur.impl.ValeurAnnuelleImpl
	 * @see org.maillage.model.indicateur.impl.IndicateurPackageImpl#getValeurAnnuelle()
	 * @generated
	 */
	int VALEUR_ANNUELLE = 1;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALEUR_ANNUELLE__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALEUR_ANNUELLE__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALEUR_ANNUELLE__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALEUR_ANNUELLE__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALEUR_ANNUELLE__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Indicateur</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALEUR_ANNUELLE__INDICATEUR = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Annee</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALEUR_ANNUELLE__ANNEE = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Valeur</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALEUR_ANNUELLE__VALEUR = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Valeur Annuelle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALEUR_ANNUELLE_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Valeur Annuelle</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALEUR_ANNUELLE_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.maillage.model.indicateur.Indicateur <em>Indicateur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicateur</em>'.
	 * @see org.maillage.model.indicateur.Indicateur
	 * @generated
	 */
	EClass getIndicateur();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.indicateur.Indicateur#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition</em>'.
	 * @see org.maillage.model.indicateur.Indicateur#getDefinition()
	 * @see #getIndicateur()
	 * @generated
	 */
	EAttribute getIndicateur_Definition();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.indicateur.Indicateur#getUnite <em>Unite</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unite</em>'.
	 * @see org.maillage.model.indicateur.Indicateur#getUnite()
	 * @see #getIndicateur()
	 * @generated
	 */
	EAttribute getIndicateur_Unite();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.indicateur.Indicateur#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.maillage.model.indicateur.Indicateur#getSource()
	 * @see #getIndicateur()
	 * @generated
	 */
	EAttribute getIndicateur_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.indicateur.Indicateur#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.maillage.model.indicateur.Indicateur#getReference()
	 * @see #getIndicateur()
	 * @generated
	 */
	EAttribute getIndicateur_Reference();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.indicateur.Indicateur#getAnneeReference <em>Annee Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annee Reference</em>'.
	 * @see org.maillage.model.indicateur.Indicateur#getAnneeReference()
	 * @see #getIndicateur()
	 * @generated
	 */
	EAttribute getIndicateur_AnneeReference();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.indicateur.Indicateur#getCible <em>Cible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cible</em>'.
	 * @see org.maillage.model.indicateur.Indicateur#getCible()
	 * @see #getIndicateur()
	 * @generated
	 */
	EAttribute getIndicateur_Cible();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.indicateur.Indicateur#getAnneeCible <em>Annee Cible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annee Cible</em>'.
	 * @see org.maillage.model.indicateur.Indicateur#getAnneeCible()
	 * @see #getIndicateur()
	 * @generated
	 */
	EAttribute getIndicateur_AnneeCible();

	/**
	 * Returns the meta object for the containment reference list '{@link org.maillage.model.indicateur.Indicateur#getValeurs <em>Valeurs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Valeurs</em>'.
	 * @see org.maillage.model.indicateur.Indicateur#getValeurs()
	 * @see #getIndicateur()
	 * @generated
	 */
	EReference getIndicateur_Valeurs();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.indicateur.ValeurAnnuelle <em>Valeur Annuelle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Valeur Annuelle</em>'.
	 * @see org.maillage.model.indicateur.ValeurAnnuelle
	 * @generated
	 */
	EClass getValeurAnnuelle();

	/**
	 * Returns the meta object for the container reference '{@link org.maillage.model.indicateur.ValeurAnnuelle#getIndicateur <em>Indicateur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Indicateur</em>'.
	 * @see org.maillage.model.indicateur.ValeurAnnuelle#getIndicateur()
	 * @see #getValeurAnnuelle()
	 * @generated
	 */
	EReference getValeurAnnuelle_Indicateur();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.indicateur.ValeurAnnuelle#getAnnee <em>Annee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Annee</em>'.
	 * @see org.maillage.model.indicateur.ValeurAnnuelle#getAnnee()
	 * @see #getValeurAnnuelle()
	 * @generated
	 */
	EAttribute getValeurAnnuelle_Annee();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.indicateur.ValeurAnnuelle#getValeur <em>Valeur</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valeur</em>'.
	 * @see org.maillage.model.indicateur.ValeurAnnuelle#getValeur()
	 * @see #getValeurAnnuelle()
	 * @generated
	 */
	EAttribute getValeurAnnuelle_Valeur();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	IndicateurFactory getIndicateurFactory();

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
		 * The meta object literal for the '{@link org.maillage.model.indicateur.impl.IndicateurImpl <em>Indicateur</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.indicateur.impl.IndicateurImpl
		 * @see org.maillage.model.indicateur.impl.IndicateurPackageImpl#getIndicateur()
		 * @generated
		 */
		EClass INDICATEUR = eINSTANCE.getIndicateur();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATEUR__DEFINITION = eINSTANCE.getIndicateur_Definition();

		/**
		 * The meta object literal for the '<em><b>Unite</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATEUR__UNITE = eINSTANCE.getIndicateur_Unite();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATEUR__SOURCE = eINSTANCE.getIndicateur_Source();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATEUR__REFERENCE = eINSTANCE.getIndicateur_Reference();

		/**
		 * The meta object literal for the '<em><b>Annee Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATEUR__ANNEE_REFERENCE = eINSTANCE.getIndicateur_AnneeReference();

		/**
		 * The meta object literal for the '<em><b>Cible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATEUR__CIBLE = eINSTANCE.getIndicateur_Cible();

		/**
		 * The meta object literal for the '<em><b>Annee Cible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATEUR__ANNEE_CIBLE = eINSTANCE.getIndicateur_AnneeCible();

		/**
		 * The meta object literal for the '<em><b>Valeurs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATEUR__VALEURS = eINSTANCE.getIndicateur_Valeurs();

		/**
		 * The meta object literal for the '{@link org.maillage.model.indicateur.impl.ValeurAnnuelleImpl <em>Valeur Annuelle</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.indicateur.impl.ValeurAnnuelleImpl
		 * @see org.maillage.model.indicateur.impl.IndicateurPackageImpl#getValeurAnnuelle()
		 * @generated
		 */
		EClass VALEUR_ANNUELLE = eINSTANCE.getValeurAnnuelle();

		/**
		 * The meta object literal for the '<em><b>Indicateur</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALEUR_ANNUELLE__INDICATEUR = eINSTANCE.getValeurAnnuelle_Indicateur();

		/**
		 * The meta object literal for the '<em><b>Annee</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALEUR_ANNUELLE__ANNEE = eINSTANCE.getValeurAnnuelle_Annee();

		/**
		 * The meta object literal for the '<em><b>Valeur</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALEUR_ANNUELLE__VALEUR = eINSTANCE.getValeurAnnuelle_Valeur();

	}

} //IndicateurPackage
