/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.ExitCodes;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.testsupport.CliRunner;

/**
 * Covered cases, end to end through the command line and the extension registry: import-territory is listed by
 * --help with its French description; a successful run writes a file that loads back with the expected counts and
 * prints a French summary; bad arguments (unknown option, missing option, missing value, duplicate option,
 * unknown département) give exit code 2 and the usage on stderr; a missing data folder and a malformed JSON file
 * give exit code 3 with the file named; an unwritable output gives 3.
 */
class ImportTerritoryCommandTest {

    private CliRunner.Result last;

    @TempDir
    Path dir;

    private int run(String... args) {
        last = CliRunner.run(dir, args);
        return last.code();
    }

    private String out() {
        return last.out();
    }

    private String err() {
        return last.err();
    }

    private static String data() {
        return DecoupagePackageFixture.packageDir().toString();
    }

    @Test
    void helpListsTheCommandInFrench() {
        assertEquals(ExitCodes.OK, run("--help"));
        assertTrue(out().contains("import-territory --data DIR --departement CODE[,CODE] --out FILE"), out());
        assertTrue(out().contains("Importe la région"), out());
    }

    @Test
    void importWritesALoadableFileAndPrintsASummary() throws Exception {
        ExpectedFigures expected = ExpectedFigures.of(Set.of("27", "76"));
        assertEquals(ExitCodes.OK, run("import-territory", "--data", data(), "--departement", "27,76",
                "--out", "normandie.maillage"), err());
        ModeleMaillage model = MaillageFiles.load(dir.resolve("normandie.maillage"));
        assertEquals(2, model.getRegions().get(0).getDepartements().size());
        int communes = model.getRegions().get(0).getDepartements().stream().mapToInt(d -> d.getCommunes().size())
                .sum();
        assertEquals(expected.communes().size(), communes);
        assertEquals(expected.epciMembers().size(), model.getEpcis().size());
        String summary = out();
        assertTrue(summary.contains("1 région(s), 2 département(s)"), summary);
        assertTrue(summary.contains(model.getEpcis().size() + " EPCI ; millésime "
                + model.getReferenceData().get(0).getMillesime()), summary);
        assertEquals("", err());
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertUsage("Option inconnue « --dept »", "import-territory", "--data", data(), "--dept", "27", "--out",
                "x.maillage");
        assertUsage("L'option --out est obligatoire.", "import-territory", "--data", data(), "--departement", "27");
        assertUsage("L'option --data demande une valeur.", "import-territory", "--data", "--departement", "27");
        assertUsage("L'option --departement est donnée deux fois.", "import-territory", "--data=" + data(),
                "--departement", "27", "--departement=76", "--out", "x.maillage");
        assertUsage("Département inconnu : 99", "import-territory", "--data", data(), "--departement", "99",
                "--out", "x.maillage");
        assertFalse(Files.exists(dir.resolve("x.maillage")));
    }

    private void assertUsage(String message, String... args) {
        assertEquals(ExitCodes.USAGE, run(args), err());
        assertTrue(err().contains(message), err());
        assertTrue(err().contains("Usage : maillage import-territory") || message.startsWith("Département"), err());
        assertEquals("", out());
    }

    @Test
    void missingDataFolderIsAnInputError() {
        assertEquals(ExitCodes.INPUT_ERROR, run("import-territory", "--data", "absent", "--departement", "27",
                "--out", "x.maillage"));
        assertTrue(err().contains("absent : le dossier n'existe pas."), err());
    }

    @Test
    void malformedJsonIsAnInputErrorNamingTheFile() throws Exception {
        Path pkg = MalformedDataTest.smallPackage(dir, "[{\"code\":\"27001\",", "[]");
        assertEquals(ExitCodes.INPUT_ERROR, run("import-territory", "--data", pkg.toString(), "--departement", "27",
                "--out", "x.maillage"));
        assertTrue(err().contains("communes.json, à $[0]"), err());
        assertTrue(err().contains("JSON mal formé"), err());
        assertFalse(Files.exists(dir.resolve("x.maillage")));
    }

    @Test
    void unwritableOutputIsAnInputError() throws Exception {
        Files.writeString(dir.resolve("file"), "not a folder");
        assertEquals(ExitCodes.INPUT_ERROR, run("import-territory", "--data", data(), "--departement", "27",
                "--out", "file/x.maillage"));
        assertTrue(err().contains("écriture impossible"), err());
    }
}
