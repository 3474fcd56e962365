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
import org.eclipse.ui.IWorkbenchPage;
import org.maillage.examples.Example;
import org.maillage.examples.Examples;
import org.maillage.model.util.ModelFormat;
import org.maillage.roadmap.ui.RoadmapEditors;

/**
 * Which roadmap the workbench opens at start-up: the file given on the command line, else the last one opened,
 * else (first start) a copy of the Eure example, so that a new user sees a real roadmap at once. The example is
 * copied to {@code ~/.maillage/exemples/}, never edited inside the installation.
 */
final class RoadmapStartup {

    private RoadmapStartup() {
    }

    static void openInitialRoadmap(IWorkbenchPage page) {
        Optional<Path> file = fromArguments().or(RoadmapStartup::lastOpened).or(RoadmapStartup::exampleCopy);
        if (file.isEmpty()) {
            return;
        }
        RoadmapEditors.open(page, file.get());
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
        return RecentFiles.list().stream().findFirst();
    }

    private static Optional<Path> exampleCopy() {
        try {
            return Optional.of(exampleCopy(Examples.eure()));
        } catch (IOException e) {
            Platform.getLog(RoadmapStartup.class).warn(e.getMessage(), e);
            return Optional.empty();
        }
    }

    /**
     * The user's copy of an example in {@code ~/.maillage/exemples/}, made on first use and kept afterwards (the user
     * may have changed it).
     *
     * @param example a shipped example
     * @return the copy
     * @throws IOException when it cannot be written
     */
    static Path exampleCopy(Example example) throws IOException {
        Path folder = Path.of(System.getProperty("user.home"), ".maillage", "exemples");
        Path copy = folder.resolve(example.name() + "." + ModelFormat.FILE_EXTENSION);
        return Files.isRegularFile(copy) ? copy : example.copyTo(folder);
    }
}
