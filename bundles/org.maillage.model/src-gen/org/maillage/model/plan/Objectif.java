/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Objectif</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.plan.Objectif#getSousObjectifs <em>Sous Objectifs</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.plan.PlanPackage#getObjectif()
 * @model
 * @generated
 */
public interface Objectif extends Orientation
{
	/**
	 * Returns the value of the '<em><b>Sous Objectifs</b></em>' containment reference list.
	 * The list contents are of type {@link org.maillage.model.plan.Objectif}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Finer objectives, e.g. the orientations of the schéma régional under a grand enjeu.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sous Objectifs</em>' containment reference list.
	 * @see org.maillage.model.plan.PlanPackage#getObjectif_SousObjectifs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Objectif> getSousObjectifs();

} // Objectif
