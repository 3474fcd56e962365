/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.plan.Chantier;
import org.maillage.spreadsheet.ImportPreview;
import org.maillage.spreadsheet.Spreadsheets;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: names starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return are
 * written so that no spreadsheet runs them: XLSX string cells (no formula), CSV with a leading apostrophe, ODS
 * string cells without {@code table:formula}; each reads back as the same name (no change on import).
 */
@ExtendWith(FrenchLocale.class)
class FormulaInjectionTest {

    private static final List<String> HOSTILE = List.of("=1+1", "+33 1 23", "-2", "@SUM(A1:A9)",
            "\t=HYPERLINK(\"http://x\")", "\r=cmd|' /C calc'!A0");

    @TempDir
    Path folder;

    private ModeleMaillage model;

    @BeforeEach
    void open() throws Exception {
        model = Examples.eure().open();
        List<Chantier> chantiers = model.getFeuillesDeRoute().get(0).getChantiers();
        for (int i = 0; i < HOSTILE.size(); i++) {
            chantiers.get(i).setNom(HOSTILE.get(i));
        }
    }

    private void assertReadsBackUnchanged(Path file) throws Exception {
        ImportPreview preview = Spreadsheets.preview(model, file);
        assertEquals(List.of(), preview.refusals());
        assertEquals(List.of(), preview.changed());
    }

    @Test
    void xlsxHasStringCellsOnly() throws Exception {
        Path file = folder.resolve("c.xlsx");
        Spreadsheets.export(model, List.of("chantiers"), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            int found = 0;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertTrue(cell.getCellType() != CellType.FORMULA, cell.getAddress().formatAsString());
                    if (cell.getCellType() == CellType.STRING && HOSTILE.contains(cell.getStringCellValue())) {
                        found++;
                    }
                }
            }
            assertEquals(HOSTILE.size(), found);
        }
        assertReadsBackUnchanged(file);
    }

    @Test
    void csvPrefixesAnApostrophe() throws Exception {
        Path file = folder.resolve("c.csv");
        Spreadsheets.export(model, List.of("chantiers"), file);
        List<List<String>> rows = Sheets.read(file);
        int nom = rows.get(0).indexOf("Nom");
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertEquals("'" + HOSTILE.get(i), rows.get(i + 1).get(nom));
        }
        assertReadsBackUnchanged(file);
    }

    @Test
    void odsHasStringCellsAndNoFormula() throws Exception {
        Path file = folder.resolve("c.ods");
        Spreadsheets.export(model, List.of("chantiers"), file);
        String content;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertEquals("mimetype", zip.entries().nextElement().getName(), "mimetype first");
            content = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        assertFalse(content.contains("table:formula"));
        assertTrue(content.contains("<table:table-cell office:value-type=\"string\"><text:p>=1+1</text:p>"));
        assertTrue(content.contains("<table:table-cell office:value-type=\"string\"><text:p>@SUM(A1:A9)</text:p>"));
        assertReadsBackUnchanged(file);
    }
}
