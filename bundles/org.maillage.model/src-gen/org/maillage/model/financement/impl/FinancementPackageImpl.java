/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.financement.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.maillage.model.MaillagePackage;

import org.maillage.model.articulation.ArticulationPackage;

import org.maillage.model.articulation.impl.ArticulationPackageImpl;

import org.maillage.model.dispositif.DispositifPackage;

import org.maillage.model.dispositif.impl.DispositifPackageImpl;

import org.maillage.model.financement.Financement;
import org.maillage.model.financement.FinancementFactory;
import org.maillage.model.financement.FinancementPackage;
import org.maillage.model.financement.Fonds;
import org.maillage.model.financement.RegleCofinancement;

import org.maillage.model.impl.MaillagePackageImpl;

import org.maillage.model.indicateur.IndicateurPackage;

import org.maillage.model.indicateur.impl.IndicateurPackageImpl;

import org.maillage.model.instance.InstancePackage;

import org.maillage.model.instance.impl.InstancePackageImpl;

import org.maillage.model.organisation.OrganisationPackage;

import org.maillage.model.organisation.impl.OrganisationPackageImpl;

import org.maillage.model.plan.PlanPackage;

import org.maillage.model.plan.impl.PlanPackageImpl;

import org.maillage.model.territoire.TerritoirePackage;

