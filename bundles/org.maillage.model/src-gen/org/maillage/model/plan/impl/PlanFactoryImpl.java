/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.maillage.model.plan.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PlanFactoryImpl extends EFactoryImpl implements PlanFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static PlanFactory init()
	{
		try
		{
			PlanFactory thePlanFactory = (PlanFactory)EPackage.Registry.INSTANCE.getEFactory(PlanPackage.eNS_URI);
			if (thePlanFactory != null)
			{
				return thePlanFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new PlanFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanFactoryImpl()
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
			case PlanPackage.PRS: return createPrs();
			case PlanPackage.OBJECTIF: return createObjectif();
			case PlanPackage.PRAPS: return createPraps();
			case PlanPackage.THEME_PRAPS: return createThemePraps();
			case PlanPackage.MESURE_PRAPS: return createMesurePraps();
			case PlanPackage.FEUILLE_DE_ROUTE: return createFeuilleDeRoute();
			case PlanPackage.CHANTIER: return createChantier();
			case PlanPackage.BONNE_PRATIQUE: return createBonnePratique();
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
			case PlanPackage.STATUT_CHANTIER:
				return createStatutChantierFromString(eDataType, initialValue);
			case PlanPackage.TAG_BONNE_PRATIQUE:
				return createTagBonnePratiqueFromString(eDataType, initialValue);
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
			case PlanPackage.STATUT_CHANTIER:
				return convertStatutChantierToString(eDataType, instanceValue);
			case PlanPackage.TAG_BONNE_PRATIQUE:
				return convertTagBonnePratiqueToString(eDataType, instanceValue);
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
	public Prs createPrs()
	{
		PrsImpl prs = new PrsImpl();
		return prs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Objectif createObjectif()
	{
		ObjectifImpl objectif = new ObjectifImpl();
		return objectif;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Praps createPraps()
	{
		PrapsImpl praps = new PrapsImpl();
		return praps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ThemePraps createThemePraps()
	{
		ThemePrapsImpl themePraps = new ThemePrapsImpl();
		return themePraps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MesurePraps createMesurePraps()
	{
		MesurePrapsImpl mesurePraps = new MesurePrapsImpl();
		return mesurePraps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeuilleDeRoute createFeuilleDeRoute()
	{
		FeuilleDeRouteImpl feuilleDeRoute = new FeuilleDeRouteImpl();
		return feuilleDeRoute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Chantier createChantier()
	{
		ChantierImpl chantier = new ChantierImpl();
		return chantier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BonnePratique createBonnePratique()
	{
		BonnePratiqueImpl bonnePratique = new BonnePratiqueImpl();
		return bonnePratique;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StatutChantier createStatutChantierFromString(EDataType eDataType, String initialValue)
	{
		StatutChantier result = StatutChantier.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStatutChantierToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TagBonnePratique createTagBonnePratiqueFromString(EDataType eDataType, String initialValue)
	{
		TagBonnePratique result = TagBonnePratique.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTagBonnePratiqueToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanPackage getPlanPackage()
	{
		return (PlanPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static PlanPackage getPackage()
	{
		return PlanPackage.eINSTANCE;
	}

} //PlanFactoryImpl
