/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.cli.ExitCodes;
import org.maillage.examples.Examples;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.FrenchLocale;
import org.maillage.viewpoint.DiagramProblems;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.Legend;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.render.PdfRenderer;
import org.maillage.viewpoint.render.RenderOptions;
import org.maillage.viewpoint.render.TextMetrics;

/**
 * Covered cases: each shipped diagram of the Eure as PDF is one A4 page, landscape exactly when the diagram is wide,
 * with the diagram's title and every node label as extractable text, accents intact (é, è, à, ç, œ, «, », ’, €);
 * characters the standard fonts lack (narrow no-break space, arrows) are replaced, not dropped as blanks nor left to
 * break the file; {@code maillage diagram --out X.pdf} writes the PDF, and refuses (exit 2, roadmap untouched) an
 * output that is the roadmap or its diagram file through a link; with a legend, the page also holds the legend's
 * title and every entry's label as text, and {@code --legend --out X.pdf} draws it (page kept in target/pdf); a
 * problem gives its node a badge.
 */
@ExtendWith(FrenchLocale.class)
class PdfRendererTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = { Fixtures.ARTICULATION, Fixtures.DECLINAISON, Fixtures.TERRITOIRES })
    void onePageWithTitleAndLabels(String id) throws Exception {
        DiagramSession session = DiagramSession.create(Fixtures.eure(), Fixtures.description(id));
        try {
            Diagram diagram = session.diagram();
            byte[] pdf = new PdfRenderer().render(diagram);
            Files.createDirectories(Path.of("target", "pdf"));
            Files.write(Path.of("target", "pdf", id.substring(id.indexOf('/') + 1) + ".pdf"), pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertEquals(1, document.getNumberOfPages());
                PDPage page = document.getPage(0);
                boolean landscape = page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
                assertEquals(PdfRenderer.isLandscape(diagram.getWidth(), diagram.getHeight()), landscape,
                        diagram.getWidth() + "x" + diagram.getHeight());
                assertEquals(842, Math.round(Math.max(page.getMediaBox().getWidth(),
                        page.getMediaBox().getHeight())), "A4");
                String text = normalise(new PDFTextStripper().getText(document));
                assertTrue(text.contains(normalise(diagram.getName())), diagram.getName() + "\n" + text);
                for (DNode node : Fixtures.nodes(diagram)) {
                    for (String line : TextMetrics.lines(node.getLabel())) {
                        assertTrue(text.contains(normalise(PdfRenderer.printable(line))), line + "\n" + text);
                    }
                }
            }
        } finally {
            session.dispose();
        }
    }

    @Test
    void theLegendIsDrawnBesideTheDiagram() throws Exception {
        DiagramSession session = DiagramSession.create(Fixtures.eure(), Fixtures.description(Fixtures.ARTICULATION));
        try {
            Legend legend = Legend.of(session);
            assertFalse(legend.isEmpty());
            byte[] pdf = new PdfRenderer().render(session.diagram(), RenderOptions.NONE.withLegend(legend));
            Files.createDirectories(Path.of("target", "pdf"));
            Files.write(Path.of("target", "pdf", "articulation-legende.pdf"), pdf);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertEquals(1, document.getNumberOfPages());
                String text = normalise(new PDFTextStripper().getText(document));
                assertTrue(text.contains("Légende"), text);
                for (Legend.Entry entry : legend.entries()) {
                    assertTrue(text.contains(normalise(PdfRenderer.printable(entry.label()))), entry.label());
                }
            }
            try (PDDocument plain = Loader.loadPDF(new PdfRenderer().render(session.diagram()))) {
                assertFalse(new PDFTextStripper().getText(plain).contains("Légende"), "no legend unless asked");
            }
        } finally {
            session.dispose();
        }
        Examples.eure().copyTo(folder);
        CliRunner.Result result = CliRunner.run(folder, "diagram", "--viewpoint", Fixtures.ARTICULATION, "--legend",
                "--out", "articulation.pdf", "eure.maillage");
        assertEquals(ExitCodes.OK, result.code(), result.err());
        try (PDDocument document = Loader.loadPDF(folder.resolve("articulation.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(document).contains("Légende"));
        }
    }

    @Test
    void problemBadgesAreDrawnOnTheirNodes() throws Exception {
        DiagramSession session = DiagramSession.create(Fixtures.eure(), Fixtures.description(Fixtures.DECLINAISON));
        try {
            DNode node = Fixtures.nodes(session.diagram(), "chantier").get(0);
            BasicDiagnostic problem = new BasicDiagnostic(Diagnostic.ERROR, "test", 0, "Chantier : pas de pilote",
                    new Object[] { session.semanticElement(node) });
            byte[] pdf = new PdfRenderer().render(session.diagram(),
                    RenderOptions.NONE.withProblems(DiagramProblems.of(List.of(problem))));
            Files.createDirectories(Path.of("target", "pdf"));
            Files.write(Path.of("target", "pdf", "declinaison-problemes.pdf"), pdf);
            long plain;
            try (PDDocument document = Loader.loadPDF(new PdfRenderer().render(session.diagram()))) {
                plain = new PDFTextStripper().getText(document).chars().filter(c -> c == '!').count();
            }
            try (PDDocument document = Loader.loadPDF(pdf)) {
                long marked = new PDFTextStripper().getText(document).chars().filter(c -> c == '!').count();
                assertEquals(plain + 1, marked, "one badge, on the chantier with an error");
            }
        } finally {
            session.dispose();
        }
    }

    @Test
    void accentsAreKeptAndMissingCharactersReplaced() {
        assertEquals("Élus, œuvre, ça, déjà, « PASS », l’ARS, 1\u00A0000\u00A0€", PdfRenderer.printable(
                "Élus, œuvre, ça, déjà, « PASS », l’ARS, 1\u202F000\u202F€"));
        assertEquals("CLS -> QPV", PdfRenderer.printable("CLS \u2192 QPV"));
        assertEquals("a?b", PdfRenderer.printable("a\u4E2Db"));
    }

    @Test
    void theCommandWritesAPdfAndNeverOverAnInput() throws Exception {
        Examples.eure().copyTo(folder);
        CliRunner.Result result = CliRunner.run(folder, "diagram", "--viewpoint", Fixtures.ARTICULATION, "--out",
                "articulation.pdf", "eure.maillage");
        assertEquals(ExitCodes.OK, result.code(), result.err());
        try (PDDocument document = Loader.loadPDF(folder.resolve("articulation.pdf").toFile())) {
            assertEquals(1, document.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(document).contains("Articulation des dispositifs"));
        }
        Path roadmap = folder.resolve("eure.maillage");
        byte[] before = Files.readAllBytes(roadmap);
        Files.createSymbolicLink(folder.resolve("lien.pdf"), roadmap);
        Files.createLink(folder.resolve("physique.pdf"), roadmap);
        for (String out : new String[] { "lien.pdf", "physique.pdf" }) {
            result = CliRunner.run(folder, "diagram", "--viewpoint", Fixtures.ARTICULATION, "--out", out,
                    "eure.maillage");
            assertEquals(ExitCodes.USAGE, result.code(), out + "\n" + result.err());
            assertTrue(result.err().contains("refusée"), result.err());
        }
        assertArrayEquals(before, Files.readAllBytes(roadmap), "the roadmap is untouched");
        assertFalse(Files.exists(folder.resolve("eure.maillage.bak")));
    }

    /** Text extraction may break lines and spaces differently from the labels: compare words only. */
    private static String normalise(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
