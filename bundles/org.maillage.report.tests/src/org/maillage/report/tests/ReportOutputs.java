/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading rendered reports back as text, and keeping them under {@code target/reports/} for people to look at. */
final class ReportOutputs {

    private ReportOutputs() {
    }

    /** @return the text of a PDF, page after page, with whitespace runs collapsed to one space */
    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return normalize(new PDFTextStripper().getText(document));
        }
    }

    /**
     * @return the names of the fonts a PDF's pages use: a font outside the standard ones means the emitter met a
     *         character they lack and fell back to another font (a CJK one), which many viewers cannot draw
     */
    static java.util.Set<String> pdfFonts(byte[] pdf) throws IOException {
        java.util.Set<String> names = new java.util.TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
        }
        return names;
    }

    /** @return the number of pages of a PDF */
    static int pdfPages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** @return the text runs of a DOCX's {@code word/document.xml}, tags removed, whitespace collapsed */
    static String docxText(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    return normalize(unescape(xml.replaceAll("<w:p[ >]", " $0").replaceAll("<[^>]+>", "")));
                }
            }
        }
        throw new AssertionError("no word/document.xml in the DOCX");
    }

    /** @return the visible text of an HTML page, tags removed, whitespace collapsed */
    static String htmlText(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8).replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ");
        return normalize(unescape(text));
    }

    private static String unescape(String text) {
        return text.replace("&nbsp;", " ").replace("&#160;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
    }

    private static String normalize(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
    }

    /** Keeps a rendered report as a build artifact (not compared to anything). */
    static void keep(String name, byte[] content) throws IOException {
        Path artifact = Path.of("target", "reports", name);
        Files.createDirectories(artifact.getParent());
        Files.write(artifact, content);
    }
}
