/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.maillage.model.MaillagePackage;

import org.maillage.model.articulation.ArticulationPackage;

import org.maillage.model.articulation.impl.ArticulationPackageImpl;

import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.ChampCls;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.ContratDeVille;
import org.maillage.model.dispositif.CoordinationMicrolocale;
import org.maillage.model.dispositif.Cpts;
import org.maillage.model.dispositif.CycleCls;
import org.maillage.model.dispositif.Dac;
import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.dispositif.MissionCpts;
import org.maillage.model.dispositif.Msp;
import org.maillage.model.dispositif.Mutualisation;
import org.maillage.model.dispositif.Pass;
import org.maillage.model.dispositif.StatutDispositif;
import org.maillage.model.dispositif.TypePass;

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

import org.maillage.model.territoire.TerritoirePackage;

import org.maillage.model.territoire.impl.TerritoirePackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DispositifPackageImpl extends EPackageImpl implements DispositifPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dispositifEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass axeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ficheActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contratDeVilleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass passEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dacEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cptsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mspEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mutualisationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass coordinationMicrolocaleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum statutDispositifEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cycleClsEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum champClsEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum typePassEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum missionCptsEEnum = null;

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
	 * @see org.maillage.model.dispositif.DispositifPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private DispositifPackageImpl()
	{
		super(eNS_URI, DispositifFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link DispositifPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static DispositifPackage init()
	{
		if (isInited) return (DispositifPackage)EPackage.Registry.INSTANCE.getEPackage(DispositifPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredDispositifPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		DispositifPackageImpl theDispositifPackage = registeredDispositifPackage instanceof DispositifPackageImpl ? (DispositifPackageImpl)registeredDispositifPackage : new DispositifPackageImpl();

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
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(FinancementPackage.eNS_URI);
		FinancementPackageImpl theFinancementPackage = (FinancementPackageImpl)(registeredPackage instanceof FinancementPackageImpl ? registeredPackage : FinancementPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(IndicateurPackage.eNS_URI);
		IndicateurPackageImpl theIndicateurPackage = (IndicateurPackageImpl)(registeredPackage instanceof IndicateurPackageImpl ? registeredPackage : IndicateurPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(InstancePackage.eNS_URI);
		InstancePackageImpl theInstancePackage = (InstancePackageImpl)(registeredPackage instanceof InstancePackageImpl ? registeredPackage : InstancePackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ArticulationPackage.eNS_URI);
		ArticulationPackageImpl theArticulationPackage = (ArticulationPackageImpl)(registeredPackage instanceof ArticulationPackageImpl ? registeredPackage : ArticulationPackage.eINSTANCE);

		// Create package meta-data objects
		theDispositifPackage.createPackageContents();
		theMaillagePackage.createPackageContents();
		theTerritoirePackage.createPackageContents();
		theOrganisationPackage.createPackageContents();
		thePlanPackage.createPackageContents();
		theFinancementPackage.createPackageContents();
		theIndicateurPackage.createPackageContents();
		theInstancePackage.createPackageContents();
		theArticulationPackage.createPackageContents();

		// Initialize created meta-data
		theDispositifPackage.initializePackageContents();
		theMaillagePackage.initializePackageContents();
		theTerritoirePackage.initializePackageContents();
		theOrganisationPackage.initializePackageContents();
		thePlanPackage.initializePackageContents();
		theFinancementPackage.initializePackageContents();
		theIndicateurPackage.initializePackageContents();
		theInstancePackage.initializePackageContents();
		theArticulationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theDispositifPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(DispositifPackage.eNS_URI, theDispositifPackage);
		return theDispositifPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDispositif()
	{
		return dispositifEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDispositif_Porteur()
	{
		return (EReference)dispositifEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDispositif_Partenaires()
	{
		return (EReference)dispositifEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDispositif_Territoires()
	{
		return (EReference)dispositifEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDispositif_Debut()
	{
		return (EAttribute)dispositifEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDispositif_Fin()
	{
		return (EAttribute)dispositifEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDispositif_Statut()
	{
		return (EAttribute)dispositifEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDispositif_Gouvernance()
	{
		return (EReference)dispositifEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDispositif_Indicateurs()
	{
		return (EReference)dispositifEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCls()
	{
		return clsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCls_Generation()
	{
		return (EAttribute)clsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCls_Precedent()
	{
		return (EReference)clsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCls_Cycle()
	{
		return (EAttribute)clsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCls_DateSignature()
	{
		return (EAttribute)clsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCls_Signataires()
	{
		return (EReference)clsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCls_Diagnostic()
	{
		return (EAttribute)clsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCls_Champs()
	{
		return (EAttribute)clsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCls_Coordinateur()
	{
		return (EReference)clsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCls_Axes()
	{
		return (EReference)clsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAxe()
	{
		return axeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAxe_Cls()
	{
		return (EReference)axeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAxe_Numero()
	{
		return (EAttribute)axeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAxe_FichesActions()
	{
		return (EReference)axeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFicheAction()
	{
		return ficheActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFicheAction_Axe()
	{
		return (EReference)ficheActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFicheAction_Numero()
	{
		return (EAttribute)ficheActionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFicheAction_Porteur()
	{
		return (EReference)ficheActionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFicheAction_Publics()
	{
		return (EAttribute)ficheActionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFicheAction_Territoires()
	{
		return (EReference)ficheActionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFicheAction_QpvCibles()
	{
		return (EReference)ficheActionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFicheAction_Chantiers()
	{
		return (EReference)ficheActionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFicheAction_Indicateurs()
	{
		return (EReference)ficheActionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFicheAction_Financements()
	{
		return (EReference)ficheActionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContratDeVille()
	{
		return contratDeVilleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContratDeVille_Epci()
	{
		return (EReference)contratDeVilleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContratDeVille_Qpvs()
	{
		return (EReference)contratDeVilleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContratDeVille_AtelierSanteVille()
	{
		return (EAttribute)contratDeVilleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPass()
	{
		return passEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPass_Type()
	{
		return (EAttribute)passEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPass_Etablissement()
	{
		return (EReference)passEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDac()
	{
		return dacEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCpts()
	{
		return cptsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpts_ProjetDeSante()
	{
		return (EAttribute)cptsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpts_Taille()
	{
		return (EAttribute)cptsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpts_Missions()
	{
		return (EAttribute)cptsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMsp()
	{
		return mspEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMsp_PoleDeSante()
	{
		return (EAttribute)mspEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMutualisation()
	{
		return mutualisationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMutualisation_Groupement()
	{
		return (EReference)mutualisationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMutualisation_MoyensMutualises()
	{
		return (EAttribute)mutualisationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCoordinationMicrolocale()
	{
		return coordinationMicrolocaleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCoordinationMicrolocale_Coordinateur()
	{
		return (EReference)coordinationMicrolocaleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStatutDispositif()
	{
		return statutDispositifEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCycleCls()
	{
		return cycleClsEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChampCls()
	{
		return champClsEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTypePass()
	{
		return typePassEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMissionCpts()
	{
		return missionCptsEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DispositifFactory getDispositifFactory()
	{
		return (DispositifFactory)getEFactoryInstance();
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
		dispositifEClass = createEClass(DISPOSITIF);
		createEReference(dispositifEClass, DISPOSITIF__PORTEUR);
		createEReference(dispositifEClass, DISPOSITIF__PARTENAIRES);
		createEReference(dispositifEClass, DISPOSITIF__TERRITOIRES);
		createEAttribute(dispositifEClass, DISPOSITIF__DEBUT);
		createEAttribute(dispositifEClass, DISPOSITIF__FIN);
		createEAttribute(dispositifEClass, DISPOSITIF__STATUT);
		createEReference(dispositifEClass, DISPOSITIF__GOUVERNANCE);
		createEReference(dispositifEClass, DISPOSITIF__INDICATEURS);

		clsEClass = createEClass(CLS);
		createEAttribute(clsEClass, CLS__GENERATION);
		createEReference(clsEClass, CLS__PRECEDENT);
		createEAttribute(clsEClass, CLS__CYCLE);
		createEAttribute(clsEClass, CLS__DATE_SIGNATURE);
		createEReference(clsEClass, CLS__SIGNATAIRES);
		createEAttribute(clsEClass, CLS__DIAGNOSTIC);
		createEAttribute(clsEClass, CLS__CHAMPS);
		createEReference(clsEClass, CLS__COORDINATEUR);
		createEReference(clsEClass, CLS__AXES);

		axeEClass = createEClass(AXE);
		createEReference(axeEClass, AXE__CLS);
		createEAttribute(axeEClass, AXE__NUMERO);
		createEReference(axeEClass, AXE__FICHES_ACTIONS);

		ficheActionEClass = createEClass(FICHE_ACTION);
		createEReference(ficheActionEClass, FICHE_ACTION__AXE);
		createEAttribute(ficheActionEClass, FICHE_ACTION__NUMERO);
		createEReference(ficheActionEClass, FICHE_ACTION__PORTEUR);
		createEAttribute(ficheActionEClass, FICHE_ACTION__PUBLICS);
		createEReference(ficheActionEClass, FICHE_ACTION__TERRITOIRES);
		createEReference(ficheActionEClass, FICHE_ACTION__QPV_CIBLES);
		createEReference(ficheActionEClass, FICHE_ACTION__CHANTIERS);
		createEReference(ficheActionEClass, FICHE_ACTION__INDICATEURS);
		createEReference(ficheActionEClass, FICHE_ACTION__FINANCEMENTS);

		contratDeVilleEClass = createEClass(CONTRAT_DE_VILLE);
		createEReference(contratDeVilleEClass, CONTRAT_DE_VILLE__EPCI);
		createEReference(contratDeVilleEClass, CONTRAT_DE_VILLE__QPVS);
		createEAttribute(contratDeVilleEClass, CONTRAT_DE_VILLE__ATELIER_SANTE_VILLE);

		passEClass = createEClass(PASS);
		createEAttribute(passEClass, PASS__TYPE);
		createEReference(passEClass, PASS__ETABLISSEMENT);

		dacEClass = createEClass(DAC);

		cptsEClass = createEClass(CPTS);
		createEAttribute(cptsEClass, CPTS__PROJET_DE_SANTE);
		createEAttribute(cptsEClass, CPTS__TAILLE);
		createEAttribute(cptsEClass, CPTS__MISSIONS);

		mspEClass = createEClass(MSP);
		createEAttribute(mspEClass, MSP__POLE_DE_SANTE);

		mutualisationEClass = createEClass(MUTUALISATION);
		createEReference(mutualisationEClass, MUTUALISATION__GROUPEMENT);
		createEAttribute(mutualisationEClass, MUTUALISATION__MOYENS_MUTUALISES);

		coordinationMicrolocaleEClass = createEClass(COORDINATION_MICROLOCALE);
		createEReference(coordinationMicrolocaleEClass, COORDINATION_MICROLOCALE__COORDINATEUR);

		// Create enums
		statutDispositifEEnum = createEEnum(STATUT_DISPOSITIF);
		cycleClsEEnum = createEEnum(CYCLE_CLS);
		champClsEEnum = createEEnum(CHAMP_CLS);
		typePassEEnum = createEEnum(TYPE_PASS);
		missionCptsEEnum = createEEnum(MISSION_CPTS);
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
		InstancePackage theInstancePackage = (InstancePackage)EPackage.Registry.INSTANCE.getEPackage(InstancePackage.eNS_URI);
		IndicateurPackage theIndicateurPackage = (IndicateurPackage)EPackage.Registry.INSTANCE.getEPackage(IndicateurPackage.eNS_URI);
		PlanPackage thePlanPackage = (PlanPackage)EPackage.Registry.INSTANCE.getEPackage(PlanPackage.eNS_URI);
		FinancementPackage theFinancementPackage = (FinancementPackage)EPackage.Registry.INSTANCE.getEPackage(FinancementPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		dispositifEClass.getESuperTypes().add(theMaillagePackage.getElement());
		clsEClass.getESuperTypes().add(this.getDispositif());
		axeEClass.getESuperTypes().add(theMaillagePackage.getElement());
		ficheActionEClass.getESuperTypes().add(theMaillagePackage.getElement());
		contratDeVilleEClass.getESuperTypes().add(this.getDispositif());
		passEClass.getESuperTypes().add(this.getDispositif());
		dacEClass.getESuperTypes().add(this.getDispositif());
		cptsEClass.getESuperTypes().add(this.getDispositif());
		mspEClass.getESuperTypes().add(this.getDispositif());
		mutualisationEClass.getESuperTypes().add(this.getDispositif());
		coordinationMicrolocaleEClass.getESuperTypes().add(this.getDispositif());

		// Initialize classes, features, and operations; add parameters
		initEClass(dispositifEClass, Dispositif.class, "Dispositif", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDispositif_Porteur(), theOrganisationPackage.getOrganisation(), null, "porteur", null, 0, 1, Dispositif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDispositif_Partenaires(), theOrganisationPackage.getOrganisation(), null, "partenaires", null, 0, -1, Dispositif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDispositif_Territoires(), theTerritoirePackage.getTerritoire(), null, "territoires", null, 0, -1, Dispositif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDispositif_Debut(), theMaillagePackage.getLocalDate(), "debut", null, 0, 1, Dispositif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDispositif_Fin(), theMaillagePackage.getLocalDate(), "fin", null, 0, 1, Dispositif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDispositif_Statut(), this.getStatutDispositif(), "statut", null, 0, 1, Dispositif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDispositif_Gouvernance(), theInstancePackage.getInstance(), null, "gouvernance", null, 0, -1, Dispositif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDispositif_Indicateurs(), theIndicateurPackage.getIndicateur(), null, "indicateurs", null, 0, -1, Dispositif.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(clsEClass, Cls.class, "Cls", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCls_Generation(), ecorePackage.getEInt(), "generation", "1", 0, 1, Cls.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCls_Precedent(), this.getCls(), null, "precedent", null, 0, 1, Cls.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCls_Cycle(), this.getCycleCls(), "cycle", null, 0, 1, Cls.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCls_DateSignature(), theMaillagePackage.getLocalDate(), "dateSignature", null, 0, 1, Cls.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCls_Signataires(), theOrganisationPackage.getOrganisation(), null, "signataires", null, 0, -1, Cls.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCls_Diagnostic(), ecorePackage.getEString(), "diagnostic", null, 0, 1, Cls.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCls_Champs(), this.getChampCls(), "champs", null, 0, -1, Cls.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCls_Coordinateur(), theOrganisationPackage.getRole(), null, "coordinateur", null, 0, 1, Cls.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCls_Axes(), this.getAxe(), this.getAxe_Cls(), "axes", null, 0, -1, Cls.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(axeEClass, Axe.class, "Axe", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAxe_Cls(), this.getCls(), this.getCls_Axes(), "cls", null, 0, 1, Axe.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAxe_Numero(), ecorePackage.getEString(), "numero", null, 0, 1, Axe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAxe_FichesActions(), this.getFicheAction(), this.getFicheAction_Axe(), "fichesActions", null, 0, -1, Axe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ficheActionEClass, FicheAction.class, "FicheAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getFicheAction_Axe(), this.getAxe(), this.getAxe_FichesActions(), "axe", null, 0, 1, FicheAction.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFicheAction_Numero(), ecorePackage.getEString(), "numero", null, 0, 1, FicheAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFicheAction_Porteur(), theOrganisationPackage.getOrganisation(), null, "porteur", null, 0, 1, FicheAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFicheAction_Publics(), ecorePackage.getEString(), "publics", null, 0, -1, FicheAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFicheAction_Territoires(), theTerritoirePackage.getTerritoire(), null, "territoires", null, 0, -1, FicheAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFicheAction_QpvCibles(), theTerritoirePackage.getQpv(), null, "qpvCibles", null, 0, -1, FicheAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFicheAction_Chantiers(), thePlanPackage.getChantier(), null, "chantiers", null, 0, -1, FicheAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFicheAction_Indicateurs(), theIndicateurPackage.getIndicateur(), null, "indicateurs", null, 0, -1, FicheAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFicheAction_Financements(), theFinancementPackage.getFinancement(), null, "financements", null, 0, -1, FicheAction.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(contratDeVilleEClass, ContratDeVille.class, "ContratDeVille", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getContratDeVille_Epci(), theTerritoirePackage.getEpci(), null, "epci", null, 0, 1, ContratDeVille.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContratDeVille_Qpvs(), theTerritoirePackage.getQpv(), null, "qpvs", null, 0, -1, ContratDeVille.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContratDeVille_AtelierSanteVille(), ecorePackage.getEBoolean(), "atelierSanteVille", null, 0, 1, ContratDeVille.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(passEClass, Pass.class, "Pass", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPass_Type(), this.getTypePass(), "type", null, 0, 1, Pass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPass_Etablissement(), theOrganisationPackage.getOrganisation(), null, "etablissement", null, 0, 1, Pass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dacEClass, Dac.class, "Dac", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(cptsEClass, Cpts.class, "Cpts", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCpts_ProjetDeSante(), ecorePackage.getEString(), "projetDeSante", null, 0, 1, Cpts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCpts_Taille(), ecorePackage.getEInt(), "taille", null, 0, 1, Cpts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCpts_Missions(), this.getMissionCpts(), "missions", null, 0, -1, Cpts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mspEClass, Msp.class, "Msp", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMsp_PoleDeSante(), ecorePackage.getEBoolean(), "poleDeSante", null, 0, 1, Msp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mutualisationEClass, Mutualisation.class, "Mutualisation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMutualisation_Groupement(), theTerritoirePackage.getGroupement(), null, "groupement", null, 0, 1, Mutualisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMutualisation_MoyensMutualises(), ecorePackage.getEString(), "moyensMutualises", null, 0, -1, Mutualisation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(coordinationMicrolocaleEClass, CoordinationMicrolocale.class, "CoordinationMicrolocale", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCoordinationMicrolocale_Coordinateur(), theOrganisationPackage.getRole(), null, "coordinateur", null, 0, 1, CoordinationMicrolocale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(statutDispositifEEnum, StatutDispositif.class, "StatutDispositif");
		addEEnumLiteral(statutDispositifEEnum, StatutDispositif.EN_PROJET);
		addEEnumLiteral(statutDispositifEEnum, StatutDispositif.ACTIF);
		addEEnumLiteral(statutDispositifEEnum, StatutDispositif.SUSPENDU);
		addEEnumLiteral(statutDispositifEEnum, StatutDispositif.TERMINE);

		initEEnum(cycleClsEEnum, CycleCls.class, "CycleCls");
		addEEnumLiteral(cycleClsEEnum, CycleCls.PREFIGURATION);
		addEEnumLiteral(cycleClsEEnum, CycleCls.DIAGNOSTIC);
		addEEnumLiteral(cycleClsEEnum, CycleCls.AXES_STRATEGIQUES);
		addEEnumLiteral(cycleClsEEnum, CycleCls.FICHES_ACTIONS);
		addEEnumLiteral(cycleClsEEnum, CycleCls.SIGNATURE);
		addEEnumLiteral(cycleClsEEnum, CycleCls.SUIVI_EVALUATION);
		addEEnumLiteral(cycleClsEEnum, CycleCls.ECHU);

		initEEnum(champClsEEnum, ChampCls.class, "ChampCls");
		addEEnumLiteral(champClsEEnum, ChampCls.SOINS);
		addEEnumLiteral(champClsEEnum, ChampCls.MEDICO_SOCIAL);
		addEEnumLiteral(champClsEEnum, ChampCls.PREVENTION);

		initEEnum(typePassEEnum, TypePass.class, "TypePass");
		addEEnumLiteral(typePassEEnum, TypePass.GENERALE);
		addEEnumLiteral(typePassEEnum, TypePass.PSYCHIATRIQUE);
		addEEnumLiteral(typePassEEnum, TypePass.BUCCO_DENTAIRE);
		addEEnumLiteral(typePassEEnum, TypePass.MOBILE);
		addEEnumLiteral(typePassEEnum, TypePass.AUTRE);

		initEEnum(missionCptsEEnum, MissionCpts.class, "MissionCpts");
		addEEnumLiteral(missionCptsEEnum, MissionCpts.ACCES_MEDECIN_TRAITANT);
		addEEnumLiteral(missionCptsEEnum, MissionCpts.SOINS_NON_PROGRAMMES);
		addEEnumLiteral(missionCptsEEnum, MissionCpts.PARCOURS);
		addEEnumLiteral(missionCptsEEnum, MissionCpts.PREVENTION);
		addEEnumLiteral(missionCptsEEnum, MissionCpts.CRISES_SANITAIRES);
		addEEnumLiteral(missionCptsEEnum, MissionCpts.QUALITE_PERTINENCE);
		addEEnumLiteral(missionCptsEEnum, MissionCpts.ACCOMPAGNEMENT_PROFESSIONNELS);
	}

} //DispositifPackageImpl
