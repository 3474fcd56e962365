/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * Forgets the window layout saved by an older Maillage whose perspective had other parts.
 * <p>
 * The workbench restores the layout it saved at the last exit, including which parts exist and whether the editor
 * area shows. After an upgrade that changes the perspective (the roadmap editor, the problems view...), restoring
 * the old layout would hide the new parts: the user would see the home view alone and the roadmap opened in an
 * invisible editor area. So the layout carries the version of the perspective it was saved with, and an outdated
 * one is dropped before the workbench starts; only the arrangement is lost, never a roadmap.
 */
public final class SavedLayout {

    /** Raise when the perspective's parts change. */
    public static final String VERSION = "2";

    private static final Path WORKBENCH_STATE = Path.of(".metadata", ".plugins", "org.eclipse.e4.workbench",
            "workbench.xmi");
    private static final Path STAMP = Path.of(".metadata", ".plugins", "org.maillage.app", "layout-version");

    private SavedLayout() {
    }

    /** Applies {@link #discardIfOutdated(Path)} to the instance location, when there is one on disk. */
    static void discardIfOutdated() {
        Location location = Platform.getInstanceLocation();
        if (location == null || location.getURL() == null || !"file".equals(location.getURL().getProtocol())) {
            return;
        }
        try {
            discardIfOutdated(Path.of(location.getURL().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | IOException e) {
            // The workbench then restores whatever it saved: a layout to rearrange, not lost work.
            ILog.of(SavedLayout.class).warn("Saved layout not checked: " + e.getMessage(), e);
        }
    }

    /**
     * @param instance the workbench's instance location
     * @return whether a saved layout was dropped
     * @throws IOException when the saved layout or the stamp cannot be changed
     */
    public static boolean discardIfOutdated(Path instance) throws IOException {
        Path stamp = instance.resolve(STAMP);
        String saved = Files.isRegularFile(stamp) ? Files.readString(stamp, StandardCharsets.UTF_8).strip() : null;
        if (VERSION.equals(saved)) {
            return false;
        }
        boolean dropped = Files.deleteIfExists(instance.resolve(WORKBENCH_STATE));
        Files.createDirectories(stamp.getParent());
        Files.writeString(stamp, VERSION, StandardCharsets.UTF_8);
        return dropped;
    }
}
