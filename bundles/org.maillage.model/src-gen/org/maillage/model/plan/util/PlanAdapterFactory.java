/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.maillage.model.Element;

import org.maillage.model.plan.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.maillage.model.plan.PlanPackage
 * @generated
 */
public class PlanAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PlanPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = PlanPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanSwitch<Adapter> modelSwitch =
		new PlanSwitch<Adapter>()
		{
			@Override
			public Adapter casePrs(Prs object)
			{
				return createPrsAdapter();
			}
			@Override
			public Adapter caseOrientation(Orientation object)
			{
				return createOrientationAdapter();
			}
			@Override
			public Adapter caseObjectif(Objectif object)
			{
				return createObjectifAdapter();
			}
			@Override
			public Adapter casePraps(Praps object)
			{
				return createPrapsAdapter();
			}
			@Override
			public Adapter caseThemePraps(ThemePraps object)
			{
				return createThemePrapsAdapter();
			}
			@Override
			public Adapter caseMesurePraps(MesurePraps object)
			{
				return createMesurePrapsAdapter();
			}
			@Override
			public Adapter caseFeuilleDeRoute(FeuilleDeRoute object)
			{
				return createFeuilleDeRouteAdapter();
			}
			@Override
			public Adapter caseChantier(Chantier object)
			{
				return createChantierAdapter();
			}
			@Override
			public Adapter caseBonnePratique(BonnePratique object)
			{
				return createBonnePratiqueAdapter();
			}
			@Override
			public Adapter caseElement(Element object)
			{
				return createElementAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.plan.Prs <em>Prs</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.plan.Prs
	 * @generated
	 */
	public Adapter createPrsAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.plan.Orientation <em>Orientation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.plan.Orientation
	 * @generated
	 */
	public Adapter createOrientationAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.plan.Objectif <em>Objectif</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.plan.Objectif
	 * @generated
	 */
	public Adapter createObjectifAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.plan.Praps <em>Praps</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.plan.Praps
	 * @generated
	 */
	public Adapter createPrapsAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.plan.ThemePraps <em>Theme Praps</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.plan.ThemePraps
	 * @generated
	 */
	public Adapter createThemePrapsAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.plan.MesurePraps <em>Mesure Praps</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.plan.MesurePraps
	 * @generated
	 */
	public Adapter createMesurePrapsAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.plan.FeuilleDeRoute <em>Feuille De Route</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.plan.FeuilleDeRoute
	 * @generated
	 */
	public Adapter createFeuilleDeRouteAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.plan.Chantier <em>Chantier</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.plan.Chantier
	 * @generated
	 */
	public Adapter createChantierAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.plan.BonnePratique <em>Bonne Pratique</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.plan.BonnePratique
	 * @generated
	 */
	public Adapter createBonnePratiqueAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.Element
	 * @generated
	 */
	public Adapter createElementAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //PlanAdapterFactory
