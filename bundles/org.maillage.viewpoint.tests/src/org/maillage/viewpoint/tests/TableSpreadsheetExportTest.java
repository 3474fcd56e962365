/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.ExitCodes;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.spreadsheet.Spreadsheets;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.FrenchLocale;
import org.maillage.viewpoint.table.Table;
import org.maillage.viewpoint.table.TableColumn;
import org.maillage.viewpoint.table.TableExport;
import org.maillage.viewpoint.table.TableLine;
import org.maillage.viewpoint.table.TableSession;

/**
 * Covered cases: a viewpoint table exported to XLSX (issue 15): one sheet named after the table, header row bold and
 * frozen with an auto-filter, the financements cross table's amounts as numbers in euros equal to the table's
 * figures, line headers as text; formula-looking names stay text cells in XLSX and string cells in ODS, never
 * formulas; column typing keeps codes with a leading zero, fiche numbers and mixed columns as text and reads dates;
 * {@code maillage diagram --viewpoint TABLE --out X.xlsx|X.ods} writes the file (exit 0).
 */
@ExtendWith(FrenchLocale.class)
class TableSpreadsheetExportTest {

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)",
            "\tcache");

    @TempDir
    Path folder;

    @Test
    void financementsGiveTypedAmountsUnderAFrozenHeader() throws Exception {
        ModeleMaillage model = Fixtures.eure();
        Table table = TableSession.create(model, ShippedTablesTest.table(ShippedTablesTest.FINANCEMENTS)).table();
        Path file = folder.resolve("financements.xlsx");
        TableExport.write(table, file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(1, workbook.getNumberOfSheets());
            Sheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.getSheetName().startsWith("Financements"), sheet.getSheetName());
            PaneInformation pane = sheet.getPaneInformation();
            assertNotNull(pane, "frozen header");
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition());
            Row header = sheet.getRow(0);
            assertEquals(table.cornerHeader(), header.getCell(0).getStringCellValue());
            assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            for (int c = 0; c < table.columns().size(); c++) {
                assertEquals(table.columns().get(c).header(), header.getCell(c + 1).getStringCellValue());
            }
            assertEquals(table.lines().size(), sheet.getLastRowNum());
            int amounts = 0;
            for (int r = 0; r < table.lines().size(); r++) {
                TableLine line = table.lines().get(r);
                Row row = sheet.getRow(r + 1);
                assertEquals(CellType.STRING, row.getCell(0).getCellType());
                assertEquals(line.header(), row.getCell(0).getStringCellValue());
                for (int c = 0; c < table.columns().size(); c++) {
                    TableColumn column = table.columns().get(c);
                    BigDecimal expected = ShippedTablesTest.amount(table.cell(line, column).text());
                    Cell cell = row.getCell(c + 1);
                    if (expected == null) {
                        assertTrue(cell == null || cell.getCellType() == CellType.BLANK, "empty stays empty");
                        continue;
                    }
                    assertEquals(CellType.NUMERIC, cell.getCellType(), cell.getAddress().formatAsString());
                    assertEquals(0, expected.compareTo(BigDecimal.valueOf(cell.getNumericCellValue())
                            .setScale(2, java.math.RoundingMode.HALF_UP)), cell.getAddress().formatAsString());
                    assertTrue(cell.getCellStyle().getDataFormatString().contains("€"),
                            cell.getCellStyle().getDataFormatString());
                    amounts++;
                }
            }
            assertTrue(amounts >= 3, "amounts written: " + amounts);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(xml.contains("<autoFilter"), "auto-filter");
        }
    }

    @Test
    void formulaLookingNamesStayText() throws Exception {
        ModeleMaillage model = Fixtures.eure();
        for (int i = 0; i < HOSTILE.size(); i++) {
            model.getQpvs().get(i).setNom(HOSTILE.get(i));
        }
        Table table = TableSession.create(model, ShippedTablesTest.table(ShippedTablesTest.QPV)).table();
        Path xlsx = folder.resolve("qpv.xlsx");
        TableExport.write(table, xlsx);
        int found = 0;
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertFalse(cell.getCellType() == CellType.FORMULA, cell.getAddress().formatAsString());
                    if (cell.getCellType() == CellType.STRING && HOSTILE.contains(cell.getStringCellValue())) {
                        found++;
                    }
                }
            }
        }
        assertEquals(HOSTILE.size(), found, "each hostile name as a text cell, unchanged");

        Path ods = folder.resolve("qpv.ods");
        TableExport.write(table, ods);
        try (ZipFile zip = new ZipFile(ods.toFile())) {
            String content = new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertFalse(content.contains("table:formula"), "no formula in ODS");
            assertTrue(content.contains("=HYPERLINK(&quot;http://x&quot;)")
                    || content.contains("=HYPERLINK(\"http://x\")"), "the name, escaped, as text");
            assertTrue(content.contains("table:name=\"Couverture des QPV"), "sheet named after the table");
        }
    }

    @Test
    void columnsAreTypedWholeOrLeftAsText() throws Exception {
        Path file = folder.resolve("typed.xlsx");
        Spreadsheets.writeTable("Essai: [typage] des colonnes, un titre bien trop long", List.of("Code", "Numéro",
                "Montant", "Part", "Date", "Mêlé", "Nombre"), List.of(
                        List.of("01001", "1.2", "12\u00a0345,5\u00a0€", "45\u00a0%", "15/03/2027", "12", "-3"),
                        List.of("27229", "1.3", "0\u00a0€", "100\u00a0%", "01/01/2026", "douze", "1\u00a0234"),
                        List.of("", "", "", "", "", "", "")),
                file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            String name = sheet.getSheetName();
            assertTrue(name.length() <= 31 && !name.contains(":") && !name.contains("[") && !name.contains("  "),
                    name);
            Row first = sheet.getRow(1);
            assertEquals("01001", first.getCell(0).getStringCellValue(), "a leading zero: a code, text");
            assertEquals("1.2", first.getCell(1).getStringCellValue(), "a fiche's number stays text");
            assertEquals(12345.5, first.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(0.45, first.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(LocalDate.of(2027, 3, 15), first.getCell(4).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.STRING, first.getCell(5).getCellType(), "a mixed column is text");
            assertEquals(-3, first.getCell(6).getNumericCellValue(), 1e-9);
            assertEquals(1234, sheet.getRow(2).getCell(6).getNumericCellValue(), 1e-9);
            assertNull(sheet.getRow(3).getCell(2), "an empty cell stays empty");
        }
    }

    @Test
    void commandLineWritesXlsxAndOds() throws Exception {
        Examples.eure().copyTo(folder);
        for (String out : List.of("financements.xlsx", "financements.ods")) {
            CliRunner.Result result = CliRunner.run(folder, "diagram", "--viewpoint", "financements", "--out", out,
                    "eure.maillage");
            assertEquals(ExitCodes.OK, result.code(), result.err());
            assertTrue(result.err().contains(out + " écrit"), result.err());
            byte[] start = Files.readAllBytes(folder.resolve(out));
            assertEquals('P', start[0]);
            assertEquals('K', start[1]);
        }
    }
}
