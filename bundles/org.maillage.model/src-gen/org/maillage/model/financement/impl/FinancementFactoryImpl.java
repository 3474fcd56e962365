/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.financement.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.maillage.model.financement.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FinancementFactoryImpl extends EFactoryImpl implements FinancementFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static FinancementFactory init()
	{
		try
		{
			FinancementFactory theFinancementFactory = (FinancementFactory)EPackage.Registry.INSTANCE.getEFactory(FinancementPackage.eNS_URI);
			if (theFinancementFactory != null)
			{
				return theFinancementFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new FinancementFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FinancementFactoryImpl()
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
			case FinancementPackage.FONDS: return createFonds();
			case FinancementPackage.FINANCEMENT: return createFinancement();
			case FinancementPackage.REGLE_COFINANCEMENT: return createRegleCofinancement();
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
	public Fonds createFonds()
	{
		FondsImpl fonds = new FondsImpl();
		return fonds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Financement createFinancement()
	{
		FinancementImpl financement = new FinancementImpl();
		return financement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegleCofinancement createRegleCofinancement()
	{
		RegleCofinancementImpl regleCofinancement = new RegleCofinancementImpl();
		return regleCofinancement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FinancementPackage getFinancementPackage()
	{
		return (FinancementPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static FinancementPackage getPackage()
	{
		return FinancementPackage.eINSTANCE;
	}

} //FinancementFactoryImpl
