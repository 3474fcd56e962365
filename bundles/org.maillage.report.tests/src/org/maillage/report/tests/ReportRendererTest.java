/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.report.OutputFormat;
import org.maillage.report.ReportRenderer;

/**
 * Covered cases: the BIRT engine starts inside OSGi and renders a design with a label and a scripted data set
 * to PDF (text read back with PDFBox), HTML and DOCX (text read from word/document.xml), accents included.
 */
class ReportRendererTest {

    private static ReportRenderer renderer;

    @BeforeAll
    static void start() throws Exception {
        renderer = new ReportRenderer();
    }

    @AfterAll
    static void stop() {
        renderer.close();
    }

    private static byte[] render(OutputFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream design = ReportRendererTest.class.getResourceAsStream("trivial.rptdesign")) {
            renderer.render("trivial.rptdesign", design, Map.of(), Map.of(), Locale.FRANCE, format, out);
        }
        return out.toByteArray();
    }

    @Test
    void pdfContainsLabelAndRows() throws Exception {
        byte[] pdf = render(OutputFormat.PDF);
        // Kept as a build artifact, for people to look at the page (pdftoppm); not compared to anything.
        java.nio.file.Path artifact = java.nio.file.Path.of("target", "reports", "trivial.pdf");
        java.nio.file.Files.createDirectories(artifact.getParent());
        java.nio.file.Files.write(artifact, pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Feuille de route de l'Eure"), text);
            assertTrue(text.contains("Renforcer le maillage des PASS"), text);
            assertTrue(text.contains("Sport-santé en QPV"), text);
        }
    }

    @Test
    void htmlContainsLabelAndRows() throws Exception {
        String html = new String(render(OutputFormat.HTML), StandardCharsets.UTF_8);
        assertTrue(html.contains("<html"), "a complete page, not a fragment");
        assertTrue(html.contains("Feuille de route de l'Eure") || html.contains("Feuille de route de l&#39;Eure"),
                html);
        assertTrue(html.contains("Sport-santé en QPV") || html.contains("Sport-sant&eacute; en QPV"), html);
    }

    @Test
    void docxContainsRows() throws Exception {
        String document = docxBody(render(OutputFormat.DOCX));
        assertTrue(document.contains("Renforcer le maillage des PASS"), document);
        assertTrue(document.contains("Sport-santé en QPV"), document);
    }

    private static String docxBody(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml in the DOCX");
    }
}
