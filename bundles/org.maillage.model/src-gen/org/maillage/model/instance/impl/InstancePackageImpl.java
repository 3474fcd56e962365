/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance.impl;

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

import org.maillage.model.instance.Champ;
import org.maillage.model.instance.Chiffre;
import org.maillage.model.instance.Decision;
import org.maillage.model.instance.EtatChantier;
import org.maillage.model.instance.EtatElement;
import org.maillage.model.instance.EtatIndicateur;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.InstanceFactory;
import org.maillage.model.instance.InstancePackage;
import org.maillage.model.instance.Lacune;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.Snapshot;
import org.maillage.model.instance.TypeInstance;

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
public class InstancePackageImpl extends EPackageImpl implements InstancePackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass instanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass seanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass snapshotEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass etatElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass champEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass chiffreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lacuneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass etatChantierEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass etatIndicateurEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum typeInstanceEEnum = null;

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
	 * @see org.maillage.model.instance.InstancePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private InstancePackageImpl()
	{
		super(eNS_URI, InstanceFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link InstancePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static InstancePackage init()
	{
		if (isInited) return (InstancePackage)EPackage.Registry.INSTANCE.getEPackage(InstancePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredInstancePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		InstancePackageImpl theInstancePackage = registeredInstancePackage instanceof InstancePackageImpl ? (InstancePackageImpl)registeredInstancePackage : new InstancePackageImpl();

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
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(IndicateurPackage.eNS_URI);
		IndicateurPackageImpl theIndicateurPackage = (IndicateurPackageImpl)(registeredPackage instanceof IndicateurPackageImpl ? registeredPackage : IndicateurPackage.eINSTANCE);
		registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ArticulationPackage.eNS_URI);
		ArticulationPackageImpl theArticulationPackage = (ArticulationPackageImpl)(registeredPackage instanceof ArticulationPackageImpl ? registeredPackage : ArticulationPackage.eINSTANCE);

		// Create package meta-data objects
		theInstancePackage.createPackageContents();
		theMaillagePackage.createPackageContents();
		theTerritoirePackage.createPackageContents();
		theOrganisationPackage.createPackageContents();
		thePlanPackage.createPackageContents();
		theDispositifPackage.createPackageContents();
		theFinancementPackage.createPackageContents();
		theIndicateurPackage.createPackageContents();
		theArticulationPackage.createPackageContents();

		// Initialize created meta-data
		theInstancePackage.initializePackageContents();
		theMaillagePackage.initializePackageContents();
		theTerritoirePackage.initializePackageContents();
		theOrganisationPackage.initializePackageContents();
		thePlanPackage.initializePackageContents();
		theDispositifPackage.initializePackageContents();
		theFinancementPackage.initializePackageContents();
		theIndicateurPackage.initializePackageContents();
		theArticulationPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theInstancePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(InstancePackage.eNS_URI, theInstancePackage);
		return theInstancePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstance()
	{
		return instanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstance_Type()
	{
		return (EAttribute)instanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstance_Parente()
	{
		return (EReference)instanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstance_Organisateur()
	{
		return (EReference)instanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstance_Membres()
	{
		return (EReference)instanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInstance_Seances()
	{
		return (EReference)instanceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSeance()
	{
		return seanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSeance_Instance()
	{
		return (EReference)seanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeance_Date()
	{
		return (EAttribute)seanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSeance_OrdreDuJour()
	{
		return (EAttribute)seanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSeance_Decisions()
	{
		return (EReference)seanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSeance_Snapshot()
	{
		return (EReference)seanceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecision()
	{
		return decisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecision_Chantiers()
	{
		return (EReference)decisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDecision_Dispositifs()
	{
		return (EReference)decisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecision_StatutChantierVise()
	{
		return (EAttribute)decisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecision_StatutDispositifVise()
	{
		return (EAttribute)decisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecision_Echeance()
	{
		return (EAttribute)decisionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSnapshot()
	{
		return snapshotEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnapshot_FeuilleDeRoute()
	{
		return (EReference)snapshotEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnapshot_EtatsChantiers()
	{
		return (EReference)snapshotEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnapshot_EtatsIndicateurs()
	{
		return (EReference)snapshotEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnapshot_DateSituation()
	{
		return (EAttribute)snapshotEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnapshot_Portee()
	{
		return (EAttribute)snapshotEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnapshot_Etats()
	{
		return (EReference)snapshotEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnapshot_Chiffres()
	{
		return (EReference)snapshotEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnapshot_Lacunes()
	{
		return (EReference)snapshotEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEtatElement()
	{
		return etatElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEtatElement_Element()
	{
		return (EAttribute)etatElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEtatElement_Type()
	{
		return (EAttribute)etatElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEtatElement_Libelle()
	{
		return (EAttribute)etatElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEtatElement_Parent()
	{
		return (EAttribute)etatElementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEtatElement_Champs()
	{
		return (EReference)etatElementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChamp()
	{
		return champEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChamp_Cle()
	{
		return (EAttribute)champEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChamp_Valeur()
	{
		return (EAttribute)champEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChiffre()
	{
		return chiffreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChiffre_Identifiant()
	{
		return (EAttribute)chiffreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChiffre_Valeur()
	{
		return (EAttribute)chiffreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLacune()
	{
		return lacuneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLacune_Regle()
	{
		return (EAttribute)lacuneEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLacune_Element()
	{
		return (EAttribute)lacuneEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLacune_Libelle()
	{
		return (EAttribute)lacuneEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEtatChantier()
	{
		return etatChantierEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEtatChantier_Chantier()
	{
		return (EReference)etatChantierEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEtatChantier_Statut()
	{
		return (EAttribute)etatChantierEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEtatChantier_Avancement()
	{
		return (EAttribute)etatChantierEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEtatChantier_Echeance()
	{
		return (EAttribute)etatChantierEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEtatIndicateur()
	{
		return etatIndicateurEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEtatIndicateur_Indicateur()
	{
		return (EReference)etatIndicateurEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEtatIndicateur_Annee()
	{
		return (EAttribute)etatIndicateurEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEtatIndicateur_Valeur()
	{
		return (EAttribute)etatIndicateurEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTypeInstance()
	{
		return typeInstanceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstanceFactory getInstanceFactory()
	{
		return (InstanceFactory)getEFactoryInstance();
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
		instanceEClass = createEClass(INSTANCE);
		createEAttribute(instanceEClass, INSTANCE__TYPE);
		createEReference(instanceEClass, INSTANCE__PARENTE);
		createEReference(instanceEClass, INSTANCE__ORGANISATEUR);
		createEReference(instanceEClass, INSTANCE__MEMBRES);
		createEReference(instanceEClass, INSTANCE__SEANCES);

		seanceEClass = createEClass(SEANCE);
		createEReference(seanceEClass, SEANCE__INSTANCE);
		createEAttribute(seanceEClass, SEANCE__DATE);
		createEAttribute(seanceEClass, SEANCE__ORDRE_DU_JOUR);
		createEReference(seanceEClass, SEANCE__DECISIONS);
		createEReference(seanceEClass, SEANCE__SNAPSHOT);

		decisionEClass = createEClass(DECISION);
		createEReference(decisionEClass, DECISION__CHANTIERS);
		createEReference(decisionEClass, DECISION__DISPOSITIFS);
		createEAttribute(decisionEClass, DECISION__STATUT_CHANTIER_VISE);
		createEAttribute(decisionEClass, DECISION__STATUT_DISPOSITIF_VISE);
		createEAttribute(decisionEClass, DECISION__ECHEANCE);

		snapshotEClass = createEClass(SNAPSHOT);
		createEReference(snapshotEClass, SNAPSHOT__FEUILLE_DE_ROUTE);
		createEReference(snapshotEClass, SNAPSHOT__ETATS_CHANTIERS);
		createEReference(snapshotEClass, SNAPSHOT__ETATS_INDICATEURS);
		createEAttribute(snapshotEClass, SNAPSHOT__DATE_SITUATION);
		createEAttribute(snapshotEClass, SNAPSHOT__PORTEE);
		createEReference(snapshotEClass, SNAPSHOT__ETATS);
		createEReference(snapshotEClass, SNAPSHOT__CHIFFRES);
		createEReference(snapshotEClass, SNAPSHOT__LACUNES);

		etatElementEClass = createEClass(ETAT_ELEMENT);
		createEAttribute(etatElementEClass, ETAT_ELEMENT__ELEMENT);
		createEAttribute(etatElementEClass, ETAT_ELEMENT__TYPE);
		createEAttribute(etatElementEClass, ETAT_ELEMENT__LIBELLE);
		createEAttribute(etatElementEClass, ETAT_ELEMENT__PARENT);
		createEReference(etatElementEClass, ETAT_ELEMENT__CHAMPS);

		champEClass = createEClass(CHAMP);
		createEAttribute(champEClass, CHAMP__CLE);
		createEAttribute(champEClass, CHAMP__VALEUR);

		chiffreEClass = createEClass(CHIFFRE);
		createEAttribute(chiffreEClass, CHIFFRE__IDENTIFIANT);
		createEAttribute(chiffreEClass, CHIFFRE__VALEUR);

		lacuneEClass = createEClass(LACUNE);
		createEAttribute(lacuneEClass, LACUNE__REGLE);
		createEAttribute(lacuneEClass, LACUNE__ELEMENT);
		createEAttribute(lacuneEClass, LACUNE__LIBELLE);

		etatChantierEClass = createEClass(ETAT_CHANTIER);
		createEReference(etatChantierEClass, ETAT_CHANTIER__CHANTIER);
		createEAttribute(etatChantierEClass, ETAT_CHANTIER__STATUT);
		createEAttribute(etatChantierEClass, ETAT_CHANTIER__AVANCEMENT);
		createEAttribute(etatChantierEClass, ETAT_CHANTIER__ECHEANCE);

		etatIndicateurEClass = createEClass(ETAT_INDICATEUR);
		createEReference(etatIndicateurEClass, ETAT_INDICATEUR__INDICATEUR);
		createEAttribute(etatIndicateurEClass, ETAT_INDICATEUR__ANNEE);
		createEAttribute(etatIndicateurEClass, ETAT_INDICATEUR__VALEUR);

		// Create enums
		typeInstanceEEnum = createEEnum(TYPE_INSTANCE);
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
		PlanPackage thePlanPackage = (PlanPackage)EPackage.Registry.INSTANCE.getEPackage(PlanPackage.eNS_URI);
		DispositifPackage theDispositifPackage = (DispositifPackage)EPackage.Registry.INSTANCE.getEPackage(DispositifPackage.eNS_URI);
		IndicateurPackage theIndicateurPackage = (IndicateurPackage)EPackage.Registry.INSTANCE.getEPackage(IndicateurPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		instanceEClass.getESuperTypes().add(theMaillagePackage.getElement());
		seanceEClass.getESuperTypes().add(theMaillagePackage.getElement());
		decisionEClass.getESuperTypes().add(theMaillagePackage.getElement());
		snapshotEClass.getESuperTypes().add(theMaillagePackage.getElement());
		etatChantierEClass.getESuperTypes().add(theMaillagePackage.getElement());
		etatIndicateurEClass.getESuperTypes().add(theMaillagePackage.getElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(instanceEClass, Instance.class, "Instance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInstance_Type(), this.getTypeInstance(), "type", null, 0, 1, Instance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstance_Parente(), this.getInstance(), null, "parente", null, 0, 1, Instance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstance_Organisateur(), theOrganisationPackage.getOrganisation(), null, "organisateur", null, 0, 1, Instance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstance_Membres(), theOrganisationPackage.getOrganisation(), null, "membres", null, 0, -1, Instance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInstance_Seances(), this.getSeance(), this.getSeance_Instance(), "seances", null, 0, -1, Instance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(seanceEClass, Seance.class, "Seance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSeance_Instance(), this.getInstance(), this.getInstance_Seances(), "instance", null, 0, 1, Seance.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeance_Date(), theMaillagePackage.getLocalDate(), "date", null, 0, 1, Seance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSeance_OrdreDuJour(), ecorePackage.getEString(), "ordreDuJour", null, 0, -1, Seance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSeance_Decisions(), this.getDecision(), null, "decisions", null, 0, -1, Seance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSeance_Snapshot(), this.getSnapshot(), null, "snapshot", null, 0, 1, Seance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decisionEClass, Decision.class, "Decision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDecision_Chantiers(), thePlanPackage.getChantier(), null, "chantiers", null, 0, -1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDecision_Dispositifs(), theDispositifPackage.getDispositif(), null, "dispositifs", null, 0, -1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecision_StatutChantierVise(), thePlanPackage.getStatutChantier(), "statutChantierVise", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecision_StatutDispositifVise(), theDispositifPackage.getStatutDispositif(), "statutDispositifVise", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecision_Echeance(), theMaillagePackage.getLocalDate(), "echeance", null, 0, 1, Decision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(snapshotEClass, Snapshot.class, "Snapshot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSnapshot_FeuilleDeRoute(), thePlanPackage.getFeuilleDeRoute(), null, "feuilleDeRoute", null, 0, 1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnapshot_EtatsChantiers(), this.getEtatChantier(), null, "etatsChantiers", null, 0, -1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnapshot_EtatsIndicateurs(), this.getEtatIndicateur(), null, "etatsIndicateurs", null, 0, -1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnapshot_DateSituation(), theMaillagePackage.getLocalDate(), "dateSituation", null, 0, 1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnapshot_Portee(), ecorePackage.getEString(), "portee", null, 0, -1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnapshot_Etats(), this.getEtatElement(), null, "etats", null, 0, -1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnapshot_Chiffres(), this.getChiffre(), null, "chiffres", null, 0, -1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnapshot_Lacunes(), this.getLacune(), null, "lacunes", null, 0, -1, Snapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(etatElementEClass, EtatElement.class, "EtatElement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEtatElement_Element(), ecorePackage.getEString(), "element", null, 0, 1, EtatElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEtatElement_Type(), ecorePackage.getEString(), "type", null, 0, 1, EtatElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEtatElement_Libelle(), ecorePackage.getEString(), "libelle", null, 0, 1, EtatElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEtatElement_Parent(), ecorePackage.getEString(), "parent", null, 0, 1, EtatElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEtatElement_Champs(), this.getChamp(), null, "champs", null, 0, -1, EtatElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(champEClass, Champ.class, "Champ", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChamp_Cle(), ecorePackage.getEString(), "cle", null, 0, 1, Champ.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChamp_Valeur(), ecorePackage.getEString(), "valeur", null, 0, 1, Champ.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(chiffreEClass, Chiffre.class, "Chiffre", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChiffre_Identifiant(), ecorePackage.getEString(), "identifiant", null, 0, 1, Chiffre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChiffre_Valeur(), ecorePackage.getEBigDecimal(), "valeur", null, 0, 1, Chiffre.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lacuneEClass, Lacune.class, "Lacune", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLacune_Regle(), ecorePackage.getEString(), "regle", null, 0, 1, Lacune.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLacune_Element(), ecorePackage.getEString(), "element", null, 0, 1, Lacune.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLacune_Libelle(), ecorePackage.getEString(), "libelle", null, 0, 1, Lacune.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(etatChantierEClass, EtatChantier.class, "EtatChantier", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEtatChantier_Chantier(), thePlanPackage.getChantier(), null, "chantier", null, 0, 1, EtatChantier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEtatChantier_Statut(), thePlanPackage.getStatutChantier(), "statut", null, 0, 1, EtatChantier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEtatChantier_Avancement(), ecorePackage.getEInt(), "avancement", null, 0, 1, EtatChantier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEtatChantier_Echeance(), theMaillagePackage.getLocalDate(), "echeance", null, 0, 1, EtatChantier.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(etatIndicateurEClass, EtatIndicateur.class, "EtatIndicateur", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEtatIndicateur_Indicateur(), theIndicateurPackage.getIndicateur(), null, "indicateur", null, 0, 1, EtatIndicateur.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEtatIndicateur_Annee(), ecorePackage.getEInt(), "annee", null, 0, 1, EtatIndicateur.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEtatIndicateur_Valeur(), ecorePackage.getEBigDecimal(), "valeur", null, 0, 1, EtatIndicateur.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(typeInstanceEEnum, TypeInstance.class, "TypeInstance");
		addEEnumLiteral(typeInstanceEEnum, TypeInstance.CTS_PLENIERE);
		addEEnumLiteral(typeInstanceEEnum, TypeInstance.COMMISSION);
		addEEnumLiteral(typeInstanceEEnum, TypeInstance.PRAPS);
		addEEnumLiteral(typeInstanceEEnum, TypeInstance.COPIL);
		addEEnumLiteral(typeInstanceEEnum, TypeInstance.COMITE_TECHNIQUE);
		addEEnumLiteral(typeInstanceEEnum, TypeInstance.COMITE_SUIVI);
		addEEnumLiteral(typeInstanceEEnum, TypeInstance.AUTRE);
	}

} //InstancePackageImpl
