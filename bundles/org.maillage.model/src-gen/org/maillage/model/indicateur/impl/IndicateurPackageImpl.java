/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.indicateur.impl;

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

import org.maillage.model.financement.FinancementPackage;

import org.maillage.model.financement.impl.FinancementPackageImpl;

import org.maillage.model.impl.MaillagePackageImpl;

import org.maillage.model.indicateur.Indicateur;
import org.maillage.model.indicateur.IndicateurFactory;
import org.maillage.model.indicateur.IndicateurPackage;
import org.maillage.model.indicateur.ValeurAnnuelle;

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
public class IndicateurPackageImpl extends EPackageImpl implements IndicateurPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicateurEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass valeurAnnuelleEClass = null;

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
	 * @see org.maillage.model.indicateur.IndicateurPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private IndicateurPackageImpl()
	{
		super(eNS_URI, IndicateurFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link IndicateurPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static IndicateurPackage init()
	{
		if (isInited) return (IndicateurPackage)EPackage.Registry.INSTANCE.getEPackage(IndicateurPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredIndicateurPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		IndicateurPackageImpl theIndicateurPackage = registeredIndicateurPackage instanceof IndicateurPackageImpl ? (IndicateurPackageImpl)registeredIndicateurPackage : new IndicateurPackageImpl();

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
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(FinancementPackage.eNS_URI);
		FinancementPackageImpl theFinancementPackage = (FinancementPackageImpl)(registeredPackage instanceof FinancementPackageImpl ? registeredPackage : FinancementPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(InstancePackage.eNS_URI);
		InstancePackageImpl theInstancePackage = (InstancePackageImpl)(registeredPackage instanceof InstancePackageImpl ? registeredPackage : InstancePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ArticulationPackage.eNS_URI);
		ArticulationPackageImpl theArticulationPackage = (ArticulationPackageImpl)(registeredPackage instanceof ArticulationPackageImpl ? registeredPackage : ArticulationPackage.eINSTANCE);

		// Create package meta-data objects
		theIndicateurPackage.createPackageContents();
		theMaillagePackage.createPackageContents();
		theTerritoirePackage.createPackageContents();
		theOrganisationPackage.createPackageContents();
		thePlanPackage.createPackageContents();
		theDispositifPackage.createPackageContents();
		theFinancementPackage.createPackageContents();
		theInstancePackage.createPackageContents();
		theArticulationPackage.createPackageContents();

		// Initialize created meta-data
		theIndicateurPackage.initializePackageContents();
		theMaillagePackage.initializePackageContents();
		theTerritoirePackage.initializePackageContents();
		theOrganisationPackage.initializePackageContents();
		thePlanPackage.initializePackageContents();
		theDispositifPackage.initializePackageContents();
		theFinancementPackage.initializePackageContents();
		theInstancePackage.initializePackageContents();
		theArticulationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theIndicateurPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(IndicateurPackage.eNS_URI, theIndicateurPackage);
		return theIndicateurPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicateur()
	{
		return indicateurEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicateur_Definition()
	{
		return (EAttribute)indicateurEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicateur_Unite()
	{
		return (EAttribute)indicateurEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicateur_Source()
	{
		return (EAttribute)indicateurEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicateur_Reference()
	{
		return (EAttribute)indicateurEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicateur_AnneeReference()
	{
		return (EAttribute)indicateurEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicateur_Cible()
	{
		return (EAttribute)indicateurEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicateur_AnneeCible()
	{
		return (EAttribute)indicateurEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicateur_Valeurs()
	{
		return (EReference)indicateurEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getValeurAnnuelle()
	{
		return valeurAnnuelleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getValeurAnnuelle_Indicateur()
	{
		return (EReference)valeurAnnuelleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValeurAnnuelle_Annee()
	{
		return (EAttribute)valeurAnnuelleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValeurAnnuelle_Valeur()
	{
		return (EAttribute)valeurAnnuelleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicateurFactory getIndicateurFactory()
	{
		return (IndicateurFactory)getEFactoryInstance();
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
		indicateurEClass = createEClass(INDICATEUR);
		createEAttribute(indicateurEClass, INDICATEUR__DEFINITION);
		createEAttribute(indicateurEClass, INDICATEUR__UNITE);
		createEAttribute(indicateurEClass, INDICATEUR__SOURCE);
		createEAttribute(indicateurEClass, INDICATEUR__REFERENCE);
		createEAttribute(indicateurEClass, INDICATEUR__ANNEE_REFERENCE);
		createEAttribute(indicateurEClass, INDICATEUR__CIBLE);
		createEAttribute(indicateurEClass, INDICATEUR__ANNEE_CIBLE);
		createEReference(indicateurEClass, INDICATEUR__VALEURS);

		valeurAnnuelleEClass = createEClass(VALEUR_ANNUELLE);
		createEReference(valeurAnnuelleEClass, VALEUR_ANNUELLE__INDICATEUR);
		createEAttribute(valeurAnnuelleEClass, VALEUR_ANNUELLE__ANNEE);
		createEAttribute(valeurAnnuelleEClass, VALEUR_ANNUELLE__VALEUR);
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
		indicateurEClass.getESuperTypes().add(theMaillagePackage.getElement());
		valeurAnnuelleEClass.getESuperTypes().add(theMaillagePackage.getElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(indicateurEClass, Indicateur.class, "Indicateur", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndicateur_Definition(), ecorePackage.getEString(), "definition", null, 0, 1, Indicateur.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicateur_Unite(), ecorePackage.getEString(), "unite", null, 0, 1, Indicateur.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicateur_Source(), ecorePackage.getEString(), "source", null, 0, 1, Indicateur.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicateur_Reference(), ecorePackage.getEBigDecimal(), "reference", null, 0, 1, Indicateur.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicateur_AnneeReference(), ecorePackage.getEInt(), "anneeReference", null, 0, 1, Indicateur.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicateur_Cible(), ecorePackage.getEBigDecimal(), "cible", null, 0, 1, Indicateur.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicateur_AnneeCible(), ecorePackage.getEInt(), "anneeCible", null, 0, 1, Indicateur.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIndicateur_Valeurs(), this.getValeurAnnuelle(), this.getValeurAnnuelle_Indicateur(), "valeurs", null, 0, -1, Indicateur.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(valeurAnnuelleEClass, ValeurAnnuelle.class, "ValeurAnnuelle", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getValeurAnnuelle_Indicateur(), this.getIndicateur(), this.getIndicateur_Valeurs(), "indicateur", null, 0, 1, ValeurAnnuelle.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValeurAnnuelle_Annee(), ecorePackage.getEInt(), "annee", null, 0, 1, ValeurAnnuelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValeurAnnuelle_Valeur(), ecorePackage.getEBigDecimal(), "valeur", null, 0, 1, ValeurAnnuelle.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
	}

} //IndicateurPackageImpl
