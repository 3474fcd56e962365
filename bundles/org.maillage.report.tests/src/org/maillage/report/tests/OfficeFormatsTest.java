/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.cli.ExitCodes;
import org.maillage.examples.Example;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.report.OutputFormat;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: each of the five shipped designs renders on each of the five example roadmaps as ODT, ODS, PPTX
 * and XLS (BIRT's OpenDocument, PowerPoint and Excel emitters): the ODT/ODS/PPTX are zip packages with their
 * document part (content.xml, ppt/slides) and the XLS is BIRT's Excel XML; each holds the report's French text (the
 * département or the séance), accents intact. The CTS pack as PPTX is 16:9 landscape (PowerPoint's widescreen size
 * in presentation.xml), no blank slide, every shape within the slide, text at least 10 pt (median 12 pt and more);
 * it has several slides with the pack's titles and the chart embedded as a picture (media/, referenced by a slide).
 * {@code maillage report --format odt|ods|pptx|xls} writes the file and an unknown format names the seven known
 * ones (exit 2).
 */
@ExtendWith(FrenchLocale.class)
class OfficeFormatsTest {

    static final List<OutputFormat> OFFICE = List.of(OutputFormat.ODT, OutputFormat.ODS, OutputFormat.PPTX,
            OutputFormat.XLS);

    @TempDir
    Path folder;

    static Stream<Arguments> everyDesignOnEveryExample() {
        return ShippedDesignsTest.everyDesignOnEveryExample();
    }

    @ParameterizedTest(name = "{1} sur {0}")
    @MethodSource("everyDesignOnEveryExample")
    void rendersInEveryOfficeFormat(Example example, String design) throws Exception {
        ModeleMaillage model = example.open();
        for (OutputFormat format : OFFICE) {
            byte[] bytes = ShippedDesignsTest.render(design, model, format);
            ReportOutputs.keep(design + "-" + example.name() + "." + format.extension(), bytes);
            String text = text(format, bytes);
            assertTrue(text.contains("Département") || text.contains("Séance"), format + ": " + text);
            assertFalse(text.contains("Ã"), format + ": accents garbled: " + text);
        }
    }

    @Test
    void theCtsPackAsSlides() throws Exception {
        byte[] pptx = ShippedDesignsTest.render("dossier-cts", Examples.eure().open(), OutputFormat.PPTX);
        ReportOutputs.keep("dossier-cts-eure-diapositives.pptx", pptx);
        Map<String, byte[]> parts = unzip(pptx);
        List<String> slides = parts.keySet().stream().filter(n -> n.matches("ppt/slides/slide\\d+\\.xml")).toList();
        assertTrue(slides.size() >= 2, "slides: " + parts.keySet());
        String allText = slides.stream().map(n -> xmlText(parts.get(n))).reduce("", (a, b) -> a + " " + b);
        assertTrue(allText.contains("Dossier de séance"), allText);
        assertTrue(allText.contains("Eure"), allText);
        // BIRT's PPTX emitter puts the pictures in media/ at the package root (ppt/media/ for PowerPoint).
        List<String> media = parts.keySet().stream().filter(n -> n.matches("(ppt/)?media/.+")).toList();
        assertFalse(media.isEmpty(), "the chart is embedded as a picture: " + parts.keySet());
        String relations = parts.keySet().stream().filter(n -> n.matches("ppt/slides/_rels/slide\\d+\\.xml\\.rels"))
                .map(n -> new String(parts.get(n), StandardCharsets.UTF_8)).reduce("", String::concat);
        String picture = media.get(0).substring(media.get(0).lastIndexOf('/') + 1);
        assertTrue(relations.contains(picture), "a slide shows " + picture + ": " + relations);
        assertTrue(parts.containsKey("ppt/presentation.xml"), parts.keySet().toString());
    }

    @Test
    void theCtsPackSlidesAreWidescreenAndReadable() throws Exception {
        byte[] pptx = ShippedDesignsTest.render("dossier-cts", Examples.eure().open(), OutputFormat.PPTX);
        Map<String, byte[]> parts = unzip(pptx);
        String presentation = new String(required(parts, "ppt/presentation.xml"), StandardCharsets.UTF_8);
        Matcher size = Pattern.compile("<p:sldSz[^>]*\\bcx=\"(\\d+)\"[^>]*\\bcy=\"(\\d+)\"").matcher(presentation);
        assertTrue(size.find(), presentation);
        long width = Long.parseLong(size.group(1));
        long height = Long.parseLong(size.group(2));
        assertTrue(width > height, "landscape: " + width + " x " + height);
        assertEquals(16.0 / 9, (double) width / height, 0.01, width + " x " + height);
        // PowerPoint's widescreen slide is 12,192,000 x 6,858,000 EMU (13.333 x 7.5 in).
        assertEquals(12_192_000, width, 12_192_000 * 0.005);

        List<Integer> sizes = new ArrayList<>();
        Pattern shape = Pattern.compile(
                "<a:off x=\"(-?\\d+)\" y=\"(-?\\d+)\"/><a:ext cx=\"(\\d+)\" cy=\"(\\d+)\"/>");
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            if (!part.getKey().matches("ppt/slides/slide\\d+\\.xml")) {
                continue;
            }
            String xml = new String(part.getValue(), StandardCharsets.UTF_8);
            // The header and footer are on the slide master: a slide without text of its own is a blank slide.
            assertFalse(xmlText(part.getValue()).replaceAll("\\{[0-9A-F-]+}", "").isBlank(),
                    part.getKey() + " is blank");
            Matcher m = Pattern.compile("<a:rPr[^>]*\\bsz=\"(\\d+)\"").matcher(xml);
            while (m.find()) {
                sizes.add(Integer.parseInt(m.group(1)));
            }
            Matcher box = shape.matcher(xml);
            while (box.find()) {
                long right = Long.parseLong(box.group(1)) + Long.parseLong(box.group(3));
                long bottom = Long.parseLong(box.group(2)) + Long.parseLong(box.group(4));
                // A few EMU of rounding at the edge are not a shape out of the slide.
                assertTrue(right <= width + 20_000, part.getKey() + ": a shape ends at x=" + right + " > " + width);
                assertTrue(bottom <= height + 20_000, part.getKey() + ": a shape ends at y=" + bottom + " > "
                        + height);
            }
        }
        assertFalse(sizes.isEmpty(), "text with sizes");
        sizes.sort(null);
        int median = sizes.get(sizes.size() / 2);
        // Hundredths of a point: the tables' text (8.5 pt on A4) is 12.8 pt on a slide, nothing under 10 pt.
        assertTrue(median >= 1200, "median text size " + median / 100.0 + " pt");
        assertTrue(sizes.get(0) >= 1000, "smallest text " + sizes.get(0) / 100.0 + " pt");
    }

    @Test
    void commandLineWritesEachOfficeFormat() throws Exception {
        Examples.eure().copyTo(folder);
        for (OutputFormat format : OFFICE) {
            String out = "bilan." + format.extension();
            CliRunner.Result result = CliRunner.run(folder, "report", "--design", "bilan-feuille-de-route",
                    "--format", format.extension(), "--out", out, "eure.maillage");
            assertEquals(ExitCodes.OK, result.code(), result.err());
            String text = text(format, Files.readAllBytes(folder.resolve(out)));
            assertTrue(text.contains("Eure"), format + ": " + text);
        }
        CliRunner.Result result = CliRunner.run(folder, "report", "--design", "bilan-feuille-de-route", "--format",
                "rtf", "--out", "bilan.rtf", "eure.maillage");
        assertEquals(ExitCodes.USAGE, result.code(), result.err());
        assertTrue(result.err().contains("Format inconnu : rtf (pdf, docx, html, odt, ods, pptx ou xls)"),
                result.err());
    }

    /** @return the visible text of a rendered office document, tags removed, whitespace collapsed */
    static String text(OutputFormat format, byte[] bytes) throws IOException {
        return switch (format) {
            case ODT, ODS -> xmlText(required(unzip(bytes), "content.xml"));
            case PPTX -> {
                StringBuilder text = new StringBuilder();
                unzip(bytes).forEach((name, part) -> {
                    if (name.matches("ppt/slides/slide\\d+\\.xml")) {
                        text.append(xmlText(part)).append(' ');
                    }
                });
                yield text.toString().strip();
            }
            case XLS -> {
                String xml = new String(bytes, StandardCharsets.UTF_8);
                assertTrue(xml.contains("urn:schemas-microsoft-com:office:spreadsheet"), "Excel XML: " + xml);
                yield xmlText(bytes);
            }
            default -> throw new IllegalArgumentException(format.toString());
        };
    }

    private static byte[] required(Map<String, byte[]> parts, String name) {
        byte[] part = parts.get(name);
        assertTrue(part != null, "no " + name + " in " + parts.keySet());
        return part;
    }

    static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertFalse(parts.isEmpty(), "not a zip package");
        return parts;
    }

    private static String xmlText(byte[] xml) {
        // BIRT's ODF emitters write the texts as CDATA sections: keep their content, drop the other tags.
        String text = new String(xml, StandardCharsets.UTF_8).replaceAll("(?s)<!\\[CDATA\\[(.*?)]]>", "$1")
                .replaceAll("<[^>]+>", " ").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&#39;", "'")
                .replace("&amp;", "&");
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
