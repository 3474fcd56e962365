/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two small packages in the layout of {@code @etalab/decoupage-administratif}, one millésime apart, for the update
 * tests: a made-up département 27 of four, then four communes.
 * <ul>
 * <li>2090 (90.0.0): Aville 27001, Bville 27002, Cville 27003, Dville 27004; CC Un (27001, 27002), CC Deux (27003,
 * 27004).</li>
 * <li>2091 (91.0.0): Aville renamed Aville-sur-Eure; Bville merged into it (a commune déléguée of 27001); Dville
 * removed; Eville 27005 created; CC Un now 27001 and 27003; CC Deux dissolved; CC Trois (27005) created.</li>
 * </ul>
 */
final class SyntheticMillesimes {

    private SyntheticMillesimes() {
    }

    static Path first(Path dir) throws IOException {
        return write(dir.resolve("m2090"), "90.0.0", "2090", """
                [{"code":"27001","nom":"Aville","type":"commune-actuelle","departement":"27","population":100},
                {"code":"27002","nom":"Bville","type":"commune-actuelle","departement":"27","population":200},
                {"code":"27003","nom":"Cville","type":"commune-actuelle","departement":"27","population":300},
                {"code":"27004","nom":"Dville","type":"commune-actuelle","departement":"27","population":400}]""",
                """
                [{"code":"200000001","nom":"CC Un","type":"CC","populationMunicipale":300,
                  "membres":[{"code":"27001"},{"code":"27002"}]},
                {"code":"200000002","nom":"CC Deux","type":"CC","populationMunicipale":700,
                  "membres":[{"code":"27003"},{"code":"27004"}]}]""");
    }

    static Path second(Path dir) throws IOException {
        return write(dir.resolve("m2091"), "91.0.0", "2091", """
                [{"code":"27001","nom":"Aville-sur-Eure","type":"commune-actuelle","departement":"27","population":300},
                {"code":"27002","nom":"Bville","type":"commune-deleguee","chefLieu":"27001","departement":"27"},
                {"code":"27003","nom":"Cville","type":"commune-actuelle","departement":"27","population":300},
                {"code":"27005","nom":"Eville","type":"commune-actuelle","departement":"27","population":50}]""",
                """
                [{"code":"200000001","nom":"CC Un","type":"CC","populationMunicipale":600,
                  "membres":[{"code":"27001"},{"code":"27003"}]},
                {"code":"200000003","nom":"CC Trois","type":"CC","populationMunicipale":50,
                  "membres":[{"code":"27005"}]}]""");
    }

    private static Path write(Path folder, String version, String millesime, String communes, String epci)
            throws IOException {
        Files.createDirectories(folder.resolve("data"));
        Files.writeString(folder.resolve("package.json"),
                "{\"name\":\"@etalab/decoupage-administratif\",\"version\":\"" + version + "\"}");
        Files.writeString(folder.resolve("README.md"), "| Année | Version |\n| " + millesime + " | " + version
                + " | npm |\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("data/regions.json"), "[{\"code\":\"28\",\"nom\":\"Normandie\"}]");
        Files.writeString(folder.resolve("data/departements.json"),
                "[{\"code\":\"27\",\"nom\":\"Eure\",\"region\":\"28\"}]");
        Files.writeString(folder.resolve("data/communes.json"), communes, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("data/epci.json"), epci, StandardCharsets.UTF_8);
        return folder;
    }
}
