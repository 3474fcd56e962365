/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.plan;

import org.maillage.model.Element;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Theme Praps</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A theme of the departmental PRAPS meetings, e.g. "précarité et santé mentale".
 * <!-- end-model-doc -->
 *
 *
 * @see org.maillage.model.plan.PlanPackage#getThemePraps()
 * @model
 * @generated
 */
public interface ThemePraps extends Element
{
} // ThemePraps
