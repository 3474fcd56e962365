/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.examples.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.maillage.model.ModeleMaillage;

/** Stub until the territory importer is merged. */
final class EureExample {
    private EureExample() {
    }

    static ModeleMaillage importTerritory(Path dir) throws IOException {
        throw new IOException("territory importer not merged yet");
    }

    static ModeleMaillage build(ModeleMaillage territory, Path dir) {
        return territory;
    }
}
