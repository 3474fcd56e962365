/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mesure Praps</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.plan.MesurePraps#getObjectifs <em>Objectifs</em>}</li>
 *   <li>{@link org.maillage.model.plan.MesurePraps#getTheme <em>Theme</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.plan.PlanPackage#getMesurePraps()
 * @model
 * @generated
 */
public interface MesurePraps extends Orientation
{
	/**
	 * Returns the value of the '<em><b>Objectifs</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.plan.Objectif}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The PRS objectives this measure declines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objectifs</em>' reference list.
	 * @see org.maillage.model.plan.PlanPackage#getMesurePraps_Objectifs()
	 * @model
	 * @generated
	 */
	EList<Objectif> getObjectifs();

	/**
	 * Returns the value of the '<em><b>Theme</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theme</em>' reference.
	 * @see #setTheme(ThemePraps)
	 * @see org.maillage.model.plan.PlanPackage#getMesurePraps_Theme()
	 * @model
	 * @generated
	 */
	ThemePraps getTheme();

	/**
	 * Sets the value of the '{@link org.maillage.model.plan.MesurePraps#getTheme <em>Theme</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theme</em>' reference.
	 * @see #getTheme()
	 * @generated
	 */
	void setTheme(ThemePraps value);

} // MesurePraps