import org.maillage.model.territoire.impl.TerritoirePackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FinancementPackageImpl extends EPackageImpl implements FinancementPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fondsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass financementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass regleCofinancementEClass = null;

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
	 * @see org.maillage.model.financement.FinancementPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private FinancementPackageImpl()
	{
		super(eNS_URI, FinancementFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link FinancementPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static FinancementPackage init()
	{
		if (isInited) return (FinancementPackage)EPackage.Registry.INSTANCE.getEPackage(FinancementPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredFinancementPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		FinancementPackageImpl theFinancementPackage = registeredFinancementPackage instanceof FinancementPackageImpl ? (FinancementPackageImpl)registeredFinancementPackage : new FinancementPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(MaillagePackage.eNS_URI);
		MaillagePackageImpl theMaillagePackage = (MaillagePackageImpl)(registeredPackage instanceof MaillagePackageImpl ? registeredPackage : MaillagePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TerritoirePackage.eNS_URI);
		TerritoirePackageImpl theTerritoirePackage = (TerritoirePackageImpl)(registeredPackage instanceof TerritoirePackageImpl ? registeredPackage : TerritoirePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(OrganisationPackage.eNS_URI);
		OrganisationPackageImpl theOrganisationPackage = (OrganisationPackageImpl)(registeredPackage instanceof OrganisationPackageImpl ? registeredPackage : OrganisationPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(PlanPackage.eNS_URI);
		PlanPackageImpl thePlanPackage = (PlanPackageImpl)(registeredPackage instanceof PlanPackageImpl ? registeredPackage : PlanPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DispositifPackage.eNS_URI);
		DispositifPackageImpl theDispositifPackage = (DispositifPackageImpl)(registeredPackage instanceof DispositifPackageImpl ? registeredPackage : DispositifPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(IndicateurPackage.eNS_URI);
		IndicateurPackageImpl theIndicateurPackage = (IndicateurPackageImpl)(registeredPackage instanceof IndicateurPackageImpl ? registeredPackage : IndicateurPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(InstancePackage.eNS_URI);
		InstancePackageImpl theInstancePackage = (InstancePackageImpl)(registeredPackage instanceof InstancePackageImpl ? registeredPackage : InstancePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ArticulationPackage.eNS_URI);
		ArticulationPackageImpl theArticulationPackage = (ArticulationPackageImpl)(registeredPackage instanceof ArticulationPackageImpl ? registeredPackage : ArticulationPackage.eINSTANCE);

		// Create package meta-data objects
		theFinancementPackage.createPackageContents();
		theMaillagePackage.createPackageContents();
		theTerritoirePackage.createPackageContents();
		theOrganisationPackage.createPackageContents();
		thePlanPackage.createPackageContents();
		theDispositifPackage.createPackageContents();
		theIndicateurPackage.createPackageContents();
		theInstancePackage.createPackageContents();
		theArticulationPackage.createPackageContents();

		// Initialize created meta-data
		theFinancementPackage.initializePackageContents();
		theMaillagePackage.initializePackageContents();
		theTerritoirePackage.initializePackageContents();
		theOrganisationPackage.initializePackageContents();
		thePlanPackage.initializePackageContents();
		theDispositifPackage.initializePackageContents();
		theIndicateurPackage.initializePackageContents();
		theInstancePackage.initializePackageContents();
		theArticulationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theFinancementPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(FinancementPackage.eNS_URI, theFinancementPackage);
		return theFinancementPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFonds()
	{
		return fondsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFonds_Code()
	{
		return (EAttribute)fondsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFinancement()
	{
		return financementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinancement_Financeur()
	{
		return (EReference)financementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinancement_Fonds()
	{
		return (EReference)financementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinancement_Mission()
	{
		return (EAttribute)financementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinancement_Montant()
	{
		return (EAttribute)financementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinancement_Annee()
	{
		return (EAttribute)financementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinancement_Objet()
	{
		return (EReference)financementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFinancement_Regle()
	{
		return (EReference)financementEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegleCofinancement()
	{
		return regleCofinancementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegleCofinancement_Financeur()
	{
		return (EReference)regleCofinancementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegleCofinancement_Fonds()
	{
		return (EReference)regleCofinancementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegleCofinancement_TypeObjet()
	{
		return (EReference)regleCofinancementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegleCofinancement_PartMaxPourcent()
	{
		return (EAttribute)regleCofinancementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegleCofinancement_Plafond()
	{
		return (EAttribute)regleCofinancementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegleCofinancement_Region()
	{
		return (EReference)regleCofinancementEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FinancementFactory getFinancementFactory()
	{
		return (FinancementFactory)getEFactoryInstance();
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
		fondsEClass = createEClass(FONDS);
		createEAttribute(fondsEClass, FONDS__CODE);

		financementEClass = createEClass(FINANCEMENT);
		createEReference(financementEClass, FINANCEMENT__FINANCEUR);
		createEReference(financementEClass, FINANCEMENT__FONDS);
		createEAttribute(financementEClass, FINANCEMENT__MISSION);
		createEAttribute(financementEClass, FINANCEMENT__MONTANT);
		createEAttribute(financementEClass, FINANCEMENT__ANNEE);
		createEReference(financementEClass, FINANCEMENT__OBJET);
		createEReference(financementEClass, FINANCEMENT__REGLE);

		regleCofinancementEClass = createEClass(REGLE_COFINANCEMENT);
		createEReference(regleCofinancementEClass, REGLE_COFINANCEMENT__FINANCEUR);
		createEReference(regleCofinancementEClass, REGLE_COFINANCEMENT__FONDS);
		createEReference(regleCofinancementEClass, REGLE_COFINANCEMENT__TYPE_OBJET);
		createEAttribute(regleCofinancementEClass, REGLE_COFINANCEMENT__PART_MAX_POURCENT);
		createEAttribute(regleCofinancementEClass, REGLE_COFINANCEMENT__PLAFOND);
		createEReference(regleCofinancementEClass, REGLE_COFINANCEMENT__REGION);
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
		MaillagePackage theMaillagePackage = (MaillagePackage)EPackage.Registry.INSTANCE.getEPackage(MaillagePackage.eNS_URI);
		OrganisationPackage theOrganisationPackage = (OrganisationPackage)EPackage.Registry.INSTANCE.getEPackage(OrganisationPackage.eNS_URI);
		TerritoirePackage theTerritoirePackage = (TerritoirePackage)EPackage.Registry.INSTANCE.getEPackage(TerritoirePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		fondsEClass.getESuperTypes().add(theMaillagePackage.getElement());
		financementEClass.getESuperTypes().add(theMaillagePackage.getElement());
		regleCofinancementEClass.getESuperTypes().add(theMaillagePackage.getElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(fondsEClass, Fonds.class, "Fonds", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFonds_Code(), ecorePackage.getEString(), "code", null, 0, 1, Fonds.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(financementEClass, Financement.class, "Financement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFinancement_Financeur(), theOrganisationPackage.getOrganisation(), null, "financeur", null, 0, 1, Financement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinancement_Fonds(), this.getFonds(), null, "fonds", null, 0, 1, Financement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinancement_Mission(), ecorePackage.getEString(), "mission", null, 0, 1, Financement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinancement_Montant(), ecorePackage.getEBigDecimal(), "montant", null, 0, 1, Financement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinancement_Annee(), ecorePackage.getEInt(), "annee", null, 0, 1, Financement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinancement_Objet(), theMaillagePackage.getElement(), null, "objet", null, 0, 1, Financement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFinancement_Regle(), this.getRegleCofinancement(), null, "regle", null, 0, 1, Financement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(regleCofinancementEClass, RegleCofinancement.class, "RegleCofinancement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRegleCofinancement_Financeur(), theOrganisationPackage.getOrganisation(), null, "financeur", null, 0, 1, RegleCofinancement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegleCofinancement_Fonds(), this.getFonds(), null, "fonds", null, 0, 1, RegleCofinancement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegleCofinancement_TypeObjet(), ecorePackage.getEClass(), null, "typeObjet", null, 0, 1, RegleCofinancement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegleCofinancement_PartMaxPourcent(), ecorePackage.getEBigDecimal(), "partMaxPourcent", null, 0, 1, RegleCofinancement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegleCofinancement_Plafond(), ecorePackage.getEBigDecimal(), "plafond", null, 0, 1, RegleCofinancement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRegleCofinancement_Region(), theTerritoirePackage.getRegion(), null, "region", null, 0, 1, RegleCofinancement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
	}

} //FinancementPackageImpl
