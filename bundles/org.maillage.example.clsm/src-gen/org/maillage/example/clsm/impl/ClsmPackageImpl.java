/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.example.clsm.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.maillage.example.clsm.Clsm;
import org.maillage.example.clsm.ClsmFactory;
import org.maillage.example.clsm.ClsmPackage;

import org.maillage.model.MaillagePackage;

import org.maillage.model.articulation.ArticulationPackage;

import org.maillage.model.dispositif.DispositifPackage;

import org.maillage.model.financement.FinancementPackage;

import org.maillage.model.indicateur.IndicateurPackage;

import org.maillage.model.instance.InstancePackage;

import org.maillage.model.organisation.OrganisationPackage;

import org.maillage.model.plan.PlanPackage;

import org.maillage.model.territoire.TerritoirePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ClsmPackageImpl extends EPackageImpl implements ClsmPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clsmEClass = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.maillage.example.clsm.ClsmPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ClsmPackageImpl()
	{
		super(eNS_URI, ClsmFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ClsmPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ClsmPackage init()
	{
		if (isInited) return (ClsmPackage)EPackage.Registry.INSTANCE.getEPackage(ClsmPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredClsmPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ClsmPackageImpl theClsmPackage = registeredClsmPackage instanceof ClsmPackageImpl ? (ClsmPackageImpl)registeredClsmPackage : new ClsmPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		MaillagePackage.eINSTANCE.eClass();
		TerritoirePackage.eINSTANCE.eClass();
		OrganisationPackage.eINSTANCE.eClass();
		PlanPackage.eINSTANCE.eClass();
		DispositifPackage.eINSTANCE.eClass();
		FinancementPackage.eINSTANCE.eClass();
		IndicateurPackage.eINSTANCE.eClass();
		InstancePackage.eINSTANCE.eClass();
		ArticulationPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theClsmPackage.createPackageContents();

		// Initialize created meta-data
		theClsmPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theClsmPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ClsmPackage.eNS_URI, theClsmPackage);
		return theClsmPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClsm()
	{
		return clsmEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClsm_Coordonnateur()
	{
		return (EAttribute)clsmEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClsm_DateCreation()
	{
		return (EAttribute)clsmEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClsm_Communes()
	{
		return (EReference)clsmEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClsm_Epcis()
	{
		return (EReference)clsmEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClsm_Cls()
	{
		return (EReference)clsmEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClsm_Cpts()
	{
		return (EReference)clsmEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClsmFactory getClsmFactory()
	{
		return (ClsmFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents()
	{
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		clsmEClass = createEClass(CLSM);
		createEAttribute(clsmEClass, CLSM__COORDONNATEUR);
		createEAttribute(clsmEClass, CLSM__DATE_CREATION);
		createEReference(clsmEClass, CLSM__COMMUNES);
		createEReference(clsmEClass, CLSM__EPCIS);
		createEReference(clsmEClass, CLSM__CLS);
		createEReference(clsmEClass, CLSM__CPTS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents()
	{
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		DispositifPackage theDispositifPackage = (DispositifPackage)EPackage.Registry.INSTANCE.getEPackage(DispositifPackage.eNS_URI);
		MaillagePackage theMaillagePackage = (MaillagePackage)EPackage.Registry.INSTANCE.getEPackage(MaillagePackage.eNS_URI);
		TerritoirePackage theTerritoirePackage = (TerritoirePackage)EPackage.Registry.INSTANCE.getEPackage(TerritoirePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		clsmEClass.getESuperTypes().add(theDispositifPackage.getDispositif());

		// Initialize classes, features, and operations; add parameters
		initEClass(clsmEClass, Clsm.class, "Clsm", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getClsm_Coordonnateur(), ecorePackage.getEString(), "coordonnateur", null, 0, 1, Clsm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClsm_DateCreation(), theMaillagePackage.getLocalDate(), "dateCreation", null, 0, 1, Clsm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClsm_Communes(), theTerritoirePackage.getCommune(), null, "communes", null, 0, -1, Clsm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClsm_Epcis(), theTerritoirePackage.getEpci(), null, "epcis", null, 0, -1, Clsm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClsm_Cls(), theDispositifPackage.getCls(), null, "cls", null, 0, 1, Clsm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClsm_Cpts(), theDispositifPackage.getCpts(), null, "cpts", null, 0, -1, Clsm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Create resource
		createResource(eNS_URI);
	}

} //ClsmPackageImpl
