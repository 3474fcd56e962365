/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.examples.Example;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.render.TextMetrics;
import org.maillage.viewpoint.model.diagram.DDiagramElement;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.render.PngRenderer;
import org.maillage.viewpoint.render.SvgRenderer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Covered cases: for each shipped viewpoint on each example roadmap, the SVG is well-formed XML with one group
 * per node and edge, and the text of each node group is the label of the semantic element, one centred
 * {@code <text>} per wrapped line;
 * the PNG decodes to an image of the diagram's proportions; with every optional layer on, the Eure pictures are
 * still well-formed. The Eure pictures are kept under {@code target/diagrams/} for people to look at.
 */
class RenderTest {

    @ParameterizedTest
    @MethodSource("org.maillage.viewpoint.tests.Fixtures#viewpointsOnExamples")
    void svgIsWellFormedAndShowsTheLabels(Example example, String id) throws Exception {
        ModeleMaillage model = Fixtures.open(example);
        DiagramSession session = DiagramSession.create(model, Fixtures.description(id));
        String svg = new SvgRenderer().render(session.diagram());
        Document document = parse(svg);
        List<DNode> nodes = Fixtures.nodes(session.diagram());
        NodeList groups = document.getElementsByTagName("g");
        int nodeGroups = 0;
        int edgeGroups = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            String kind = group.getAttribute("class");
            if (kind.equals("node") || kind.equals("container")) {
                nodeGroups++;
                DNode node = (DNode) find(session, group.getAttribute("id"));
                assertEquals(TextMetrics.lines(node.getLabel()), lines(group), group.getAttribute("id"));
                String name = String.valueOf(session.semanticElement(node).eGet(
                        session.semanticElement(node).eClass().getEStructuralFeature("nom")));
                assertTrue(node.getLabel().contains(name), node.getLabel() + " / " + name);
            } else if (kind.equals("edge")) {
                edgeGroups++;
            }
        }
        assertEquals(nodes.size(), nodeGroups);
        assertEquals(session.diagram().getEdges().size(), edgeGroups);

        BufferedImage image = new PngRenderer().image(session.diagram(), 1);
        assertEquals(Math.ceil(session.diagram().getWidth()), image.getWidth(), 1);
        assertEquals(Math.ceil(session.diagram().getHeight()), image.getHeight(), 1);
        if (example.name().equals(Examples.EURE)) {
            Path folder = Path.of("target", "diagrams");
            Files.createDirectories(folder);
            String name = id.substring(id.indexOf('/') + 1);
            new SvgRenderer().write(session.diagram(), folder.resolve(name + ".svg"));
            Path png = folder.resolve(name + ".png");
            new PngRenderer().write(session.diagram(), png, 1.5);
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
            assertTrue(read.getWidth() > 100 && read.getHeight() > 100);
        }
        session.dispose();
    }

    @ParameterizedTest
    @ValueSource(strings = { Fixtures.ARTICULATION, Fixtures.DECLINAISON, Fixtures.TERRITOIRES })
    void eureWithEveryLayer(String id) throws Exception {
        DiagramSession session = DiagramSession.create(Fixtures.eure(), Fixtures.description(id));
        for (var layer : session.optionalLayers()) {
            session.setLayerActive(layer.getId(), true);
        }
        session.arrangeAll();
        String svg = new SvgRenderer().render(session.diagram());
        parse(svg);
        Path folder = Path.of("target", "diagrams");
        Files.createDirectories(folder);
        String name = id.substring(id.indexOf('/') + 1) + "-calques";
        new SvgRenderer().write(session.diagram(), folder.resolve(name + ".svg"));
        new PngRenderer().write(session.diagram(), folder.resolve(name + ".png"), 1);
        assertTrue(ImageIO.read(folder.resolve(name + ".png").toFile()).getWidth() > 100);
        session.dispose();
    }

    private static DDiagramElement find(DiagramSession session, String id) {
        for (DNode node : Fixtures.nodes(session.diagram())) {
            if (node.getId().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no node " + id);
    }

    /** @return the lines of the group's label: one {@code <text>} per line, each centred on its own */
    private static List<String> lines(Element group) {
        NodeList texts = group.getElementsByTagName("text");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            assertEquals("middle", text.getAttribute("text-anchor"));
            assertEquals(0, text.getElementsByTagName("tspan").getLength());
            lines.add(text.getTextContent());
        }
        return lines;
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

}
