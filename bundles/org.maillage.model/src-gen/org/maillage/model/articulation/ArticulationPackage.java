/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.articulation;

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
 * Typed links between any two elements, for the links the metamodel does not name. Kinds are data, so that plug-ins and users can add them.
 * <!-- end-model-doc -->
 * @see org.maillage.model.articulation.ArticulationFactory
 * @model kind="package"
 * @generated
 */
public interface ArticulationPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "articulation";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://maillage.org/model/1.0/articulation";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "articulation";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ArticulationPackage eINSTANCE = org.maillage.model.articulation.impl.ArticulationPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.maillage.model.articulation.impl.TypeArticulationImpl <em>Type Articulation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.articulation.impl.TypeArticulationImpl
	 * @see org.maillage.model.articulation.impl.ArticulationPackageImpl#getTypeArticulation()
	 * @generated
	 */
	int TYPE_ARTICULATION = 0;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPE_ARTICULATION__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPE_ARTICULATION__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPE_ARTICULATION__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPE_ARTICULATION__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPE_ARTICULATION__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Identifiant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPE_ARTICULATION__IDENTIFIANT = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Libelle Inverse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPE_ARTICULATION__LIBELLE_INVERSE = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Oriente</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPE_ARTICULATION__ORIENTE = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Type Articulation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPE_ARTICULATION_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Type Articulation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TYPE_ARTICULATION_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.maillage.model.articulation.impl.ArticulationImpl <em>Articulation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.maillage.model.articulation.impl.ArticulationImpl
	 * @see org.maillage.model.articulation.impl.ArticulationPackageImpl#getArticulation()
	 * @generated
	 */
	int ARTICULATION = 1;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICULATION__UUID = MaillagePackage.ELEMENT__UUID;

	/**
	 * The feature id for the '<em><b>Nom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICULATION__NOM = MaillagePackage.ELEMENT__NOM;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICULATION__DESCRIPTION = MaillagePackage.ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICULATION__ILLUSTRATIVE = MaillagePackage.ELEMENT__ILLUSTRATIVE;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICULATION__CITATIONS = MaillagePackage.ELEMENT__CITATIONS;

	/**
	 * The feature id for the '<em><b>Type</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICULATION__TYPE = MaillagePackage.ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICULATION__SOURCE = MaillagePackage.ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICULATION__CIBLE = MaillagePackage.ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Articulation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICULATION_FEATURE_COUNT = MaillagePackage.ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Articulation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTICULATION_OPERATION_COUNT = MaillagePackage.ELEMENT_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.maillage.model.articulation.TypeArticulation <em>Type Articulation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Type Articulation</em>'.
	 * @see org.maillage.model.articulation.TypeArticulation
	 * @generated
	 */
	EClass getTypeArticulation();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.articulation.TypeArticulation#getIdentifiant <em>Identifiant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identifiant</em>'.
	 * @see org.maillage.model.articulation.TypeArticulation#getIdentifiant()
	 * @see #getTypeArticulation()
	 * @generated
	 */
	EAttribute getTypeArticulation_Identifiant();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.articulation.TypeArticulation#getLibelleInverse <em>Libelle Inverse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Libelle Inverse</em>'.
	 * @see org.maillage.model.articulation.TypeArticulation#getLibelleInverse()
	 * @see #getTypeArticulation()
	 * @generated
	 */
	EAttribute getTypeArticulation_LibelleInverse();

	/**
	 * Returns the meta object for the attribute '{@link org.maillage.model.articulation.TypeArticulation#isOriente <em>Oriente</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Oriente</em>'.
	 * @see org.maillage.model.articulation.TypeArticulation#isOriente()
	 * @see #getTypeArticulation()
	 * @generated
	 */
	EAttribute getTypeArticulation_Oriente();

	/**
	 * Returns the meta object for class '{@link org.maillage.model.articulation.Articulation <em>Articulation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Articulation</em>'.
	 * @see org.maillage.model.articulation.Articulation
	 * @generated
	 */
	EClass getArticulation();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.articulation.Articulation#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Type</em>'.
	 * @see org.maillage.model.articulation.Articulation#getType()
	 * @see #getArticulation()
	 * @generated
	 */
	EReference getArticulation_Type();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.articulation.Articulation#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.maillage.model.articulation.Articulation#getSource()
	 * @see #getArticulation()
	 * @generated
	 */
	EReference getArticulation_Source();

	/**
	 * Returns the meta object for the reference '{@link org.maillage.model.articulation.Articulation#getCible <em>Cible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cible</em>'.
	 * @see org.maillage.model.articulation.Articulation#getCible()
	 * @see #getArticulation()
	 * @generated
	 */
	EReference getArticulation_Cible();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ArticulationFactory getArticulationFactory();

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
		 * The meta object literal for the '{@link org.maillage.model.articulation.impl.TypeArticulationImpl <em>Type Articulation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.articulation.impl.TypeArticulationImpl
		 * @see org.maillage.model.articulation.impl.ArticulationPackageImpl#getTypeArticulation()
		 * @generated
		 */
		EClass TYPE_ARTICULATION = eINSTANCE.getTypeArticulation();

		/**
		 * The meta object literal for the '<em><b>Identifiant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPE_ARTICULATION__IDENTIFIANT = eINSTANCE.getTypeArticulation_Identifiant();

		/**
		 * The meta object literal for the '<em><b>Libelle Inverse</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPE_ARTICULATION__LIBELLE_INVERSE = eINSTANCE.getTypeArticulation_LibelleInverse();

		/**
		 * The meta object literal for the '<em><b>Oriente</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TYPE_ARTICULATION__ORIENTE = eINSTANCE.getTypeArticulation_Oriente();

		/**
		 * The meta object literal for the '{@link org.maillage.model.articulation.impl.ArticulationImpl <em>Articulation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.maillage.model.articulation.impl.ArticulationImpl
		 * @see org.maillage.model.articulation.impl.ArticulationPackageImpl#getArticulation()
		 * @generated
		 */
		EClass ARTICULATION = eINSTANCE.getArticulation();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARTICULATION__TYPE = eINSTANCE.getArticulation_Type();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARTICULATION__SOURCE = eINSTANCE.getArticulation_Source();

		/**
		 * The meta object literal for the '<em><b>Cible</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARTICULATION__CIBLE = eINSTANCE.getArticulation_Cible();

	}

} //ArticulationPackage
