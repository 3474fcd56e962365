/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.maillage.model.dispositif.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DispositifFactoryImpl extends EFactoryImpl implements DispositifFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static DispositifFactory init()
	{
		try
		{
			DispositifFactory theDispositifFactory = (DispositifFactory)EPackage.Registry.INSTANCE.getEFactory(DispositifPackage.eNS_URI);
			if (theDispositifFactory != null)
			{
				return theDispositifFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new DispositifFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DispositifFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case DispositifPackage.CLS: return createCls();
			case DispositifPackage.AXE: return createAxe();
			case DispositifPackage.FICHE_ACTION: return createFicheAction();
			case DispositifPackage.CONTRAT_DE_VILLE: return createContratDeVille();
			case DispositifPackage.PASS: return createPass();
			case DispositifPackage.DAC: return createDac();
			case DispositifPackage.CPTS: return createCpts();
			case DispositifPackage.MSP: return createMsp();
			case DispositifPackage.MUTUALISATION: return createMutualisation();
			case DispositifPackage.COORDINATION_MICROLOCALE: return createCoordinationMicrolocale();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case DispositifPackage.STATUT_DISPOSITIF:
				return createStatutDispositifFromString(eDataType, initialValue);
			case DispositifPackage.CYCLE_CLS:
				return createCycleClsFromString(eDataType, initialValue);
			case DispositifPackage.CHAMP_CLS:
				return createChampClsFromString(eDataType, initialValue);
			case DispositifPackage.TYPE_PASS:
				return createTypePassFromString(eDataType, initialValue);
			case DispositifPackage.MISSION_CPTS:
				return createMissionCptsFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case DispositifPackage.STATUT_DISPOSITIF:
				return convertStatutDispositifToString(eDataType, instanceValue);
			case DispositifPackage.CYCLE_CLS:
				return convertCycleClsToString(eDataType, instanceValue);
			case DispositifPackage.CHAMP_CLS:
				return convertChampClsToString(eDataType, instanceValue);
			case DispositifPackage.TYPE_PASS:
				return convertTypePassToString(eDataType, instanceValue);
			case DispositifPackage.MISSION_CPTS:
				return convertMissionCptsToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cls createCls()
	{
		ClsImpl cls = new ClsImpl();
		return cls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Axe createAxe()
	{
		AxeImpl axe = new AxeImpl();
		return axe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FicheAction createFicheAction()
	{
		FicheActionImpl ficheAction = new FicheActionImpl();
		return ficheAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContratDeVille createContratDeVille()
	{
		ContratDeVilleImpl contratDeVille = new ContratDeVilleImpl();
		return contratDeVille;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Pass createPass()
	{
		PassImpl pass = new PassImpl();
		return pass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dac createDac()
	{
		DacImpl dac = new DacImpl();
		return dac;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Cpts createCpts()
	{
		CptsImpl cpts = new CptsImpl();
		return cpts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Msp createMsp()
	{
		MspImpl msp = new MspImpl();
		return msp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mutualisation createMutualisation()
	{
		MutualisationImpl mutualisation = new MutualisationImpl();
		return mutualisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoordinationMicrolocale createCoordinationMicrolocale()
	{
		CoordinationMicrolocaleImpl coordinationMicrolocale = new CoordinationMicrolocaleImpl();
		return coordinationMicrolocale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StatutDispositif createStatutDispositifFromString(EDataType eDataType, String initialValue)
	{
		StatutDispositif result = StatutDispositif.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStatutDispositifToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CycleCls createCycleClsFromString(EDataType eDataType, String initialValue)
	{
		CycleCls result = CycleCls.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCycleClsToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChampCls createChampClsFromString(EDataType eDataType, String initialValue)
	{
		ChampCls result = ChampCls.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChampClsToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TypePass createTypePassFromString(EDataType eDataType, String initialValue)
	{
		TypePass result = TypePass.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTypePassToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MissionCpts createMissionCptsFromString(EDataType eDataType, String initialValue)
	{
		MissionCpts result = MissionCpts.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMissionCptsToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DispositifPackage getDispositifPackage()
	{
		return (DispositifPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static DispositifPackage getPackage()
	{
		return DispositifPackage.eINSTANCE;
	}

} //DispositifFactoryImpl
