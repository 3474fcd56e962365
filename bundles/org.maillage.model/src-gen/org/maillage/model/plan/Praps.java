/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.Element;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Praps</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Programme régional pour l'accès à la prévention et aux soins des plus démunis, part of the PRS.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.plan.Praps#getThemes <em>Themes</em>}</li>
 *   <li>{@link org.maillage.model.plan.Praps#getMesures <em>Mesures</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.plan.PlanPackage#getPraps()
 * @model
 * @generated
 */
public interface Praps extends Element
{
	/**
	 * Returns the value of the '<em><b>Themes</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.plan.ThemePraps}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Themes</em>' containment reference list.
	 * @see org.maillage.model.plan.PlanPackage#getPraps_Themes()
	 * @model containment="true"
	 * @generated
	 */
	EList<ThemePraps> getThemes();

	/**
	 * Returns the value of the '<em><b>Mesures</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.plan.MesurePraps}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mesures</em>' containment reference list.
	 * @see org.maillage.model.plan.PlanPackage#getPraps_Mesures()
	 * @model containment="true"
	 * @generated
	 */
	EList<MesurePraps> getMesures();

} // Praps
