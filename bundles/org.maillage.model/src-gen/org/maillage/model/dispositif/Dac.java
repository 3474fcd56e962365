/**
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.dispositif;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dac</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Dispositif d'appui à la coordination, usually one per département.
 * <!-- end-model-doc -->
 *
 *
 * @see org.maillage.model.dispositif.DispositifPackage#getDac()
 * @model
 * @generated
 */
public interface Dac extends Dispositif
{
} // Dac
