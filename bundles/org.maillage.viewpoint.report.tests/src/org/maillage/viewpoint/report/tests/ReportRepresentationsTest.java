/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.report.FigureChoice;
import org.maillage.report.FigureId;
import org.maillage.report.OutputFormat;
import org.maillage.report.ReportFigure;
import org.maillage.report.ReportOptions;
import org.maillage.report.ReportService;
import org.maillage.report.data.ReportScope;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.ViewpointRegistry;
import org.maillage.viewpoint.render.PngRenderer;
import org.maillage.viewpoint.report.internal.DiagramFigureProvider;

/**
 * Covered cases: a viewpoint contributed by a plug-in (this fragment's {@code fragment.xml}, unknown to Maillage's
 * code) is drawn by id ({@code diagram:org.example.greffon/large}), with a layer ({@code ?layers=epci}), and offered
 * among the choices of the report wizard with the shipped articulation diagram; the CTS meeting pack with the
 * délégation's choice of two diagrams shows both, one page each with its title, the wide one on a landscape page
 * and the tall one on a portrait page, and the pages after them portrait again; the default pack still shows the
 * articulation diagram; an unknown description, an unknown layer and an id that looks like a path show the
 * placeholder and a French warning, and the rest of the pack is produced; a table ({@code table:...}, the shipped
 * "Couverture des QPV") is drawn as a picture with its title, offered to the wizard, and the pack shows it on its
 * own page (the page is kept in {@code target/reports} and looked at); a diagram is drawn with its legend beside it;
 * the pack with two diagrams as PPTX is 16:9, has no blank slide, and every picture lies inside its slide.
 */
class ReportRepresentationsTest {

    private static final String WIDE = "diagram:org.example.greffon/large";
    private static final String TALL = "diagram:org.example.greffon/haut";
    private static final String ARTICULATION = "org.maillage.viewpoints.articulation/articulation";
    private static final String QPV = "table:org.maillage.viewpoints.tableaux/couverture-qpv";

    private static ModeleMaillage eure;
    private static ReportService service;

    @BeforeAll
    static void open() throws Exception {
        eure = Examples.eure().open();
        service = new ReportService(() -> List.of(new DiagramFigureProvider()));
    }

    @AfterAll
    static void close() {
        service.close();
    }

    @Test
    void theContributedViewpointIsInstalled() {
        ViewpointRegistry registry = ViewpointRegistry.fromExtensions();
        assertTrue(registry.find("org.example.greffon/large").isPresent(), registry.problems().toString());
    }

    @Test
    void drawsAContributedDiagramWithItsTitleAndShape() {
        DiagramFigureProvider provider = new DiagramFigureProvider();
        ReportFigure wide = provider.figure(FigureId.parse(WIDE), ReportScope.of(eure)).orElseThrow();
        assertTrue(wide.landscape(), wide.width() + "x" + wide.height());
        assertTrue(wide.title().startsWith("Bandeau élargi"), wide.title());
        ReportFigure tall = provider.figure(FigureId.parse(TALL), ReportScope.of(eure)).orElseThrow();
        assertFalse(tall.landscape(), tall.width() + "x" + tall.height());
        assertTrue(provider.figure(FigureId.parse(WIDE + "?layers=epci"), ReportScope.of(eure)).isPresent(),
                "a known optional layer");
        assertEquals(Optional.empty(), provider.figure(FigureId.parse(WIDE + "?layers=inconnu"), ReportScope.of(eure)));
        assertEquals(Optional.empty(), provider.figure(FigureId.parse("table:org.example.greffon/large"),
                ReportScope.of(eure)), "a diagram's id is no table");
        assertTrue(eure.eAdapters().isEmpty(), "sessions let go of the roadmap");
    }

    @Test
    void aDiagramIsDrawnWithItsLegendBesideIt() throws Exception {
        ReportFigure figure = new DiagramFigureProvider().figure(FigureId.parse("articulation"), ReportScope.of(eure))
                .orElseThrow();
        DiagramSession session = DiagramSession.create(eure, registry().find(ARTICULATION).orElseThrow());
        try {
            BufferedImage plain = new PngRenderer().image(session.diagram(), 2);
            assertTrue(figure.width() > plain.getWidth() + 100 || figure.height() > plain.getHeight() + 100,
                    "the legend makes the picture larger: " + figure.width() + "x" + figure.height() + " vs "
                            + plain.getWidth() + "x" + plain.getHeight());
        } finally {
            session.dispose();
        }
    }

