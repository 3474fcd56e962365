/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.ExitCodes;
import org.maillage.examples.Example;
import org.maillage.examples.Examples;
import org.maillage.report.ReportService;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: {@code maillage report --list} lists the five designs; one report is written as PDF with the
 * département's figures; the batch form over a folder of the five examples writes one file per roadmap and starts
 * the engine once; a malformed design file, an unknown design name and a missing roadmap give a French message and
 * the exit code of {@code ExitCodes}, never a stack trace; an output that is the roadmap itself (also through a
 * link), a folder, /dev/null (only its type is read) or an output folder that is a file is refused with exit 2
 * before the engine runs, the roadmap untouched and no .part file left; {@code --timeout} stops an endless design
 * script (exit 3, French message, no output or partial file left) and refuses a value that is not a number of
 * seconds (exit 2); {@code --param diagrammes=...} reaches the design (an unknown representation gives a
 * placeholder in the pack and a French warning naming the roadmap, exit 0) and a parameter without a name is a
 * usage error. A written report has the permissions of any new file in its folder, not owner-only (POSIX).
 */
@ExtendWith(FrenchLocale.class)
class ReportCommandTest {

    @TempDir
    Path folder;

    @Test
    void listNamesTheShippedDesigns() {
        CliRunner.Result result = CliRunner.run(folder, "report", "--list");
        assertEquals(ExitCodes.OK, result.code(), result.err());
        for (String design : ShippedDesignsTest.SHIPPED) {
            assertTrue(result.out().contains(design), result.out());
        }
        assertTrue(result.out().contains("Dossier de séance du CTS"), result.out());
    }

    @Test
    void takesReportParametersAndSaysWhatIsMissing() throws Exception {
        Examples.eure().copyTo(folder);
        CliRunner.Result result = CliRunner.run(folder, "report", "--design", "dossier-cts", "--param",
                "diagrammes=diagram:org.example.absent/vue,articulation", "--out", "dossier.pdf", "eure.maillage");
        assertEquals(ExitCodes.OK, result.code(), result.err());
        assertTrue(result.err().contains("Avertissement (eure.maillage) : Représentation « diagram:org.example.absent"
                + "/vue » : non disponible"), result.err());
        String text = ReportOutputs.pdfText(Files.readAllBytes(folder.resolve("dossier.pdf")));
        assertTrue(text.contains("Représentation « diagram:org.example.absent/vue » : non disponible"), text);

        result = CliRunner.run(folder, "report", "--design", "dossier-cts", "--param", "=x", "--out", "d2.pdf",
                "eure.maillage");
        assertEquals(ExitCodes.USAGE, result.code(), result.err());
        assertTrue(result.err().contains("Paramètre de rapport invalide : =x"), result.err());
    }

    @Test
    void writesOneReport() throws Exception {
        Examples.eure().copyTo(folder);
        CliRunner.Result result = CliRunner.run(folder, "report", "--design", "bilan-feuille-de-route", "--format",
                "pdf", "--out", "bilan.pdf", "eure.maillage");
        assertEquals(ExitCodes.OK, result.code(), result.err());
        String text = ReportOutputs.pdfText(Files.readAllBytes(folder.resolve("bilan.pdf")));
        assertTrue(text.contains("Département : Eure"), text);
        assertFalse(Files.list(folder).anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no leftover");
        if (Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null) {
            // Not owner-only: what the system gives any new file here (umask applied).
            Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(folder.resolve("t")));
            assertEquals(usual, Files.getPosixFilePermissions(folder.resolve("bilan.pdf")));
        }
    }

    @Test
    void batchOverAFolderStartsTheEngineOnce() throws Exception {
        Path models = folder.resolve("departements");
        for (Example example : Examples.all()) {
            example.copyTo(models);
        }
        ReportService service = ReportService.getDefault();
        service.close();
        int before = service.engineStarts();
        CliRunner.Result result = CliRunner.run(folder, "report", "--design", "dossier-cts", "--format", "pdf",
                "--out-dir", "dossiers", "departements");
        assertEquals(ExitCodes.OK, result.code(), result.err());
        assertEquals(1, service.engineStarts() - before, "one engine for the whole batch");
        List<Path> written;
        try (var files = Files.list(folder.resolve("dossiers"))) {
            written = files.sorted().toList();
        }
        assertEquals(Examples.all().size(), written.size(), written.toString());
        assertTrue(written.stream().allMatch(p -> p.getFileName().toString().startsWith("dossier-cts-")));
    }

