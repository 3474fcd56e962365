/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.tests;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.maillage.territory.TerritoryData;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The real {@code @etalab/decoupage-administratif} package, fetched with npm at test time into
 * {@code target/npm-cache} of this bundle, once per test run, in the version built into Maillage
 * ({@link TerritoryData#source()}), so that the built-in data can be compared with it. Never a hand-made copy: the
 * tests compare the importer with figures computed from the package itself. Without npm the tests fail and say why.
 */
final class DecoupagePackageFixture {

    /** The npm package the importer reads. */
    static final String PACKAGE = "@etalab/decoupage-administratif";

    private static final long NPM_TIMEOUT_MINUTES = 10;

    private static Path packageDir;

    private DecoupagePackageFixture() {
    }

    /** @return the unpacked package folder (holding package.json, README.md and data/) */
    static synchronized Path packageDir() {
        if (packageDir == null) {
            packageDir = install(Path.of("target", "npm-cache").toAbsolutePath());
        }
        return packageDir;
    }

    /** @return the parsed content of one of the package's data files, e.g. {@code communes.json} */
    static JsonArray data(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(packageDir().resolve("data").resolve(file), StandardCharsets.UTF_8)) {
            JsonElement root = JsonParser.parseReader(in);
            return root.getAsJsonArray();
        }
    }

    private static Path install(Path prefix) {
        Path npm = findNpm();
        try {
            Files.createDirectories(prefix);
            // --prefix keeps the download in this bundle's target folder; no scripts run, nothing else is touched.
            List<String> command = new ArrayList<>(List.of(npm.toString(), "install", "--prefix", prefix.toString(),
                    "--no-save", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error",
                    PACKAGE + "@" + TerritoryData.source().version()));
            Path log = prefix.resolve("npm-install.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(NPM_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("npm install " + PACKAGE + " did not finish in "
                        + NPM_TIMEOUT_MINUTES + " minutes; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("npm install " + PACKAGE + " failed (exit " + process.exitValue()
                        + "): " + Files.readString(log, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run npm to fetch " + PACKAGE + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + PACKAGE, e);
        }
        Path dir = prefix.resolve("node_modules").resolve(PACKAGE);
        if (!Files.isRegularFile(dir.resolve("data").resolve("communes.json"))) {
            throw new IllegalStateException("npm ran but " + dir + " holds no data/communes.json");
        }
        return dir;
    }

    private static Path findNpm() {
        String path = System.getenv("PATH");
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        for (String entry : (path == null ? "" : path).split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path candidate = Path.of(entry).resolve(windows ? "npm.cmd" : "npm");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("These tests need npm on the PATH to fetch the real " + PACKAGE
                + " package (install Node.js and npm); PATH=" + path);
    }
}
