/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.maillage.model.MaillageFactory;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.PlanFactory;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.testsupport.CliRunner;

/**
 * Covered cases, end to end through the command line and the extension registry: import-territory is listed by
 * --help with its French description; a successful run writes a file that loads back with the expected counts and
 * prints a French summary; bad arguments (unknown option, missing option, missing value, duplicate option,
 * unknown département) give exit code 2 and the usage on stderr; a missing data folder and a malformed JSON file
 * give exit code 3 with the file named; an output below a file, a folder, /dev/null (only its type is read) or a
 * file of the data package is refused with exit 2 before the import; an existing roadmap (or a file that is no
 * Maillage file) is replaced only with --replace, and its content is kept as a backup that a second run does not
 * lose; JSON syntax errors are said in French with line and column, without the parser's advice.
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
        assertTrue(out().contains("import-territory [--data DIR] --departement CODE[,CODE] --out FILE"), out());
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
    void outputBelowAFileIsRefusedBeforeTheImport() throws Exception {
        Files.writeString(dir.resolve("file"), "not a folder");
        assertEquals(ExitCodes.USAGE, run("import-territory", "--data", data(), "--departement", "27",
                "--out", "file/x.maillage"));
        assertTrue(err().contains("n'est pas un dossier"), err());
    }

    private Path roadmap(String name) throws Exception {
        ModeleMaillage model = MaillageFactory.eINSTANCE.createModeleMaillage();
        FeuilleDeRoute feuille = PlanFactory.eINSTANCE.createFeuilleDeRoute();
        feuille.setNom("Feuille de route 2026");
        model.getFeuillesDeRoute().add(feuille);
        Path file = dir.resolve(name);
        MaillageFiles.save(model, file);
        return file;
    }

    @Test
    void existingRoadmapIsReplacedOnlyWithReplaceAndKeptAsBackup() throws Exception {
        Path file = roadmap("v.maillage");
        byte[] before = Files.readAllBytes(file);
        assertEquals(ExitCodes.USAGE, run("import-territory", "--data", data(), "--departement", "27",
                "--out", "v.maillage"));
        assertTrue(err().contains("v.maillage : ce fichier contient plus que le territoire (feuillesDeRoute)"),
                err());
        assertTrue(err().contains("--replace"), err());
        assertArrayEquals(before, Files.readAllBytes(file), "the roadmap is untouched");

        assertEquals(ExitCodes.OK, run("import-territory", "--data", data(), "--departement", "27", "--out",
                "v.maillage", "--replace"), err());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("v.maillage.bak")), "the roadmap is the backup");
        assertEquals(1, MaillageFiles.load(file).getRegions().size());

        // A second run onto the territory file needs no --replace, and does not lose the roadmap's backup.
        assertEquals(ExitCodes.OK, run("import-territory", "--data", data(), "--departement", "76", "--out",
                "v.maillage"), err());
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("v.maillage.bak.1")), "the roadmap is kept");
    }

    @Test
    void existingFileThatIsNoMaillageFileNeedsReplace() throws Exception {
        Files.writeString(dir.resolve("notes.maillage"), "mes notes");
        assertEquals(ExitCodes.USAGE, run("import-territory", "--data", data(), "--departement", "27",
                "--out", "notes.maillage"));
        assertTrue(err().contains("notes.maillage : ce fichier existe et n'est pas un fichier de territoire"), err());
        assertEquals("mes notes", Files.readString(dir.resolve("notes.maillage")));
    }

    @Test
    void devicesFoldersAndDataFilesAreRefusedBeforeTheImport() throws Exception {
        Path devNull = Path.of("/dev/null");
        if (Files.exists(devNull) && !Files.isRegularFile(devNull)) {
            // Only its type is ever read: the check refuses before anything is opened for writing.
            assertEquals(ExitCodes.USAGE, run("import-territory", "--data", data(), "--departement", "27",
                    "--out", devNull.toString()));
            assertTrue(err().contains("fichier ordinaire"), err());
            assertFalse(Files.isRegularFile(devNull), "/dev/null is still a device");
        }
        Files.createDirectory(dir.resolve("dossier"));
        assertEquals(ExitCodes.USAGE, run("import-territory", "--data", data(), "--departement", "27",
                "--out", "dossier"));
        assertTrue(err().contains("dossier : cette sortie est un dossier"), err());
        try (var files = Files.list(dir.resolve("dossier"))) {
            assertEquals(0, files.count(), "nothing left in the folder");
        }
        Path pkg = MalformedDataTest.smallPackage(dir.resolve("paquet"), "[]", "[]");
        Path communes = Files.exists(pkg.resolve("communes.json")) ? pkg.resolve("communes.json")
                : pkg.resolve("data/communes.json");
        byte[] before = Files.readAllBytes(communes);
        assertEquals(ExitCodes.USAGE, run("import-territory", "--data", pkg.toString(), "--departement", "27",
                "--out", communes.toString(), "--replace"));
        assertTrue(err().contains("entrée"), err());
        assertArrayEquals(before, Files.readAllBytes(communes));
    }

    @Test
    void malformedJsonIsDescribedInFrenchWithoutParserAdvice() throws Exception {
        for (String json : new String[] { "[{\"code\":\"27001\",", "[{code: 1}]", "[{\"code\" \"x\"}]" }) {
            Path pkg = MalformedDataTest.smallPackage(Files.createTempDirectory(dir, "p"), json, "[]");
            assertEquals(ExitCodes.INPUT_ERROR, run("import-territory", "--data", pkg.toString(), "--departement",
                    "27", "--out", "x.maillage"));
            assertTrue(err().contains("communes.json"), err());
            assertTrue(err().contains("ligne 1, colonne"), err());
            for (String english : new String[] { "setStrictness", "http", "Use ", "Expected", "Unterminated" }) {
                assertFalse(err().contains(english), err());
            }
        }
    }
}
