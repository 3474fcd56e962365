/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.organisation.impl;

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

import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.OrganisationFactory;
import org.maillage.model.organisation.OrganisationPackage;
import org.maillage.model.organisation.Role;
import org.maillage.model.organisation.TypeOrganisation;

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
public class OrganisationPackageImpl extends EPackageImpl implements OrganisationPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass roleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum typeOrganisationEEnum = null;

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
	 * @see org.maillage.model.organisation.OrganisationPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private OrganisationPackageImpl()
	{
		super(eNS_URI, OrganisationFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link OrganisationPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static OrganisationPackage init()
	{
		if (isInited) return (OrganisationPackage)EPackage.Registry.INSTANCE.getEPackage(OrganisationPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredOrganisationPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		OrganisationPackageImpl theOrganisationPackage = registeredOrganisationPackage instanceof OrganisationPackageImpl ? (OrganisationPackageImpl)registeredOrganisationPackage : new OrganisationPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(MaillagePackage.eNS_URI);
		MaillagePackageImpl theMaillagePackage = (MaillagePackageImpl)(registeredPackage instanceof MaillagePackageImpl ? registeredPackage : MaillagePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(TerritoirePackage.eNS_URI);
		TerritoirePackageImpl theTerritoirePackage = (TerritoirePackageImpl)(registeredPackage instanceof TerritoirePackageImpl ? registeredPackage : TerritoirePackage.eINSTANCE);
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
		theOrganisationPackage.createPackageContents();
		theMaillagePackage.createPackageContents();
		theTerritoirePackage.createPackageContents();
		thePlanPackage.createPackageContents();
		theDispositifPackage.createPackageContents();
		theFinancementPackage.createPackageContents();
		theIndicateurPackage.createPackageContents();
		theInstancePackage.createPackageContents();
		theArticulationPackage.createPackageContents();

		// Initialize created meta-data
		theOrganisationPackage.initializePackageContents();
		theMaillagePackage.initializePackageContents();
		theTerritoirePackage.initializePackageContents();
		thePlanPackage.initializePackageContents();
		theDispositifPackage.initializePackageContents();
		theFinancementPackage.initializePackageContents();
		theIndicateurPackage.initializePackageContents();
		theInstancePackage.initializePackageContents();
		theArticulationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theOrganisationPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(OrganisationPackage.eNS_URI, theOrganisationPackage);
		return theOrganisationPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganisation()
	{
		return organisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Type()
	{
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Identifiant()
	{
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganisation_Courriel()
	{
		return (EAttribute)organisationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_Territoire()
	{
		return (EReference)organisationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOrganisation_Roles()
	{
		return (EReference)organisationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRole()
	{
		return roleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRole_Organisation()
	{
		return (EReference)roleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRole_Courriel()
	{
		return (EAttribute)roleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTypeOrganisation()
	{
		return typeOrganisationEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationFactory getOrganisationFactory()
	{
		return (OrganisationFactory)getEFactoryInstance();
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
		organisationEClass = createEClass(ORGANISATION);
		createEAttribute(organisationEClass, ORGANISATION__TYPE);
		createEAttribute(organisationEClass, ORGANISATION__IDENTIFIANT);
		createEAttribute(organisationEClass, ORGANISATION__COURRIEL);
		createEReference(organisationEClass, ORGANISATION__TERRITOIRE);
		createEReference(organisationEClass, ORGANISATION__ROLES);

		roleEClass = createEClass(ROLE);
		createEReference(roleEClass, ROLE__ORGANISATION);
		createEAttribute(roleEClass, ROLE__COURRIEL);

		// Create enums
		typeOrganisationEEnum = createEEnum(TYPE_ORGANISATION);
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
		TerritoirePackage theTerritoirePackage = (TerritoirePackage)EPackage.Registry.INSTANCE.getEPackage(TerritoirePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		organisationEClass.getESuperTypes().add(theMaillagePackage.getElement());
		roleEClass.getESuperTypes().add(theMaillagePackage.getElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(organisationEClass, Organisation.class, "Organisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganisation_Type(), this.getTypeOrganisation(), "type", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Identifiant(), ecorePackage.getEString(), "identifiant", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganisation_Courriel(), ecorePackage.getEString(), "courriel", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisation_Territoire(), theTerritoirePackage.getTerritoire(), null, "territoire", null, 0, 1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOrganisation_Roles(), this.getRole(), this.getRole_Organisation(), "roles", null, 0, -1, Organisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(roleEClass, Role.class, "Role", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRole_Organisation(), this.getOrganisation(), this.getOrganisation_Roles(), "organisation", null, 0, 1, Role.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRole_Courriel(), ecorePackage.getEString(), "courriel", null, 0, 1, Role.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(typeOrganisationEEnum, TypeOrganisation.class, "TypeOrganisation");
		addEEnumLiteral(typeOrganisationEEnum, TypeOrganisation.ARS);
		addEEnumLiteral(typeOrganisationEEnum, TypeOrganisation.ETAT);
		addEEnumLiteral(typeOrganisationEEnum, TypeOrganisation.COLLECTIVITE);
		addEEnumLiteral(typeOrganisationEEnum, TypeOrganisation.ASSURANCE_MALADIE);
		addEEnumLiteral(typeOrganisationEEnum, TypeOrganisation.ETABLISSEMENT_SANTE);
		addEEnumLiteral(typeOrganisationEEnum, TypeOrganisation.ETABLISSEMENT_MEDICO_SOCIAL);
		addEEnumLiteral(typeOrganisationEEnum, TypeOrganisation.PROFESSIONNELS_SANTE);
		addEEnumLiteral(typeOrganisationEEnum, TypeOrganisation.ASSOCIATION);
		addEEnumLiteral(typeOrganisationEEnum, TypeOrganisation.AUTRE);
	}

} //OrganisationPackageImpl
