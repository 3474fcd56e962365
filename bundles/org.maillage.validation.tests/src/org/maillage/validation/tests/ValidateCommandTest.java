/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.ExitCodes;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.testsupport.CliRunner;

/**
 * Covered cases, through the command line as contributed in plugin.xml: a valid file exits 0 with a summary
 * (warnings from this fragment's unusable test contributions do not fail it); a file with errors exits 1 and prints
 * one line per problem with the French severity, the code and the message (naming the element, never by its uuid); a missing file and a broken
 * file exit 3 with the loader's French message on standard error; a missing argument is a usage error.
 */
class ValidateCommandTest extends FrenchFixtureTest {

    @TempDir
    Path folder;

    private CliRunner.Result last;

    private int run(String... args) {
        last = CliRunner.run(folder, args);
        return last.code();
    }

    private List<String> outLines() {
        return last.out().lines().toList();
    }

    private String err() {
        return last.err();
    }

    @Test
    void validFileExitsZero() throws Exception {
        MaillageFiles.save(f.model, folder.resolve("eure.maillage"));
        assertEquals(ExitCodes.OK, run("validate", "eure.maillage"), err());
        List<String> lines = outLines();
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("ERREUR")), lines::toString);
        // The four informations are the fixture's coverage gaps (MAILLAGE-COUV-*): an EPCI without CLS, a QPV
        // without CLS fiche action, two EPCI with communes outside every CPTS. The three warnings are this fragment's
        // unusable contributions (two rules, one kind of dispositif: MAILLAGE-REGLE-002).
        assertEquals("aucune erreur, 3 avertissements, 4 informations dans eure.maillage.",
                lines.get(lines.size() - 1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("INFO MAILLAGE-COUV-001")), lines::toString);
    }

    @Test
    void fileWithErrorsExitsOneAndPrintsEachProblem() throws Exception {
        f.chantier.setPilote(null);
        f.chantier.getDeclines().clear();
        MaillageFiles.save(f.model, folder.resolve("eure.maillage"));
        assertEquals(ExitCodes.PROBLEMS_FOUND, run("validate", "eure.maillage"), err());
        List<String> lines = outLines();
        assertTrue(lines.contains("ERREUR MAILLAGE-CHANTIER-001"
                + " Chantier « Renforcer le maillage des PASS » : pas de pilote"), lines::toString);
        assertTrue(lines.contains("AVERTISSEMENT MAILLAGE-PRAPS-001"
                + " Mesure PRAPS « Renforcer l'accès aux soins des plus démunis » : aucun chantier ne décline "
                + "cette mesure"), lines::toString);
        assertEquals("1 erreur, 4 avertissements, 4 informations dans eure.maillage.",
                lines.get(lines.size() - 1));
    }

    @Test
    void missingFileExitsThreeWithAFrenchMessage() {
        assertEquals(ExitCodes.INPUT_ERROR, run("validate", "absent.maillage"));
        assertTrue(err().contains("absent.maillage") && err().contains("n'existe pas"), err());
        assertEquals(List.of(), outLines());
    }

    @Test
    void brokenFileExitsThree() throws Exception {
        Files.writeString(folder.resolve("tronque.maillage"), "<?xml version=\"1.0\"?>\n<maillage:ModeleMaillage");
        assertEquals(ExitCodes.INPUT_ERROR, run("validate", "tronque.maillage"));
        assertTrue(err().contains("tronque.maillage") && err().contains("mal formé"), err());
    }

    @Test
    void missingArgumentIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("validate"));
        assertTrue(err().contains("Usage : maillage validate FICHIER"), err());
        assertFalse(err().isEmpty());
    }
}
