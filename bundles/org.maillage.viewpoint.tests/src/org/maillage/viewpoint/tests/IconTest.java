/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.model.ModeleMaillage;
import org.maillage.testsupport.FrenchLocale;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.model.description.DescriptionFactory;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.NodeMapping;
import org.maillage.viewpoint.model.description.Viewpoint;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.NodeStyle;
import org.maillage.viewpoint.render.Icons;
import org.maillage.viewpoint.render.PngRenderer;
import org.maillage.viewpoint.render.SvgRenderer;
import org.maillage.viewpoint.render.TextMetrics;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Covered cases: icons of the Eure articulation diagram are resolved from their Sirius-style paths and drawn once
 * per node that has one, as a data URI holding the icon file's bytes, before the label; relative paths resolve
 * against the description's file; hostile icons (other schemes, leaving the plug-in, other formats) are refused
 * at refresh with a diagnostic naming the mapping and the icon text, and draw nothing; the loader refuses what a
 * hostile representation file could name; the PNG shows the icons.
 */
@ExtendWith(FrenchLocale.class)
class IconTest {

    private static final String VIEWPOINT_URI = "platform:/plugin/org.maillage.viewpoints/viewpoints/articulation.viewpoint";
    private static final String EDIT = "org.maillage.model.edit";

    @Test
    void eureArticulationDrawsEachIconOnceWithTheIconFileBytes() throws Exception {
        DiagramSession session = DiagramSession.create(Fixtures.eure(), Fixtures.description(Fixtures.ARTICULATION));
        assertEquals(List.of(), session.lastResult().diagnostics());
        Map<String, DNode> withIcon = new HashMap<>();
        for (DNode node : Fixtures.nodes(session.diagram())) {
            if (node.getStyle().getIcon() != null) {
                withIcon.put(node.getId(), node);
            }
        }
        assertFalse(withIcon.isEmpty(), "the shipped articulation viewpoint gives its nodes icons");

        Document svg = RenderTest.parse(new SvgRenderer().render(session.diagram()));
        NodeList groups = svg.getElementsByTagName("g");
        int images = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            NodeList image = group.getElementsByTagName("image");
            DNode node = withIcon.get(group.getAttribute("id"));
            if (node == null) {
                assertEquals(0, image.getLength(), group.getAttribute("id"));
                continue;
            }
            assertEquals(1, image.getLength(), node.getId());
            images++;
            // Sirius-style path: /bundle/path means platform:/plugin/bundle/path.
            String uri = node.getStyle().getIcon();
            assertTrue(uri.startsWith(Icons.PREFIX + EDIT + "/icons/full/obj16/"), uri);
            String href = ((Element) image.item(0)).getAttribute("xlink:href");
            String prefix = "data:image/png;base64,";
            assertTrue(href.startsWith(prefix), href);
            Path file = Path.of("..", EDIT).resolve(uri.substring((Icons.PREFIX + EDIT + "/").length()));
            assertArrayEquals(Files.readAllBytes(file), Base64.getDecoder().decode(href.substring(prefix.length())),
                    node.getId());
            // Placed before the first line of the label, which is the group's first <text>.
            Element icon = (Element) image.item(0);
            Element firstLine = (Element) group.getElementsByTagName("text").item(0);
            double iconRight = Double.parseDouble(icon.getAttribute("x")) + Double.parseDouble(icon.getAttribute("width"));
            double lineWidth = TextMetrics.width(firstLine.getTextContent(), node.getStyle().getLabelSize(),
                    node.getStyle().isLabelBold());
            double lineLeft = Double.parseDouble(firstLine.getAttribute("x")) - lineWidth / 2;
            assertTrue(iconRight <= lineLeft - 2 + 0.15, node.getId() + ": clear of the first line");
            double iconX = Double.parseDouble(icon.getAttribute("x"));
            assertTrue(iconRight >= lineLeft - 2 - 0.05 * lineWidth || iconX <= node.getX() + 4 + 0.1,
                    node.getId() + ": next to the first line, or as far left as the box allows");
            assertTrue(iconX >= node.getX() + 4 - 0.1, node.getId() + ": inside the box, clear of the border");
            assertEquals(node.getStyle().getLabelSize() + 2, Double.parseDouble(icon.getAttribute("width")));
        }
        assertEquals(withIcon.size(), images);

