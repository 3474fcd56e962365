/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.maillage.model.Element;

import org.maillage.model.plan.*;

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
 * @see org.maillage.model.plan.PlanPackage
 * @generated
 */
public class PlanSwitch<T> extends Switch<T>
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static PlanPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanSwitch()
	{
		if (modelPackage == null)
		{
			modelPackage = PlanPackage.eINSTANCE;
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
			case PlanPackage.PRS:
			{
				Prs prs = (Prs)theEObject;
				T result = casePrs(prs);
				if (result == null) result = caseElement(prs);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.ORIENTATION:
			{
				Orientation orientation = (Orientation)theEObject;
				T result = caseOrientation(orientation);
				if (result == null) result = caseElement(orientation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.OBJECTIF:
			{
				Objectif objectif = (Objectif)theEObject;
				T result = caseObjectif(objectif);
				if (result == null) result = caseOrientation(objectif);
				if (result == null) result = caseElement(objectif);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.PRAPS:
			{
				Praps praps = (Praps)theEObject;
				T result = casePraps(praps);
				if (result == null) result = caseElement(praps);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.THEME_PRAPS:
			{
				ThemePraps themePraps = (ThemePraps)theEObject;
				T result = caseThemePraps(themePraps);
				if (result == null) result = caseElement(themePraps);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.MESURE_PRAPS:
			{
				MesurePraps mesurePraps = (MesurePraps)theEObject;
				T result = caseMesurePraps(mesurePraps);
				if (result == null) result = caseOrientation(mesurePraps);
				if (result == null) result = caseElement(mesurePraps);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.FEUILLE_DE_ROUTE:
			{
				FeuilleDeRoute feuilleDeRoute = (FeuilleDeRoute)theEObject;
				T result = caseFeuilleDeRoute(feuilleDeRoute);
				if (result == null) result = caseElement(feuilleDeRoute);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.CHANTIER:
			{
				Chantier chantier = (Chantier)theEObject;
				T result = caseChantier(chantier);
				if (result == null) result = caseElement(chantier);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case PlanPackage.BONNE_PRATIQUE:
			{
				BonnePratique bonnePratique = (BonnePratique)theEObject;
				T result = caseBonnePratique(bonnePratique);
				if (result == null) result = caseElement(bonnePratique);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Prs</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Prs</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePrs(Prs object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Orientation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Orientation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOrientation(Orientation object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Objectif</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Objectif</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseObjectif(Objectif object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Praps</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Praps</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePraps(Praps object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Theme Praps</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Theme Praps</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseThemePraps(ThemePraps object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mesure Praps</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mesure Praps</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMesurePraps(MesurePraps object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Feuille De Route</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Feuille De Route</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFeuilleDeRoute(FeuilleDeRoute object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Chantier</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Chantier</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChantier(Chantier object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Bonne Pratique</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Bonne Pratique</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBonnePratique(BonnePratique object)
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

} //PlanSwitch
