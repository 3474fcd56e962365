/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.maillage.app.internal.SavedLayout;

/**
 * Covered cases: a window layout saved by an older Maillage (no stamp, or another version) is dropped before the
 * workbench restores it, so that new parts show after an upgrade; a layout saved by this version is kept; nothing
 * else in the workspace is touched.
 */
class SavedLayoutTest {

    private static final Path STATE = Path.of(".metadata", ".plugins", "org.eclipse.e4.workbench", "workbench.xmi");

    @Test
    void layoutOfAnOlderVersionIsDroppedAndThisVersionsIsKept() throws Exception {
        Path instance = Files.createTempDirectory("maillage-workspace");
        Path state = instance.resolve(STATE);
        Files.createDirectories(state.getParent());
        Files.writeString(state, "<application/>");
        Path other = Files.writeString(instance.resolve(".metadata").resolve("autre.txt"), "gardé");

        assertTrue(SavedLayout.discardIfOutdated(instance), "a layout without a version is from an older Maillage");
        assertFalse(Files.exists(state));
        assertTrue(Files.exists(other), "only the layout goes");

        Files.writeString(state, "<application/>");
        assertFalse(SavedLayout.discardIfOutdated(instance), "saved by this version: kept");
        assertTrue(Files.exists(state));
    }
}