        // The PNG shows the icon: the icon's box is not plain node background.
        DNode first = withIcon.values().iterator().next();
        Element image = null;
        for (int i = 0; i < groups.getLength() && image == null; i++) {
            if (((Element) groups.item(i)).getAttribute("id").equals(first.getId())) {
                image = (Element) ((Element) groups.item(i)).getElementsByTagName("image").item(0);
            }
        }
        double scale = 2;
        BufferedImage png = new PngRenderer().image(session.diagram(), scale);
        int background = Integer.parseInt(first.getStyle().getBackgroundColor().substring(1), 16);
        int x0 = (int) Math.ceil(Double.parseDouble(image.getAttribute("x")) * scale);
        int y0 = (int) Math.ceil(Double.parseDouble(image.getAttribute("y")) * scale);
        int side = (int) Math.floor(Double.parseDouble(image.getAttribute("width")) * scale);
        int other = 0;
        for (int x = x0; x < x0 + side; x++) {
            for (int y = y0; y < y0 + side; y++) {
                if ((png.getRGB(x, y) & 0xFFFFFF) != background) {
                    other++;
                }
            }
        }
        assertTrue(other > side * side / 10, "icon pixels in the PNG: " + other);
        session.dispose();
    }

    @Test
    void relativeAndSiriusStylePathsResolve() {
        assertEquals(Optional.of("platform:/plugin/org.maillage.viewpoints/viewpoints/icons/cls.png"),
                Icons.resolve("icons/cls.png", VIEWPOINT_URI));
        assertEquals(Optional.of("platform:/plugin/org.maillage.viewpoints/viewpoints/cls.gif"),
                Icons.resolve("./cls.gif", VIEWPOINT_URI));
        assertEquals(Optional.of("platform:/plugin/org.maillage.viewpoints/icons/cls.gif"),
                Icons.resolve("../icons/cls.gif", VIEWPOINT_URI));
        assertEquals(Optional.of("platform:/plugin/org.maillage.model.edit/icons/full/obj16/Cls.png"),
                Icons.resolve("/org.maillage.model.edit/icons/full/obj16/Cls.png", VIEWPOINT_URI));
        assertEquals(Optional.of("platform:/plugin/org.maillage.model.edit/icons/full/obj16/Cls.png"),
                Icons.resolve("/org.maillage.model.edit/icons/full/obj16/Cls.png", "file:/tmp/x.viewpoint"));
        // Relative icons need a description contributed by a plug-in.
        assertEquals(Optional.empty(), Icons.resolve("icons/cls.png", "file:/tmp/x.viewpoint"));
        assertEquals(Optional.empty(), Icons.resolve("icons/cls.png", null));

        // In a refresh: the representation keeps the resolved URI, nothing is reported.
        NodeMapping cls = clsOfCopy();
        cls.getStyle().setIcon("icons/cls.png");
        DiagramSession session = DiagramSession.create(Fixtures.eure(), (DiagramDescription) cls.eContainer()
                .eContainer());
        assertEquals(List.of(), session.lastResult().diagnostics());
        List<DNode> nodes = Fixtures.nodes(session.diagram(), "cls");
        assertFalse(nodes.isEmpty());
        for (DNode node : nodes) {
            assertEquals("platform:/plugin/org.maillage.viewpoints/viewpoints/icons/cls.png", node.getStyle().getIcon());
        }
        session.dispose();
    }

    @ParameterizedTest
    @ValueSource(strings = { "file:/etc/passwd", "file:///tmp/x.png", "http://example.org/x.png", "jar:file:/x.jar!/x.png",
        "../../x.png", "/org.maillage.model.edit/../../etc/passwd", "/org.maillage.model.edit/../../x.gif",
        "icons/notes.txt", "/org.maillage.model.edit/icons/full/obj16/Cls.svg", "C:\\icons\\x.png",
        "/org.maillage.model.edit//x.gif", "icons/%2e%2e/x.png", "icons/x.png?a=b" })
    void hostileIconsAreRefusedWithADiagnosticAndNotDrawn(String icon) throws Exception {
        assertEquals(Optional.empty(), Icons.resolve(icon, VIEWPOINT_URI), icon);
        assertEquals(Optional.empty(), Icons.bytes(icon), icon);

        NodeMapping cls = clsOfCopy();
        cls.getStyle().setIcon(icon);
        ModeleMaillage model = Fixtures.eure();
        DiagramSession session = DiagramSession.create(model, (DiagramDescription) cls.eContainer().eContainer());
        Fixtures.onlyDiagnostic(session, "cls", "icon", icon, "icône");

        List<DNode> nodes = Fixtures.nodes(session.diagram(), "cls");
        assertFalse(nodes.isEmpty());
        List<String> ids = new ArrayList<>();
        for (DNode node : nodes) {
            assertNull(node.getStyle().getIcon());
            ids.add(node.getId());
        }
        Document svg = RenderTest.parse(new SvgRenderer().render(session.diagram()));
        NodeList groups = svg.getElementsByTagName("g");
        int checked = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (ids.contains(group.getAttribute("id"))) {
                assertEquals(0, group.getElementsByTagName("image").getLength());
                checked++;
            }
        }
        assertEquals(nodes.size(), checked);
        session.dispose();
    }

    @Test
    void loaderRevalidatesWhatARepresentationFileSays() throws Exception {
        String cls = Icons.PREFIX + EDIT + "/icons/full/obj16/Cls.png";
        assertArrayEquals(Files.readAllBytes(Path.of("..", EDIT, "icons/full/obj16/Cls.png")),
                Icons.bytes(cls).orElseThrow());
        assertTrue(Icons.dataUri(cls).orElseThrow().startsWith("data:image/png;base64,"));
        for (String hostile : List.of("file:/etc/passwd", "file:/usr/share/pixmaps/debian-logo.png",
                Icons.PREFIX + EDIT + "/../org.maillage.core/x.gif", Icons.PREFIX + EDIT + "/icons/./x.gif",
                Icons.PREFIX + EDIT + "/plugin.xml", Icons.PREFIX + "../etc/x.png", "platform:/resource/p/x.png",
                Icons.PREFIX + EDIT + "/icons/full/obj16/Absent.gif")) {
            assertEquals(Optional.empty(), Icons.bytes(hostile), hostile);
            assertEquals(Optional.empty(), Icons.dataUri(hostile), hostile);
        }
        // A style read from a hostile .maillagediag: the renderer draws no icon and does not fail.
        DiagramSession session = DiagramSession.create(Fixtures.eure(), Fixtures.description(Fixtures.ARTICULATION));
        int nodes = 0;
        for (DNode node : Fixtures.nodes(session.diagram())) {
            NodeStyle style = node.getStyle();
            if (style.getIcon() != null) {
                style.setIcon("file:/etc/passwd");
                nodes++;
            }
        }
        assertTrue(nodes > 0);
        String svg = new SvgRenderer().render(session.diagram());
        assertFalse(svg.contains("<image"), "no icon drawn from a refused URI");
        assertTrue(new PngRenderer().image(session.diagram(), 1).getWidth() > 100);
        session.dispose();
    }

    /** @return the cls mapping of a copy of the articulation description, in a resource at the shipped file's URI */
    private static NodeMapping clsOfCopy() {
        DiagramDescription description = EcoreUtil.copy(Fixtures.description(Fixtures.ARTICULATION));
        Viewpoint viewpoint = DescriptionFactory.eINSTANCE.createViewpoint();
        viewpoint.setId("test");
        viewpoint.getDiagrams().add(description);
        new ResourceImpl(URI.createURI(VIEWPOINT_URI)).getContents().add(viewpoint);
        return description.getLayers().get(0).getNodeMappings().stream().filter(m -> m.getId().equals("cls"))
                .findFirst().orElseThrow();
    }
}
