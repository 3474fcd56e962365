/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.ExitCodes;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.plan.Chantier;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.FrenchLocale;
import org.maillage.viewpoint.DiagramProblems;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.Legend;
import org.maillage.viewpoint.model.description.ConditionalStyle;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.DiagramElementMapping;
import org.maillage.viewpoint.model.description.Layer;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.EdgeStyle;
import org.maillage.viewpoint.model.diagram.LineStyle;
import org.maillage.viewpoint.model.diagram.NodeStyle;
import org.maillage.viewpoint.render.PngRenderer;
import org.maillage.viewpoint.render.RenderOptions;
import org.maillage.viewpoint.render.SvgRenderer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Covered cases: the legend of each shipped description has one entry per mapping of the default layer with the
 * mapping's label and style, and one per conditional style with its French label and the conditional attributes
 * laid over the base style; optional layers add their mappings only when on; every shipped conditional style has
 * a label; an unlabelled conditional style falls back to a text derived from the mapping's label; the legend of a
 * diagram lists only mappings that have elements; the SVG with a legend is larger, keeps the diagram where it was
 * and draws the legend outside it; the PNG with a legend is larger; problems are drawn as a badge on their node
 * only when asked, with the message as the badge's title; {@code maillage diagram --legend --problems} writes both
 * (the pictures are kept in target/pictures to be looked at).
 */
@ExtendWith(FrenchLocale.class)
class LegendTest {

    @TempDir
    java.nio.file.Path folder;

    @Test
    void declinaisonLegendFromTheDescription() {
        DiagramDescription description = Fixtures.description(Fixtures.DECLINAISON);
        Legend legend = Legend.of(description, List.of());
        Legend.Entry chantier = entry(legend, "Chantier");
        assertEquals(Legend.Kind.NODE, chantier.kind());
        assertFalse(chantier.conditional());
        Legend.Entry late = entry(legend, "Chantier en retard");
        assertTrue(late.conditional());
        assertEquals("chantier", late.mappingId());
        NodeStyle base = (NodeStyle) chantier.style();
        NodeStyle red = (NodeStyle) late.style();
        assertEquals("#FAD4D4", red.getBackgroundColor());
        assertEquals("#C00000", red.getBorderColor());
        // Not set by the conditional style: the base style's.
        assertEquals(base.getShape(), red.getShape());
        assertEquals(base.getWidth(), red.getWidth());
        Legend.Entry suspended = entry(legend, "Chantier suspendu");
        assertEquals(LineStyle.DASHED, suspended.style().getLineStyle());
        // The conditional entries follow their mapping's entry, in description order.
        int at = legend.entries().indexOf(chantier);
        assertEquals("Chantier en retard", legend.entries().get(at + 1).label());
        Legend.Entry edge = entry(legend, "Fiche action contribuant au chantier");
        assertEquals(Legend.Kind.EDGE, edge.kind());
        assertTrue(edge.style() instanceof EdgeStyle);
    }

    @Test
    void everyMappingOfTheActiveLayersAndEveryLabelledConditionalStyle() {
        for (String id : List.of(Fixtures.ARTICULATION, Fixtures.DECLINAISON, Fixtures.TERRITOIRES)) {
            DiagramDescription description = Fixtures.description(id);
            Legend legend = Legend.of(description, List.of());
            Layer first = description.getLayers().get(0);
            Set<String> expected = new HashSet<>();
            first.eAllContents().forEachRemaining(o -> {
                if (o instanceof DiagramElementMapping m) {
                    expected.add(m.getLabel());
                } else if (o instanceof ConditionalStyle c) {
                    assertNotNull(c.getLabel(), "every shipped conditional style has a French label: " + id);
                    expected.add(c.getLabel());
                }
            });
            Set<String> labels = new HashSet<>();
            legend.entries().forEach(e -> labels.add(e.label()));
            assertEquals(expected, labels, id);
            for (Legend.Entry entry : legend.entries()) {
                assertTrue(entry.kind() == Legend.Kind.EDGE ? entry.style() instanceof EdgeStyle
                        : entry.style() instanceof NodeStyle, entry.label());
            }
        }
        DiagramDescription territoires = Fixtures.description(Fixtures.TERRITOIRES);
        assertTrue(Legend.of(territoires, List.of()).entries().stream().noneMatch(e -> e.label().equals("EPCI sans CLS")));
        Legend gaps = Legend.of(territoires, List.of("lacunes"));
        assertEquals(Legend.Kind.CONTAINER, entry(gaps, "EPCI").kind());
        assertEquals("#C00000", ((EdgeStyle) entry(gaps, "Lacune du QPV").style()).getLineColor());
        assertEquals("QPV sans action CLS", entry(gaps, "QPV sans action CLS").label());
    }

    @Test
    void unlabelledConditionalStyleGetsAReadableLabel() {
        DiagramDescription description = org.eclipse.emf.ecore.util.EcoreUtil
                .copy(Fixtures.description(Fixtures.DECLINAISON));
        description.getLayers().get(0).getNodeMappings().stream().filter(m -> m.getId().equals("chantier"))
                .findFirst().orElseThrow().getConditionalStyles().get(0).setLabel(null);
        Legend legend = Legend.of(description, List.of());
        assertNotNull(entry(legend, "Chantier (cas particulier 1)"));
    }

