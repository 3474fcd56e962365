/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.examples.Example;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.util.ModelFormat;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: the five examples are listed with a French title and a bundle path; each one is found by name,
 * is present in the bundle, loads through {@link MaillageFiles#load} in the current format, round-trips (save,
 * load, {@link EcoreUtil#equals}) and copies byte for byte; an unknown name finds nothing.
 */
@ExtendWith(FrenchLocale.class)
class ExamplesTest {

    @TempDir
    Path folder;


    static Stream<Example> examples() {
        return Examples.all().stream();
    }

    @Test
    void fiveExamplesEureFirst() {
        List<String> names = Examples.all().stream().map(Example::name).toList();
        assertEquals(List.of("eure", "pays-de-brest", "bruaysis", "valherbasse", "combrailles"), names);
        assertEquals(Examples.EURE, Examples.eure().name());
        assertEquals("examples/eure.maillage", Examples.eure().path());
        assertTrue(Examples.find("valherbasse").isPresent());
        assertFalse(Examples.find("licorne").isPresent());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void loadsAndRoundTrips(Example example) throws Exception {
        ModeleMaillage model = example.open();
        assertEquals(ModelFormat.CURRENT_VERSION, model.getFormatVersion());
        assertTrue(model.getUuid().startsWith("exemple-"), model.getUuid());
        assertTrue(model.getNom() != null && !model.getNom().isBlank(), "the root is named");
        assertFalse(example.titre().isBlank());

        Path saved = folder.resolve("copie.maillage");
        MaillageFiles.save(model, saved);
        ModeleMaillage reloaded = MaillageFiles.load(saved);
        assertTrue(EcoreUtil.equals(model, reloaded), example.name() + " round-trips");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void copiesTheShippedFile(Example example) throws Exception {
        Path copy = example.copyTo(folder.resolve("sous-dossier"));
        assertEquals(example.name() + ".maillage", copy.getFileName().toString());
        try (InputStream in = example.url().openStream()) {
            assertTrue(java.util.Arrays.equals(in.readAllBytes(), Files.readAllBytes(copy)));
        }
        assertTrue(EcoreUtil.equals(example.open(), MaillageFiles.load(copy)));
    }
}
