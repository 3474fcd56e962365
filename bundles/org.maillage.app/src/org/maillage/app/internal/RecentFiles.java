/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.maillage.app.MaillageUi;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The roadmaps opened last, most recent first, kept in the workbench's preferences: shown on the home page and in
 * the File menu, and the first one is reopened at start-up.
 */
public final class RecentFiles {

    /** How many files are remembered. */
    public static final int MAX = 6;

    private static final String KEY = "fichiersRecents";
    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    private RecentFiles() {
    }

    /** @return the files remembered that still exist, most recent first */
    public static List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (String line : preferences().get(KEY, "").split("\n")) {
            try {
                Path file = line.isBlank() ? null : Path.of(line);
                if (file != null && Files.isRegularFile(file)) {
                    files.add(file);
                }
            } catch (InvalidPathException e) {
                // A path from another system: forget it.
            }
        }
        return files;
    }

    /** @param file a roadmap just opened or saved: it goes first */
    public static void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(list());
        files.remove(absolute);
        files.add(0, absolute);
        List<String> lines = files.stream().limit(MAX).map(Path::toString).toList();
        String value = String.join("\n", lines);
        IEclipsePreferences preferences = preferences();
        if (value.equals(preferences.get(KEY, ""))) {
            return;
        }
        preferences.put(KEY, value);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // Losing the list only means the home page shows fewer files next time.
            Platform.getLog(RecentFiles.class).warn(e.getMessage(), e);
        }
        LISTENERS.forEach(Runnable::run);
    }

    /** @param listener told on the UI thread when the list changes */
    static void addListener(Runnable listener) {
        LISTENERS.add(listener);
    }

    /** @param listener no longer told */
    static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(MaillageUi.PLUGIN_ID);
    }
}