    @Test
    void diagramLegendListsOnlyShownMappings() {
        ModeleMaillage eure = Fixtures.eure();
        DiagramSession session = DiagramSession.create(eure, Fixtures.description(Fixtures.ARTICULATION));
        try {
            Legend legend = Legend.of(session);
            Set<String> shown = new HashSet<>();
            Fixtures.nodes(session.diagram()).forEach(n -> shown.add(n.getMappingId()));
            session.diagram().getEdges().forEach(e -> shown.add(e.getMappingId()));
            Set<String> listed = new HashSet<>();
            legend.entries().forEach(e -> listed.add(e.mappingId()));
            assertEquals(shown, listed);
        } finally {
            session.dispose();
        }
    }

    @Test
    void svgWithLegendAndProblems() throws Exception {
        ModeleMaillage eure = Fixtures.eure();
        DiagramSession session = DiagramSession.create(eure, Fixtures.description(Fixtures.DECLINAISON));
        try {
            DNode node = Fixtures.nodes(session.diagram(), "chantier").get(0);
            Chantier chantier = (Chantier) session.semanticElement(node);
            BasicDiagnostic problem = new BasicDiagnostic(Diagnostic.ERROR, "test", 0, "Chantier : pas de pilote",
                    new Object[] { chantier });
            DiagramProblems problems = DiagramProblems.of(List.of(problem));

            String plain = new SvgRenderer().render(session.diagram());
            assertFalse(plain.contains("class=\"legend\""));
            assertFalse(plain.contains("class=\"problem"));

            String svg = new SvgRenderer().render(session.diagram(),
                    RenderOptions.NONE.withLegend(Legend.of(session)).withProblems(problems));
            Document document = RenderTest.parse(svg);
            Element root = document.getDocumentElement();
            double width = Double.parseDouble(root.getAttribute("width"));
            double height = Double.parseDouble(root.getAttribute("height"));
            assertTrue(width > session.diagram().getWidth() || height > session.diagram().getHeight());
            assertTrue(svg.contains("Chantier en retard"), "legend entries are text");
            Element legend = byClass(document, "g", "legend");
            String transform = legend.getAttribute("transform");
            double[] at = java.util.Arrays.stream(transform.replaceAll("[^0-9.,]", "").split(","))
                    .mapToDouble(Double::parseDouble).toArray();
            assertTrue(at[0] >= session.diagram().getWidth() || at[1] >= session.diagram().getHeight(),
                    "beside the diagram, never over it: " + transform);
            Element badge = byClass(document, "g", "problem error");
            assertEquals(node.getId(), badge.getAttribute("data-node"));
            assertEquals("Chantier : pas de pilote", badge.getElementsByTagName("title").item(0).getTextContent());

            BufferedImage small = new PngRenderer().image(session.diagram(), 1);
            BufferedImage large = new PngRenderer().image(session.diagram(), 1,
                    RenderOptions.NONE.withLegend(Legend.of(session)));
            assertTrue(large.getWidth() * large.getHeight() > small.getWidth() * small.getHeight());
        } finally {
            session.dispose();
        }
    }

    @Test
    void commandLineLegendAndProblems() throws Exception {
        Examples.eure().copyTo(folder);
        CliRunner.Result result = CliRunner.run(folder, "diagram", "--viewpoint", Fixtures.ARTICULATION, "--legend",
                "--problems", "--out", "articulation.svg", "eure.maillage");
        assertEquals(ExitCodes.OK, result.code(), result.err());
        String svg = Files.readString(folder.resolve("articulation.svg"));
        Document document = RenderTest.parse(svg);
        assertNotNull(byClass(document, "g", "legend"));
        assertTrue(svg.contains("QPV sans action CLS"), "the French label of the conditional style");
        // The Eure example has QPV that no CLS fiche action targets (MAILLAGE-COUV-002, a remark).
        assertTrue(svg.contains("class=\"problem "), "decorators drawn");
        CliRunner.Result png = CliRunner.run(folder, "diagram", "--viewpoint", Fixtures.DECLINAISON, "--legend",
                "--out", "declinaison.png", "eure.maillage");
        assertEquals(ExitCodes.OK, png.code(), png.err());
        assertEquals(ExitCodes.USAGE,
                CliRunner.run(folder, "diagram", "--list", "--legend", "eure.maillage").code());
        // Kept for people to look at (target/pictures), as the UI tests keep their screenshots.
        java.nio.file.Path kept = java.nio.file.Path.of("target", "pictures");
        Files.createDirectories(kept);
        for (String name : List.of("articulation.svg", "declinaison.png")) {
            Files.copy(folder.resolve(name), kept.resolve("legend-" + name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static Legend.Entry entry(Legend legend, String label) {
        return legend.entries().stream().filter(e -> e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not in " + legend.entries().stream()
                        .map(Legend.Entry::label).toList()));
    }

    private static Element byClass(Document document, String tag, String cssClass) {
        NodeList list = document.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element element = (Element) list.item(i);
            if (element.getAttribute("class").equals(cssClass)) {
                return element;
            }
        }
        throw new AssertionError("no <" + tag + " class=\"" + cssClass + "\">");
    }
}
