/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.examples.Example;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.report.OutputFormat;
import org.maillage.report.ReportDesign;
import org.maillage.report.ReportDesigns;
import org.maillage.report.ReportService;
import org.maillage.report.data.ReportScope;

/**
 * Covered cases: the five shipped designs are contributed through the extension point; each renders on each of the
 * five example roadmaps in PDF, DOCX and HTML, the text of every output is readable and French (no BIRT English
 * default such as "Page 1 of 2"), HTML pages carry their images (no links to temporary files), and the rendered
 * reports stay under {@code target/reports/}.
 */
class ShippedDesignsTest {

    static final List<String> SHIPPED = List.of("bilan-feuille-de-route", "declinaison-praps",
            "couverture-territoriale", "fiche-cls", "dossier-cts");

    static byte[] render(String design, ModeleMaillage model, OutputFormat format) throws Exception {
        ReportDesign found = ReportDesigns.find(Platform.getExtensionRegistry(), design).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportService.getDefault().generate(found, ReportScope.of(model), format, out);
        return out.toByteArray();
    }

    @Test
    void theFiveDesignsAreContributed() {
        List<String> ids = new ArrayList<>();
        ReportDesigns.read(Platform.getExtensionRegistry(), problem -> ids.add("problème : " + problem))
                .forEach(d -> ids.add(d.id()));
        assertTrue(ids.containsAll(SHIPPED), ids.toString());
        assertFalse(ids.stream().anyMatch(s -> s.startsWith("problème")), ids.toString());
    }

    static Stream<Arguments> everyDesignOnEveryExample() {
        return Examples.all().stream().flatMap(e -> SHIPPED.stream().map(d -> Arguments.of(e, d)));
    }

    @ParameterizedTest(name = "{1} sur {0}")
    @MethodSource("everyDesignOnEveryExample")
    void rendersInEveryFormat(Example example, String design) throws Exception {
        ModeleMaillage model = example.open();
        byte[] pdf = render(design, model, OutputFormat.PDF);
        ReportOutputs.keep(design + "-" + example.name() + ".pdf", pdf);
        String pdfText = ReportOutputs.pdfText(pdf);
        assertTrue(pdfText.contains("Page 1 / " + ReportOutputs.pdfPages(pdf)), pdfText);
        assertFalse(pdfText.contains(" of "), "no English page label: " + pdfText);

        byte[] docx = render(design, model, OutputFormat.DOCX);
        ReportOutputs.keep(design + "-" + example.name() + ".docx", docx);
        String docxText = ReportOutputs.docxText(docx);
        assertTrue(docxText.contains("Département") || docxText.contains("Séance"), docxText);

        byte[] html = render(design, model, OutputFormat.HTML);
        ReportOutputs.keep(design + "-" + example.name() + ".html", html);
        String htmlText = ReportOutputs.htmlText(html);
        assertEquals(pdfText.contains("Département"), htmlText.contains("Département"));
        assertFalse(new String(html, java.nio.charset.StandardCharsets.UTF_8).contains("src=\"file:"),
                "images are in the page, not in temporary files");
    }
}
