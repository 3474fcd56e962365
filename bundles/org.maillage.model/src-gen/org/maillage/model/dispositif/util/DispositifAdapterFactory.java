/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.maillage.model.Element;

import org.maillage.model.dispositif.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.maillage.model.dispositif.DispositifPackage
 * @generated
 */
public class DispositifAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DispositifPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DispositifAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = DispositifPackage.eINSTANCE;
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
	protected DispositifSwitch<Adapter> modelSwitch =
		new DispositifSwitch<Adapter>()
		{
			@Override
			public Adapter caseDispositif(Dispositif object)
			{
				return createDispositifAdapter();
			}
			@Override
			public Adapter caseCls(Cls object)
			{
				return createClsAdapter();
			}
			@Override
			public Adapter caseAxe(Axe object)
			{
				return createAxeAdapter();
			}
			@Override
			public Adapter caseFicheAction(FicheAction object)
			{
				return createFicheActionAdapter();
			}
			@Override
			public Adapter caseContratDeVille(ContratDeVille object)
			{
				return createContratDeVilleAdapter();
			}
			@Override
			public Adapter casePass(Pass object)
			{
				return createPassAdapter();
			}
			@Override
			public Adapter caseDac(Dac object)
			{
				return createDacAdapter();
			}
			@Override
			public Adapter caseCpts(Cpts object)
			{
				return createCptsAdapter();
			}
			@Override
			public Adapter caseMsp(Msp object)
			{
				return createMspAdapter();
			}
			@Override
			public Adapter caseMutualisation(Mutualisation object)
			{
				return createMutualisationAdapter();
			}
			@Override
			public Adapter caseCoordinationMicrolocale(CoordinationMicrolocale object)
			{
				return createCoordinationMicrolocaleAdapter();
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
	 * Creates a new adapter for an object of class '{@link org.maillage.model.dispositif.Dispositif <em>Dispositif</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.dispositif.Dispositif
	 * @generated
	 */
	public Adapter createDispositifAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.dispositif.Cls <em>Cls</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.dispositif.Cls
	 * @generated
	 */
	public Adapter createClsAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.dispositif.Axe <em>Axe</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.dispositif.Axe
	 * @generated
	 */
	public Adapter createAxeAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.dispositif.FicheAction <em>Fiche Action</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.dispositif.FicheAction
	 * @generated
	 */
	public Adapter createFicheActionAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.dispositif.ContratDeVille <em>Contrat De Ville</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.dispositif.ContratDeVille
	 * @generated
	 */
	public Adapter createContratDeVilleAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.dispositif.Pass <em>Pass</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.dispositif.Pass
	 * @generated
	 */
	public Adapter createPassAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.dispositif.Dac <em>Dac</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.dispositif.Dac
	 * @generated
	 */
	public Adapter createDacAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.dispositif.Cpts <em>Cpts</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.dispositif.Cpts
	 * @generated
	 */
	public Adapter createCptsAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.dispositif.Msp <em>Msp</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.dispositif.Msp
	 * @generated
	 */
	public Adapter createMspAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.dispositif.Mutualisation <em>Mutualisation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.dispositif.Mutualisation
	 * @generated
	 */
	public Adapter createMutualisationAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.maillage.model.dispositif.CoordinationMicrolocale <em>Coordination Microlocale</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.maillage.model.dispositif.CoordinationMicrolocale
	 * @generated
	 */
	public Adapter createCoordinationMicrolocaleAdapter()
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

} //DispositifAdapterFactory
