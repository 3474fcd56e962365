/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.impl;

import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Hand-written behaviour of {@link ElementImpl}: every element gets its {@code uuid} when it is created.
 * <p>
 * The code generator (MWE2's {@code EcoreGenerator}) finds this class by its {@code Custom} suffix in {@code src/} and
 * makes every generated implementation class extend it, so elements created by the factory, an editing command or an
 * importer all have an identity before they are first saved. Loading a file overwrites the fresh value with the saved
 * one. {@link EcoreUtil#copy(org.eclipse.emf.ecore.EObject)} copies the {@code uuid} too: code that duplicates
 * elements must give the copies new ones.
 */
public abstract class ElementImplCustom extends ElementImpl {

    /** Assigns a fresh, random identifier; no notification is sent, as nobody can listen yet. */
    protected ElementImplCustom() {
        super();
        uuid = EcoreUtil.generateUUID();
    }
}
