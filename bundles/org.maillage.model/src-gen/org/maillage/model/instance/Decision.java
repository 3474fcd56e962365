/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.instance;

import org.eclipse.emf.common.util.EList;

import org.maillage.model.Element;

import org.maillage.model.plan.Chantier;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.maillage.model.instance.Decision#getChantiers <em>Chantiers</em>}</li>
 * </ul>
 *
 * @see org.maillage.model.instance.InstancePackage#getDecision()
 * @model
 * @generated
 */
public interface Decision extends Element
{
	/**
	 * Returns the value of the '<em><b>Chantiers</b></em>' reference list.
	 * The list contents are of type {@link org.maillage.model.plan.Chantier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chantiers</em>' reference list.
	 * @see org.maillage.model.instance.InstancePackage#getDecision_Chantiers()
	 * @model
	 * @generated
	 */
	EList<Chantier> getChantiers();

} // Decision
