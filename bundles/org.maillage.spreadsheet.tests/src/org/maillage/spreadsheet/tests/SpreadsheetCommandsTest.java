/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: {@code maillage export} writes XLSX, CSV (one file per dispositif kind) and ODS and refuses the
 * roadmap itself as output (2), an unknown table (2) and a missing option (2); {@code maillage import} with
 * {@code --dry-run} prints the preview and leaves the file as it was (0); without it, saves the change with a
 * {@code .bak} (0); with a refused value changes nothing (1) unless {@code --importer-lignes-valides} (valid rows
 * saved, 1); an unreadable sheet gives 3.
 */
@ExtendWith(FrenchLocale.class)
class SpreadsheetCommandsTest {

    @TempDir
    Path folder;

    private Path roadmap;

    @BeforeEach
    void copy() throws Exception {
        roadmap = Examples.eure().copyTo(folder);
    }

    @Test
    void exportWritesEachFormat() {
        CliRunner.Result xlsx = CliRunner.run(folder, "export", roadmap.toString(), "--table",
                "chantiers,cls-fiches-actions,indicateurs", "--out", "tables.xlsx");
        assertEquals(0, xlsx.code(), xlsx.err());
        assertTrue(Files.isRegularFile(folder.resolve("tables.xlsx")));
        CliRunner.Result csv = CliRunner.run(folder, "export", roadmap.toString(), "--table", "dispositifs", "--out",
                "d.csv");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(Files.isRegularFile(folder.resolve("d-cls.csv")), csv.out());
        CliRunner.Result ods = CliRunner.run(folder, "export", roadmap.toString(), "--table", "roles", "--out",
                "r.ods");
        assertEquals(0, ods.code(), ods.err());
    }

    @Test
    void exportRefusesBadArguments() throws Exception {
        byte[] before = Files.readAllBytes(roadmap);
        CliRunner.Result self = CliRunner.run(folder, "export", roadmap.toString(), "--table", "chantiers", "--out",
                roadmap.toString().replace(".maillage", ".maillage"));
        assertEquals(2, self.code(), self.err());
        assertArrayEquals(before, Files.readAllBytes(roadmap));
        CliRunner.Result table = CliRunner.run(folder, "export", roadmap.toString(), "--table", "tableaux", "--out",
                "t.xlsx");
        assertEquals(2, table.code());
        assertTrue(table.err().contains("Table inconnue : « tableaux »"), table.err());
        assertEquals(2, CliRunner.run(folder, "export", roadmap.toString(), "--table", "chantiers").code());
        CliRunner.Result format = CliRunner.run(folder, "export", roadmap.toString(), "--table", "chantiers",
                "--out", "t.txt");
        assertEquals(2, format.code());
        assertTrue(format.err().contains("format de tableur inconnu"), format.err());
    }

    @Test
    void importDryRunThenForReal() throws Exception {
        Path sheet = folder.resolve("chantiers.csv");
        assertEquals(0, CliRunner.run(folder, "export", roadmap.toString(), "--table", "chantiers", "--out",
                sheet.toString()).code());
        Sheets.set(sheet, 1, "Thème", "Thème changé par le tableur");
        byte[] before = Files.readAllBytes(roadmap);
        CliRunner.Result dry = CliRunner.run(folder, "import", roadmap.toString(), "--from", sheet.toString(),
                "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("1 ligne(s) ajoutée(s)".replace("1", "0")), dry.out());
        assertTrue(dry.out().contains("« Thème changé par le tableur »"), dry.out());
        assertTrue(dry.out().contains("Essai à blanc"), dry.out());
        assertArrayEquals(before, Files.readAllBytes(roadmap));

        CliRunner.Result real = CliRunner.run(folder, "import", roadmap.toString(), "--from", sheet.toString());
        assertEquals(0, real.code(), real.err());
        assertTrue(Files.exists(folder.resolve(roadmap.getFileName() + ".bak")), "backup kept");
        ModeleMaillage saved = MaillageFiles.load(roadmap);
        assertEquals("Thème changé par le tableur",
                saved.getFeuillesDeRoute().get(0).getChantiers().get(0).getTheme());
    }

    @Test
    void refusedValuesChangeNothingUnlessValidRowsAreChosen() throws Exception {
        Path sheet = folder.resolve("chantiers.csv");
        CliRunner.run(folder, "export", roadmap.toString(), "--table", "chantiers", "--out", sheet.toString());
        Sheets.set(sheet, 1, "Statut", "Bientôt");
        Sheets.set(sheet, 2, "Thème", "Nouveau thème");
        byte[] before = Files.readAllBytes(roadmap);
        CliRunner.Result refused = CliRunner.run(folder, "import", roadmap.toString(), "--from", sheet.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("ligne 2, colonne « Statut » : « Bientôt » n’est pas une valeur"),
                refused.err());
        assertArrayEquals(before, Files.readAllBytes(roadmap));
        CliRunner.Result valid = CliRunner.run(folder, "import", roadmap.toString(), "--from", sheet.toString(),
                "--importer-lignes-valides");
        assertEquals(1, valid.code(), valid.err());
        assertEquals("Nouveau thème",
                MaillageFiles.load(roadmap).getFeuillesDeRoute().get(0).getChantiers().get(1).getTheme());
    }

    @Test
    void unreadableSheetGivesThree() throws Exception {
        Path sheet = folder.resolve("abime.xlsx");
        Files.writeString(sheet, "pas un classeur");
        CliRunner.Result result = CliRunner.run(folder, "import", roadmap.toString(), "--from", sheet.toString());
        assertEquals(3, result.code());
        assertTrue(result.err().contains("ce n’est pas un classeur XLSX lisible"), result.err());
    }
}
