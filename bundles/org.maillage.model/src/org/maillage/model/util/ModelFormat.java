/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.util;

import org.maillage.model.MaillageFactory;
import org.maillage.model.ModeleMaillage;

/**
 * The version of the file format and how a new, empty model starts.
 */
public final class ModelFormat {

    /** Written in {@link ModeleMaillage#getFormatVersion()}; raise it, and migrate, when the metamodel changes. */
    public static final String CURRENT_VERSION = "1.1";

    /** Extension of Maillage files; the generated resource factory is registered for it. */
    public static final String FILE_EXTENSION = "maillage";

    private ModelFormat() {
    }

    /**
     * @return a new root stamped with {@link #CURRENT_VERSION}
     */
    public static ModeleMaillage newModel() {
        ModeleMaillage root = MaillageFactory.eINSTANCE.createModeleMaillage();
        root.setFormatVersion(CURRENT_VERSION);
        return root;
    }
}
