/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.territoire.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.maillage.model.MaillagePackage;

import org.maillage.model.articulation.ArticulationPackage;

import org.maillage.model.articulation.impl.ArticulationPackageImpl;

import org.maillage.model.dispositif.DispositifPackage;

import org.maillage.model.dispositif.impl.DispositifPackageImpl;

import org.maillage.model.financement.FinancementPackage;

import org.maillage.model.financement.impl.FinancementPackageImpl;

import org.maillage.model.impl.MaillagePackageImpl;

import org.maillage.model.indicateur.IndicateurPackage;

import org.maillage.model.indicateur.impl.IndicateurPackageImpl;

import org.maillage.model.instance.InstancePackage;

import org.maillage.model.instance.impl.InstancePackageImpl;

import org.maillage.model.organisation.OrganisationPackage;

import org.maillage.model.organisation.impl.OrganisationPackageImpl;

import org.maillage.model.plan.PlanPackage;

import org.maillage.model.plan.impl.PlanPackageImpl;

import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Groupement;
import org.maillage.model.territoire.NatureEpci;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.Territoire;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.model.territoire.TerritoirePackage;
import org.maillage.model.territoire.TypeGroupement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TerritoirePackageImpl extends EPackageImpl implements TerritoirePackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass territoireEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass regionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass departementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass communeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass epciEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass qpvEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass groupementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum natureEpciEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum typeGroupementEEnum = null;

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
	 * @see org.maillage.model.territoire.TerritoirePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TerritoirePackageImpl()
	{
		super(eNS_URI, TerritoireFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link TerritoirePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TerritoirePackage init()
	{
		if (isInited) return (TerritoirePackage)EPackage.Registry.INSTANCE.getEPackage(TerritoirePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTerritoirePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TerritoirePackageImpl theTerritoirePackage = registeredTerritoirePackage instanceof TerritoirePackageImpl ? (TerritoirePackageImpl)registeredTerritoirePackage : new TerritoirePackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(MaillagePackage.eNS_URI);
		MaillagePackageImpl theMaillagePackage = (MaillagePackageImpl)(registeredPackage instanceof MaillagePackageImpl ? registeredPackage : MaillagePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(OrganisationPackage.eNS_URI);
		OrganisationPackageImpl theOrganisationPackage = (OrganisationPackageImpl)(registeredPackage instanceof OrganisationPackageImpl ? registeredPackage : OrganisationPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(PlanPackage.eNS_URI);
		PlanPackageImpl thePlanPackage = (PlanPackageImpl)(registeredPackage instanceof PlanPackageImpl ? registeredPackage : PlanPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(DispositifPackage.eNS_URI);
		DispositifPackageImpl theDispositifPackage = (DispositifPackageImpl)(registeredPackage instanceof DispositifPackageImpl ? registeredPackage : DispositifPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(FinancementPackage.eNS_URI);
		FinancementPackageImpl theFinancementPackage = (FinancementPackageImpl)(registeredPackage instanceof FinancementPackageImpl ? registeredPackage : FinancementPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(IndicateurPackage.eNS_URI);
		IndicateurPackageImpl theIndicateurPackage = (IndicateurPackageImpl)(registeredPackage instanceof IndicateurPackageImpl ? registeredPackage : IndicateurPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(InstancePackage.eNS_URI);
		InstancePackageImpl theInstancePackage = (InstancePackageImpl)(registeredPackage instanceof InstancePackageImpl ? registeredPackage : InstancePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ArticulationPackage.eNS_URI);
		ArticulationPackageImpl theArticulationPackage = (ArticulationPackageImpl)(registeredPackage instanceof ArticulationPackageImpl ? registeredPackage : ArticulationPackage.eINSTANCE);

		// Create package meta-data objects
		theTerritoirePackage.createPackageContents();
		theMaillagePackage.createPackageContents();
		theOrganisationPackage.createPackageContents();
		thePlanPackage.createPackageContents();
		theDispositifPackage.createPackageContents();
		theFinancementPackage.createPackageContents();
		theIndicateurPackage.createPackageContents();
		theInstancePackage.createPackageContents();
		theArticulationPackage.createPackageContents();

		// Initialize created meta-data
		theTerritoirePackage.initializePackageContents();
		theMaillagePackage.initializePackageContents();
		theOrganisationPackage.initializePackageContents();
		thePlanPackage.initializePackageContents();
		theDispositifPackage.initializePackageContents();
		theFinancementPackage.initializePackageContents();
		theIndicateurPackage.initializePackageContents();
		theInstancePackage.initializePackageContents();
		theArticulationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theTerritoirePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TerritoirePackage.eNS_URI, theTerritoirePackage);
		return theTerritoirePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTerritoire()
	{
		return territoireEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerritoire_Code()
	{
		return (EAttribute)territoireEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTerritoire_Population()
	{
		return (EAttribute)territoireEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTerritoire_ReferenceData()
	{
		return (EReference)territoireEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegion()
	{
		return regionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRegion_Departements()
	{
		return (EReference)regionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDepartement()
	{
		return departementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDepartement_Region()
	{
		return (EReference)departementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDepartement_Communes()
	{
		return (EReference)departementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommune()
	{
		return communeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommune_Departement()
	{
		return (EReference)communeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommune_Epci()
	{
		return (EReference)communeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommune_Qpvs()
	{
		return (EReference)communeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEpci()
	{
		return epciEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpci_Nature()
	{
		return (EAttribute)epciEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEpci_Membres()
	{
		return (EReference)epciEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEpci_Qpvs()
	{
		return (EReference)epciEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQpv()
	{
		return qpvEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQpv_Communes()
	{
		return (EReference)qpvEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQpv_Epci()
	{
		return (EReference)qpvEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGroupement()
	{
		return groupementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupement_Type()
	{
		return (EAttribute)groupementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGroupement_Communes()
	{
		return (EReference)groupementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGroupement_Epcis()
	{
		return (EReference)groupementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupement_CompetencesDeleguees()
	{
		return (EAttribute)groupementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNatureEpci()
	{
		return natureEpciEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTypeGroupement()
	{
		return typeGroupementEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerritoireFactory getTerritoireFactory()
	{
		return (TerritoireFactory)getEFactoryInstance();
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
		territoireEClass = createEClass(TERRITOIRE);
		createEAttribute(territoireEClass, TERRITOIRE__CODE);
		createEAttribute(territoireEClass, TERRITOIRE__POPULATION);
		createEReference(territoireEClass, TERRITOIRE__REFERENCE_DATA);

		regionEClass = createEClass(REGION);
		createEReference(regionEClass, REGION__DEPARTEMENTS);

		departementEClass = createEClass(DEPARTEMENT);
		createEReference(departementEClass, DEPARTEMENT__REGION);
		createEReference(departementEClass, DEPARTEMENT__COMMUNES);

		communeEClass = createEClass(COMMUNE);
		createEReference(communeEClass, COMMUNE__DEPARTEMENT);
		createEReference(communeEClass, COMMUNE__EPCI);
		createEReference(communeEClass, COMMUNE__QPVS);

		epciEClass = createEClass(EPCI);
		createEAttribute(epciEClass, EPCI__NATURE);
		createEReference(epciEClass, EPCI__MEMBRES);
		createEReference(epciEClass, EPCI__QPVS);

		qpvEClass = createEClass(QPV);
		createEReference(qpvEClass, QPV__COMMUNES);
		createEReference(qpvEClass, QPV__EPCI);

		groupementEClass = createEClass(GROUPEMENT);
		createEAttribute(groupementEClass, GROUPEMENT__TYPE);
		createEReference(groupementEClass, GROUPEMENT__COMMUNES);
		createEReference(groupementEClass, GROUPEMENT__EPCIS);
		createEAttribute(groupementEClass, GROUPEMENT__COMPETENCES_DELEGUEES);

		// Create enums
		natureEpciEEnum = createEEnum(NATURE_EPCI);
		typeGroupementEEnum = createEEnum(TYPE_GROUPEMENT);
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

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		territoireEClass.getESuperTypes().add(theMaillagePackage.getElement());
		regionEClass.getESuperTypes().add(this.getTerritoire());
		departementEClass.getESuperTypes().add(this.getTerritoire());
		communeEClass.getESuperTypes().add(this.getTerritoire());
		epciEClass.getESuperTypes().add(this.getTerritoire());
		qpvEClass.getESuperTypes().add(this.getTerritoire());
		groupementEClass.getESuperTypes().add(this.getTerritoire());

		// Initialize classes, features, and operations; add parameters
		initEClass(territoireEClass, Territoire.class, "Territoire", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTerritoire_Code(), ecorePackage.getEString(), "code", null, 0, 1, Territoire.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTerritoire_Population(), ecorePackage.getEInt(), "population", null, 0, 1, Territoire.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTerritoire_ReferenceData(), theMaillagePackage.getReferenceData(), null, "referenceData", null, 0, 1, Territoire.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(regionEClass, Region.class, "Region", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRegion_Departements(), this.getDepartement(), this.getDepartement_Region(), "departements", null, 0, -1, Region.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(departementEClass, Departement.class, "Departement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDepartement_Region(), this.getRegion(), this.getRegion_Departements(), "region", null, 0, 1, Departement.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDepartement_Communes(), this.getCommune(), this.getCommune_Departement(), "communes", null, 0, -1, Departement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(communeEClass, Commune.class, "Commune", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCommune_Departement(), this.getDepartement(), this.getDepartement_Communes(), "departement", null, 0, 1, Commune.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommune_Epci(), this.getEpci(), this.getEpci_Membres(), "epci", null, 0, 1, Commune.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommune_Qpvs(), this.getQpv(), this.getQpv_Communes(), "qpvs", null, 0, -1, Commune.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(epciEClass, Epci.class, "Epci", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEpci_Nature(), this.getNatureEpci(), "nature", null, 0, 1, Epci.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEpci_Membres(), this.getCommune(), this.getCommune_Epci(), "membres", null, 0, -1, Epci.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEpci_Qpvs(), this.getQpv(), this.getQpv_Epci(), "qpvs", null, 0, -1, Epci.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(qpvEClass, Qpv.class, "Qpv", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getQpv_Communes(), this.getCommune(), this.getCommune_Qpvs(), "communes", null, 0, -1, Qpv.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQpv_Epci(), this.getEpci(), this.getEpci_Qpvs(), "epci", null, 0, 1, Qpv.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(groupementEClass, Groupement.class, "Groupement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGroupement_Type(), this.getTypeGroupement(), "type", null, 0, 1, Groupement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGroupement_Communes(), this.getCommune(), null, "communes", null, 0, -1, Groupement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGroupement_Epcis(), this.getEpci(), null, "epcis", null, 0, -1, Groupement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupement_CompetencesDeleguees(), ecorePackage.getEString(), "competencesDeleguees", null, 0, -1, Groupement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(natureEpciEEnum, NatureEpci.class, "NatureEpci");
		addEEnumLiteral(natureEpciEEnum, NatureEpci.COMMUNAUTE_DE_COMMUNES);
		addEEnumLiteral(natureEpciEEnum, NatureEpci.COMMUNAUTE_DAGGLOMERATION);
		addEEnumLiteral(natureEpciEEnum, NatureEpci.COMMUNAUTE_URBAINE);
		addEEnumLiteral(natureEpciEEnum, NatureEpci.METROPOLE);

		initEEnum(typeGroupementEEnum, TypeGroupement.class, "TypeGroupement");
		addEEnumLiteral(typeGroupementEEnum, TypeGroupement.SIVOM);
		addEEnumLiteral(typeGroupementEEnum, TypeGroupement.PETR_PAYS);
		addEEnumLiteral(typeGroupementEEnum, TypeGroupement.POLE_METROPOLITAIN);
		addEEnumLiteral(typeGroupementEEnum, TypeGroupement.SYNDICAT_MIXTE);
	}

} //TerritoirePackageImpl
