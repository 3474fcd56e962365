/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.testsupport.greffon;

import org.eclipse.emf.ecore.EClass;
import org.maillage.model.dispositif.impl.DispositifImpl;

/** The test plug-in's kind of dispositif (a « réseau d'essai »), as a modeller's generated class would be. */
public class ReseauEssai extends DispositifImpl {

    /** Creates one; use {@code EcoreUtil.create(GreffonPackage.RESEAU_ESSAI)}. */
    public ReseauEssai() {
        super();
    }

    @Override
    protected EClass eStaticClass() {
        return GreffonPackage.RESEAU_ESSAI;
    }
}
