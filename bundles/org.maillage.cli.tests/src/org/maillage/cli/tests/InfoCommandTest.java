/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ExitCodes;
import org.maillage.cli.internal.Cli;
import org.maillage.cli.internal.CommandRegistry;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.model.util.ModelFormat;

/**
 * Covered cases: {@code maillage info FILE} counts the elements of each kind with their French names; a missing
 * file gives exit code 3 and the loader's French message; a missing argument gives exit code 2.
 */
class InfoCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Locale previous;

    @BeforeEach
    void french() {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(previous);
    }

    private int run(String... args) {
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8), errStream,
                folder);
        return new Cli(CommandRegistry.read(Platform.getExtensionRegistry(), errStream), "0").run(List.of(args),
                context);
    }

    @Test
    void countsElementsPerKind() throws Exception {
        TerritoireFactory f = TerritoireFactory.eINSTANCE;
        ModeleMaillage model = ModelFormat.newModel();
        Region region = f.createRegion();
        Departement eure = f.createDepartement();
        region.getDepartements().add(eure);
        for (String nom : List.of("Évreux", "Vernon", "Louviers")) {
            Commune commune = f.createCommune();
            commune.setNom(nom);
            eure.getCommunes().add(commune);
        }
        model.getRegions().add(region);
        MaillageFiles.save(model, folder.resolve("eure.maillage"));

        assertEquals(ExitCodes.OK, run("info", "eure.maillage"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("version de format 1.0"), text);
        assertTrue(text.matches("(?s).*Commune\\s+3\\R.*"), text);
        assertTrue(text.matches("(?s).*Département\\s+1\\R.*"), "kinds are named in French: " + text);
        assertTrue(text.contains("Total : 5 éléments"), text);
    }

    @Test
    void missingFileIsAnInputError() {
        assertEquals(ExitCodes.INPUT_ERROR, run("info", "absent.maillage"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("n'existe pas"), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.notExists(folder.resolve("absent.maillage")));
    }

    @Test
    void missingArgumentIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("info"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage : maillage info FICHIER"));
    }
}
