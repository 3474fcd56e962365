/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.indicateur.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.maillage.model.indicateur.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class IndicateurFactoryImpl extends EFactoryImpl implements IndicateurFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static IndicateurFactory init()
	{
		try
		{
			IndicateurFactory theIndicateurFactory = (IndicateurFactory)EPackage.Registry.INSTANCE.getEFactory(IndicateurPackage.eNS_URI);
			if (theIndicateurFactory != null)
			{
				return theIndicateurFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new IndicateurFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndicateurFactoryImpl()
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
			case IndicateurPackage.INDICATEUR: return createIndicateur();
			case IndicateurPackage.VALEUR_ANNUELLE: return createValeurAnnuelle();
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
	public Indicateur createIndicateur()
	{
		IndicateurImpl indicateur = new IndicateurImpl();
		return indicateur;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValeurAnnuelle createValeurAnnuelle()
	{
		ValeurAnnuelleImpl valeurAnnuelle = new ValeurAnnuelleImpl();
		return valeurAnnuelle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicateurPackage getIndicateurPackage()
	{
		return (IndicateurPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static IndicateurPackage getPackage()
	{
		return IndicateurPackage.eINSTANCE;
	}

} //IndicateurFactoryImpl
