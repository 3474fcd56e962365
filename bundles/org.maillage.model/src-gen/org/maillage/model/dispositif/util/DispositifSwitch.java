/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.maillage.model.Element;

import org.maillage.model.dispositif.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.maillage.model.dispositif.DispositifPackage
 * @generated
 */
public class DispositifSwitch<T> extends Switch<T>
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DispositifPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DispositifSwitch()
	{
		if (modelPackage == null)
		{
			modelPackage = DispositifPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage)
	{
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject)
	{
		switch (classifierID)
		{
			case DispositifPackage.DISPOSITIF:
			{
				Dispositif dispositif = (Dispositif)theEObject;
				T result = caseDispositif(dispositif);
				if (result == null) result = caseElement(dispositif);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DispositifPackage.CLS:
			{
				Cls cls = (Cls)theEObject;
				T result = caseCls(cls);
				if (result == null) result = caseDispositif(cls);
				if (result == null) result = caseElement(cls);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DispositifPackage.AXE:
			{
				Axe axe = (Axe)theEObject;
				T result = caseAxe(axe);
				if (result == null) result = caseElement(axe);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DispositifPackage.FICHE_ACTION:
			{
				FicheAction ficheAction = (FicheAction)theEObject;
				T result = caseFicheAction(ficheAction);
				if (result == null) result = caseElement(ficheAction);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DispositifPackage.CONTRAT_DE_VILLE:
			{
				ContratDeVille contratDeVille = (ContratDeVille)theEObject;
				T result = caseContratDeVille(contratDeVille);
				if (result == null) result = caseDispositif(contratDeVille);
				if (result == null) result = caseElement(contratDeVille);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DispositifPackage.PASS:
			{
				Pass pass = (Pass)theEObject;
				T result = casePass(pass);
				if (result == null) result = caseDispositif(pass);
				if (result == null) result = caseElement(pass);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DispositifPackage.DAC:
			{
				Dac dac = (Dac)theEObject;
				T result = caseDac(dac);
				if (result == null) result = caseDispositif(dac);
				if (result == null) result = caseElement(dac);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DispositifPackage.CPTS:
			{
				Cpts cpts = (Cpts)theEObject;
				T result = caseCpts(cpts);
				if (result == null) result = caseDispositif(cpts);
				if (result == null) result = caseElement(cpts);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DispositifPackage.MSP:
			{
				Msp msp = (Msp)theEObject;
				T result = caseMsp(msp);
				if (result == null) result = caseDispositif(msp);
				if (result == null) result = caseElement(msp);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DispositifPackage.MUTUALISATION:
			{
				Mutualisation mutualisation = (Mutualisation)theEObject;
				T result = caseMutualisation(mutualisation);
				if (result == null) result = caseDispositif(mutualisation);
				if (result == null) result = caseElement(mutualisation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DispositifPackage.COORDINATION_MICROLOCALE:
			{
				CoordinationMicrolocale coordinationMicrolocale = (CoordinationMicrolocale)theEObject;
				T result = caseCoordinationMicrolocale(coordinationMicrolocale);
				if (result == null) result = caseDispositif(coordinationMicrolocale);
				if (result == null) result = caseElement(coordinationMicrolocale);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dispositif</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dispositif</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDispositif(Dispositif object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cls</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cls</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCls(Cls object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Axe</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Axe</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAxe(Axe object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Fiche Action</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Fiche Action</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFicheAction(FicheAction object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contrat De Ville</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contrat De Ville</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContratDeVille(ContratDeVille object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pass</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pass</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePass(Pass object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dac</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dac</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDac(Dac object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cpts</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cpts</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCpts(Cpts object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Msp</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Msp</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMsp(Msp object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mutualisation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mutualisation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMutualisation(Mutualisation object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Coordination Microlocale</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Coordination Microlocale</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCoordinationMicrolocale(CoordinationMicrolocale object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseElement(Element object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object)
	{
		return null;
	}

} //DispositifSwitch