    @Test
    void theWizardIsOfferedEveryApplicableDiagram() {
        List<String> ids = service.figureChoices(ReportScope.of(eure)).stream().map(FigureChoice::id).toList();
        assertTrue(ids.contains("articulation"), ids.toString());
        assertTrue(ids.contains(WIDE), ids.toString());
        assertTrue(ids.contains("diagram:org.maillage.viewpoints.territoires/territoires"), ids.toString());
        assertFalse(ids.contains("diagram:org.maillage.viewpoints.articulation/articulation"), "once, short id");
    }

    @Test
    void thePackShowsTheChosenDiagramsOnePageEach() throws Exception {
        List<String> warnings = new ArrayList<>();
        byte[] pdf = dossier(WIDE + "," + TALL, warnings);
        keep("dossier-cts-deux-diagrammes.pdf", pdf);
        assertEquals(List.of(), warnings);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int widePage = pageWith(document, "Bandeau élargi");
            int tallPage = pageWith(document, "Colonne : ");
            assertTrue(widePage >= 0 && tallPage == widePage + 1, widePage + " " + tallPage);
            assertTrue(landscape(document.getPage(widePage)), "the wide diagram's page is landscape");
            assertTrue(hasImage(document.getPage(widePage)), "the wide diagram is on its page");
            assertFalse(landscape(document.getPage(tallPage)), "the tall diagram's page is portrait");
            assertTrue(hasImage(document.getPage(tallPage)), "the tall diagram is on its page");
            assertFalse(landscape(document.getPage(tallPage + 1)), "the next section is portrait");
            assertFalse(text(document).contains("non disponible"), "no placeholder");
        }
    }

    @Test
    void aTableIsDrawnWithItsTitleAndOfferedToTheWizard() {
        ReportFigure table = new DiagramFigureProvider().figure(FigureId.parse(QPV), ReportScope.of(eure))
                .orElseThrow();
        assertTrue(table.title().startsWith("Couverture des QPV"), table.title());
        assertTrue(table.width() > 300 && table.height() > 100, table.width() + "x" + table.height());
        assertTrue(eure.eAdapters().isEmpty(), "the table session lets go of the roadmap");
        List<String> ids = service.figureChoices(ReportScope.of(eure)).stream().map(FigureChoice::id).toList();
        assertTrue(ids.contains(QPV), ids.toString());
        assertEquals(Optional.empty(), new DiagramFigureProvider().figure(
                FigureId.parse("table:org.maillage.viewpoints.tableaux/inconnu"), ReportScope.of(eure)));
    }

    @Test
    void thePackShowsAChosenTable() throws Exception {
        List<String> warnings = new ArrayList<>();
        byte[] pdf = dossier("articulation," + QPV, warnings);
        keep("dossier-cts-tableau.pdf", pdf);
        assertEquals(List.of(), warnings);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int page = pageWith(document, "Couverture des QPV");
            assertTrue(page >= 0 && hasImage(document.getPage(page)), "the table and its title");
            assertFalse(text(document).contains("non disponible"), "no placeholder");
        }
    }

    @Test
    void theDefaultPackShowsTheArticulationDiagram() throws Exception {
        List<String> warnings = new ArrayList<>();
        byte[] pdf = dossier(null, warnings);
        assertEquals(List.of(), warnings);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int page = pageWith(document, "Articulation des dispositifs : ");
            assertTrue(page >= 0 && hasImage(document.getPage(page)), "the articulation diagram and its title");
        }
    }

    @Test
    void unknownAndInvalidIdsShowThePlaceholderAndAWarning() throws Exception {
        List<String> warnings = new ArrayList<>();
        byte[] pdf = dossier("diagram:org.example.greffon/inconnu, " + WIDE + "?layers=nulle-part,"
                + "diagram:../../etc/passwd, articulation", warnings);
        keep("dossier-cts-inconnus.pdf", pdf);
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("« diagram:org.example.greffon/inconnu » : non disponible"),
                warnings.get(0));
        assertTrue(warnings.get(1).contains("nulle-part"), warnings.get(1));
        assertTrue(warnings.get(2).startsWith("Identifiant de figure invalide"), warnings.get(2));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertTrue(text.contains("Représentation « diagram:org.example.greffon/inconnu » : non disponible"), text);
            assertTrue(text.contains("Identifiant de figure invalide"), text);
            assertTrue(pageWith(document, "Articulation des dispositifs : ") >= 0, "the valid one is still drawn");
            assertTrue(text.contains("Déclinaison du PRAPS"), "the rest of the pack is there");
        }
    }

    @Test
    void thePackAsSlidesShowsEachDiagramOnAWidescreenSlide() throws Exception {
        List<String> warnings = new ArrayList<>();
        byte[] pptx = dossier(WIDE + "," + TALL, warnings, OutputFormat.PPTX);
        keep("dossier-cts-deux-diagrammes.pptx", pptx);
        assertEquals(List.of(), warnings);
        Map<String, String> slides = new TreeMap<>();
        List<String> media = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(pptx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().matches("ppt/slides/slide\\d+\\.xml") || entry.getName().endsWith(
                        "presentation.xml")) {
                    slides.put(entry.getName(), xml);
                } else if (entry.getName().matches("(ppt/)?media/.+")) {
                    media.add(entry.getName());
                }
            }
        }
        assertTrue(slides.remove("ppt/presentation.xml").contains("<p:sldSz cx=\"12192000\" cy=\"6858000\""),
                "16:9 widescreen");
        assertTrue(media.size() >= 3, "the chart and both diagrams: " + media);
        int pictures = 0;
        for (Map.Entry<String, String> slide : slides.entrySet()) {
            String text = slide.getValue().replaceAll("<[^>]+>", " ").replaceAll("\\{[0-9A-F-]+}", "").strip();
            assertFalse(text.isEmpty(), slide.getKey() + " is blank");
            Matcher picture = Pattern.compile("<p:pic>.*?<a:off x=\"(\\d+)\" y=\"(\\d+)\"/><a:ext cx=\"(\\d+)\" "
                    + "cy=\"(\\d+)\"/>").matcher(slide.getValue());
            while (picture.find()) {
                pictures++;
                assertTrue(Long.parseLong(picture.group(1)) + Long.parseLong(picture.group(3)) <= 12_192_000
                        && Long.parseLong(picture.group(2)) + Long.parseLong(picture.group(4)) <= 6_858_000,
                        slide.getKey() + ": a picture outside the slide");
            }
        }
        assertTrue(pictures >= 3, "pictures on the slides: " + pictures);
        String all = String.join(" ", slides.values());
        assertTrue(all.contains("Bandeau élargi") && all.contains("Colonne : "), "both diagrams' titles");
    }

    private static ViewpointRegistry registry() {
        return ViewpointRegistry.fromExtensions();
    }

    private static byte[] dossier(String diagrams, List<String> warnings) throws Exception {
        return dossier(diagrams, warnings, OutputFormat.PDF);
    }

    private static byte[] dossier(String diagrams, List<String> warnings, OutputFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportOptions options = new ReportOptions(diagrams == null ? Map.of()
                : Map.of(ReportOptions.DIAGRAMS, diagrams), warnings::add);
        service.generate(service.design("dossier-cts").orElseThrow(), ReportScope.of(eure), format, out,
                () -> false, Duration.ofSeconds(60), options);
        return out.toByteArray();
    }

    private static void keep(String name, byte[] pdf) throws Exception {
        // Kept as a build artifact, for people to look at the pages.
        Files.createDirectories(Path.of("target", "reports"));
        Files.write(Path.of("target", "reports", name), pdf);
    }

    private static int pageWith(PDDocument document, String text) throws Exception {
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(i + 1);
            stripper.setEndPage(i + 1);
            if (stripper.getText(document).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static String text(PDDocument document) throws Exception {
        return new PDFTextStripper().getText(document);
    }

    private static boolean landscape(PDPage page) {
        PDRectangle box = page.getMediaBox();
        boolean rotated = page.getRotation() % 180 != 0;
        return rotated ? box.getHeight() > box.getWidth() : box.getWidth() > box.getHeight();
    }

    private static boolean hasImage(PDPage page) throws Exception {
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                return true;
            }
        }
        return false;
    }
}
