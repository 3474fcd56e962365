/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.ExitCodes;
import org.maillage.examples.Examples;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.FrenchLocale;
import org.maillage.viewpoint.render.PdfRenderer;
import org.maillage.viewpoint.render.TablePdfRenderer;
import org.maillage.viewpoint.render.TablePngRenderer;
import org.maillage.viewpoint.table.CellLook;
import org.maillage.viewpoint.table.Table;
import org.maillage.viewpoint.table.TableCell;
import org.maillage.viewpoint.table.TableColumn;
import org.maillage.viewpoint.table.TableLine;
import org.maillage.viewpoint.table.TableSession;

/**
 * Covered cases: the Eure's "Couverture des QPV" as PDF is landscape (wider than a portrait page), with its title,
 * every line header and every column header as extractable text, accents intact, and a tick shown as "X"; a long,
 * narrow table is split over portrait pages, each with the title and the column headers again, every line once; a
 * failed cell shows "(!)" and its reason; the PNG of a table has the grid's proportions;
 * {@code maillage diagram --viewpoint couverture-qpv --out X.pdf|X.png} writes them.
 */
@ExtendWith(FrenchLocale.class)
class TablePdfRendererTest {

    @TempDir
    Path folder;

    @Test
    void theQpvCoverageIsOneLandscapeTableWithEveryText() throws Exception {
        TableSession session = TableSession.create(Fixtures.eure(), ShippedTablesTest.table(ShippedTablesTest.QPV));
        try {
            Table table = session.table();
            byte[] pdf = new TablePdfRenderer().render(table);
            Files.createDirectories(Path.of("target", "pdf"));
            Files.write(Path.of("target", "pdf", "couverture-qpv.pdf"), pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDPage page = document.getPage(0);
                assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "landscape");
                String text = normalise(new PDFTextStripper().getText(document));
                assertTrue(text.contains(normalise(table.title())), text);
                for (TableLine line : table.lines()) {
                    assertTrue(text.contains(normalise(PdfRenderer.printable(line.header()))), line.header());
                }
                for (TableColumn column : table.columns()) {
                    // Headers may be wrapped: each of their words is there.
                    for (String word : PdfRenderer.printable(column.header()).split("\\s+")) {
                        assertTrue(text.contains(word), word + "\n" + text);
                    }
                }
                assertTrue(text.contains("Évreux"), text);
                assertTrue(text.contains("X") && !text.contains("?"), "ticks as X, nothing unprintable\n" + text);
            }
        } finally {
            session.dispose();
        }
    }

    @Test
    void aLongTableIsSplitWithItsHeadersOnEveryPage() throws Exception {
        Table table = longTable(150);
        byte[] pdf = new TablePdfRenderer().render(table);
        Files.createDirectories(Path.of("target", "pdf"));
        Files.write(Path.of("target", "pdf", "long.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 3, "pages: " + document.getNumberOfPages());
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i - 1);
                assertTrue(page.getMediaBox().getHeight() > page.getMediaBox().getWidth(), "portrait");
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = stripper.getText(document);
                assertTrue(text.contains("Mesures déclinées, œuvre commune"), "title on page " + i);
                assertTrue(text.contains("Échéance prévue"), "column header on page " + i);
                all.append(text);
            }
            for (int i = 0; i < 150; i++) {
                String header = "Ligne n° " + i + " ";
                assertEquals(1, count(all.toString() + " ", header), header);
            }
            assertTrue(all.toString().contains("(!) division par zéro"), "the failed cell and its reason");
        }
        BufferedImage image = new TablePngRenderer().image(longTable(3), 2);
        assertTrue(image.getWidth() > 100 && image.getHeight() > 50, image.getWidth() + "x" + image.getHeight());
    }

    @Test
    void theCommandWritesATableAsPdfAndPng() throws Exception {
        Examples.eure().copyTo(folder);
        for (String out : new String[] { "couverture.pdf", "couverture.png" }) {
            CliRunner.Result result = CliRunner.run(folder, "diagram", "--viewpoint", "couverture-qpv", "--out", out,
                    "eure.maillage");
            assertEquals(ExitCodes.OK, result.code(), result.err());
        }
        try (PDDocument document = Loader.loadPDF(folder.resolve("couverture.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(document).contains("Couverture des QPV"));
        }
        assertTrue(ImageIO.read(folder.resolve("couverture.png").toFile()).getWidth() > 300);
    }

    /** A narrow table of {@code count} lines; the second line's second cell failed. */
    private static Table longTable(int count) {
        List<TableLine> lines = new ArrayList<>();
        List<TableColumn> columns = List.of(new TableColumn("a", "Thème", null, null),
                new TableColumn("b", "Échéance prévue", null, null));
        Map<TableLine, List<TableCell>> cells = new HashMap<>();
        for (int i = 0; i < count; i++) {
            TableLine line = new TableLine("l" + i, "Ligne n° " + i, CellLook.PLAIN, null, null, null, 0);
            lines.add(line);
            boolean failed = i == 1;
            cells.put(line, List.of(new TableCell(line, columns.get(0), "Santé ✓", CellLook.PLAIN, null, null, false),
                    new TableCell(line, columns.get(1), failed ? "⚠ division par zéro" : "31/12/2026",
                            CellLook.PLAIN, failed ? "division par zéro" : null, null, false)));
        }
        return new Table(null, "Mesures déclinées, œuvre commune", "Ligne", lines, columns, cells, List.of());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    /** Text extraction may break lines and spaces differently from the labels: compare words only. */
    private static String normalise(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