    @Test
    void malformedDesignFileIsAnInputError() throws Exception {
        Examples.eure().copyTo(folder);
        Files.writeString(folder.resolve("casse.rptdesign"), "<report><body>");
        CliRunner.Result result = CliRunner.run(folder, "report", "--design", "casse.rptdesign", "--format", "html",
                "--out", "x.html", "eure.maillage");
        assertEquals(ExitCodes.INPUT_ERROR, result.code());
        assertTrue(result.err().contains("casse"), result.err());
        assertTrue(result.err().contains("invalide"), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace: " + result.err());
        assertFalse(Files.exists(folder.resolve("x.html")), "no partial output");
    }

    @Test
    void timeoutStopsAnEndlessScript() throws Exception {
        Examples.eure().copyTo(folder);
        Files.writeString(folder.resolve("boucle.rptdesign"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <report xmlns="http://www.eclipse.org/birt/2005/design" version="3.2.23" id="1">
                    <method name="initialize"><![CDATA[while (true) {}]]></method>
                </report>
                """);
        CliRunner.Result result = CliRunner.run(folder, "report", "--design", "boucle.rptdesign", "--format", "pdf",
                "--timeout", "2", "--out", "x.pdf", "eure.maillage");
        assertEquals(ExitCodes.INPUT_ERROR, result.code(), result.err());
        assertTrue(result.err().contains("« boucle » a dépassé 2 s"), result.err());
        assertFalse(Files.exists(folder.resolve("x.pdf")), "no output");
        try (var files = Files.list(folder)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no partial file");
        }

        CliRunner.Result invalid = CliRunner.run(folder, "report", "--design", "boucle.rptdesign", "--timeout",
                "zéro", "--out", "x.pdf", "eure.maillage");
        assertEquals(ExitCodes.USAGE, invalid.code());
        assertTrue(invalid.err().contains("Délai invalide : zéro"), invalid.err());
    }

    @Test
    void unknownDesignAndMissingRoadmapAreReported() throws Exception {
        CliRunner.Result unknown = CliRunner.run(folder, "report", "--design", "bilan-inconnu", "--out", "x.pdf",
                "eure.maillage");
        assertEquals(ExitCodes.USAGE, unknown.code());
        assertTrue(unknown.err().contains("Modèle de rapport inconnu : bilan-inconnu"), unknown.err());
        assertTrue(unknown.err().contains("dossier-cts"), unknown.err());

        CliRunner.Result missing = CliRunner.run(folder, "report", "--design", "fiche-cls", "--out", "x.pdf",
                "absent.maillage");
        assertEquals(ExitCodes.INPUT_ERROR, missing.code());
        assertTrue(missing.err().contains("absent.maillage"), missing.err());
    }

    @Test
    void outputsThatWouldDestroyTheRoadmapAreRefusedBeforeWork() throws Exception {
        Examples.eure().copyTo(folder);
        Path roadmap = folder.resolve("eure.maillage");
        byte[] before = Files.readAllBytes(roadmap);
        Files.createSymbolicLink(folder.resolve("lien.pdf"), roadmap);
        Files.createDirectory(folder.resolve("dossier.pdf"));
        List<String> outs = new java.util.ArrayList<>(List.of("eure.maillage", "lien.pdf", "dossier.pdf"));
        if (Files.exists(Path.of("/dev/null")) && !Files.isRegularFile(Path.of("/dev/null"))) {
            outs.add("/dev/null");
        }
        for (String out : outs) {
            CliRunner.Result result = CliRunner.run(folder, "report", "--design", "bilan-feuille-de-route",
                    "--format", "pdf", "--out", out, "eure.maillage");
            assertEquals(ExitCodes.USAGE, result.code(), out + "\n" + result.err());
            assertTrue(result.err().contains(" : cette sortie"), result.err());
        }
        Files.writeString(folder.resolve("fichier"), "pas un dossier");
        CliRunner.Result result = CliRunner.run(folder, "report", "--design", "bilan-feuille-de-route", "--out-dir",
                "fichier", "eure.maillage");
        assertEquals(ExitCodes.USAGE, result.code(), result.err());
        assertTrue(result.err().contains("n'est pas un dossier"), result.err());
        assertArrayEquals(before, Files.readAllBytes(roadmap), "the roadmap is untouched");
        assertFalse(Files.exists(folder.resolve("eure.maillage.bak")));
        assertFalse(Files.list(folder).anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no leftover");
    }
}
