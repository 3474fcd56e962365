/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.examples.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The npm package {@code @etalab/decoupage-administratif} the Eure example is built on, fetched once per build
 * with {@code npm pack} into this bundle's {@code target/} folder.
 * <p>
 * The version is pinned: a newer millésime changes the Eure territory, hence the committed file; raising it is a
 * deliberate change, made together with the regenerated examples.
 */
final class DecoupageData {

    /** The package version the committed Eure example was generated from (millésime 2026). */
    static final String VERSION = "6.0.0";

    private DecoupageData() {
    }

    /** @return this test bundle's {@code target/} folder (tycho-surefire runs tests in the project folder) */
    static Path target() {
        return Path.of("target").toAbsolutePath();
    }

    /**
     * @return the unpacked package folder (the one holding {@code data/})
     * @throws IOException when npm or tar fail, with their output
     */
    static synchronized Path packageFolder() throws IOException, InterruptedException {
        Path folder = target().resolve("decoupage-administratif-" + VERSION);
        Path unpacked = folder.resolve("package");
        if (Files.isRegularFile(unpacked.resolve("data/communes.json"))) {
            return unpacked;
        }
        Files.createDirectories(folder);
        run(folder, "npm", "pack", "--silent", "@etalab/decoupage-administratif@" + VERSION);
        run(folder, "tar", "xzf", "etalab-decoupage-administratif-" + VERSION + ".tgz");
        return unpacked;
    }

    private static void run(Path folder, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).directory(folder.toFile()).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // Generous: npm may download a few MB; the build's forked-process timeout is the real guard.
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroy();
            throw new IOException(String.join(" ", command) + " a échoué dans " + folder + " :\n" + output);
        }
    }
}
