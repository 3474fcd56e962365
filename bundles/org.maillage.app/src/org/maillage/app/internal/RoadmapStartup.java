/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IWorkbenchPage;
import org.maillage.app.MaillageUi;
import org.maillage.examples.Examples;
import org.maillage.model.util.ModelFormat;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Which roadmap the workbench opens at start-up: the file given on the command line, else the last one opened,
 * else (first start) a copy of the Eure example, so that a new user sees a real roadmap at once. The example is
 * copied to {@code ~/.maillage/exemples/}, never edited inside the installation.
 */
final class RoadmapStartup {

    private static final String LAST_FILE = "dernierFichier";

    private RoadmapStartup() {
    }

    static void openInitialRoadmap(IWorkbenchPage page) {
        Optional<Path> file = fromArguments().or(RoadmapStartup::lastOpened).or(RoadmapStartup::exampleCopy);
        if (file.isEmpty()) {
            return;
        }
        RoadmapEditors.open(page, file.get());
    }

    /** Remembers the last file opened, for the next start. */
    static void remember(Path file) {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(MaillageUi.PLUGIN_ID);
        preferences.put(LAST_FILE, file.toAbsolutePath().toString());
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // Losing this preference only means the example opens next time.
            Platform.getLog(RoadmapStartup.class).warn(e.getMessage(), e);
        }
    }

    /**
     * The first argument naming a roadmap file. Only {@code .maillage} names count: other arguments may be option
     * values of the launcher or of a test harness, and must not be taken for a roadmap.
     */
    private static Optional<Path> fromArguments() {
        for (String arg : Platform.getApplicationArgs()) {
            if (arg.endsWith("." + ModelFormat.FILE_EXTENSION) && Files.isRegularFile(Path.of(arg))) {
                return Optional.of(Path.of(arg));
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> lastOpened() {
        String last = InstanceScope.INSTANCE.getNode(MaillageUi.PLUGIN_ID).get(LAST_FILE, null);
        return last != null && Files.isRegularFile(Path.of(last)) ? Optional.of(Path.of(last)) : Optional.empty();
    }

    private static Optional<Path> exampleCopy() {
        Path folder = Path.of(System.getProperty("user.home"), ".maillage", "exemples");
        Path copy = folder.resolve(Examples.eure().name() + ".maillage");
        try {
            return Optional.of(Files.isRegularFile(copy) ? copy : Examples.eure().copyTo(folder));
        } catch (IOException e) {
            Platform.getLog(RoadmapStartup.class).warn(e.getMessage(), e);
            return Optional.empty();
        }
    }
}
