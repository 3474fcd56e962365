/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.junit.jupiter.api.Test;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.territoire.Qpv;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.internal.layout.DiagramLayout;
import org.maillage.viewpoint.internal.layout.EdgeRouter;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.EdgeMapping;
import org.maillage.viewpoint.model.description.Viewpoint;
import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.DPoint;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.model.diagram.EdgeStyle;
import org.maillage.viewpoint.model.diagram.Routing;
import org.maillage.viewpoint.render.PngRenderer;
import org.maillage.viewpoint.render.SvgRenderer;

/**
 * Covered cases: on the Eure articulation diagram, after each of adding a fiche action that targets a QPV
 * (through the command stack), renaming an element and deleting one, every edge starts and ends on the border
 * of its nodes, crosses no node other than its ends' ancestors, has only level and upright segments (orthogonal),
 * and its label covers no node; edges the edit did not touch keep exactly their points; the same holds on the
 * SVG (the path {@code d} attributes). Moving a node re-routes its edges around the others. Per-edge routing in
 * one diagram: orthogonal, polyline and spline edges side by side, splines drawn as Bézier curves in the SVG.
 */
class RoutesKeptTest {

    private static final double TOLERANCE = 1.5;
    private static final Pattern EDGE = Pattern.compile(
            "<g class=\"edge\" id=\"([^\"]*)\"[^>]*>\\n<path [^>]*d=\"([^\"]*)\"");

    private final ModeleMaillage model = Fixtures.eure();
    private final DiagramSession session = DiagramSession.create(model, Fixtures.description(Fixtures.ARTICULATION));
    private final BasicCommandStack stack = new BasicCommandStack();

    private Cls cls(String uuid) {
        return (Cls) model.getDispositifs().stream().filter(d -> d.getUuid().equals(uuid)).findFirst().orElseThrow();
    }

    private Qpv qpv(String nom) {
        return model.getQpvs().stream().filter(q -> q.getNom().equals(nom)).findFirst().orElseThrow();
    }

    @Test
    void addingAFicheActionKeepsTheOtherRoutes() {
        session.bindCommandStack(stack);
        checkRoutes(session.diagram());
        Map<String, List<double[]>> before = points(session.diagram());
        Map<String, double[]> boxes = boxes(session.diagram());
        Qpv navarre = qpv("Navarre");
        stack.execute(new ChangeCommand(model) {
            @Override
            protected void doExecute() {
                FicheAction fiche = DispositifFactory.eINSTANCE.createFicheAction();
                fiche.setNom("Aller-vers à Navarre");
                fiche.getQpvCibles().add(navarre);
                cls("eure-cls-evreux").getAxes().get(0).getFichesActions().add(fiche);
            }
        });
        assertEquals(before.size() + 1, session.diagram().getEdges().size(), "one edge more");
        checkAfterEdit(before, boxes);
        keepForViewing(session.diagram(), "articulation-after-edit");
    }

    @Test
    void renamingKeepsTheOtherRoutes() {
        session.bindCommandStack(stack);
        Map<String, List<double[]>> before = points(session.diagram());
        Map<String, double[]> boxes = boxes(session.diagram());
        DNode node = (DNode) session.elementsOf(qpv("Navarre")).get(0);
        Command rename = session.directEditCommand(node, "Navarre, Cités-jardins et quartier de la gare d'Évreux");
        assertTrue(rename.canExecute());
        stack.execute(rename);
        checkAfterEdit(before, boxes);
    }

    @Test
    void deletingKeepsTheOtherRoutes() {
        session.bindCommandStack(stack);
        Map<String, List<double[]>> before = points(session.diagram());
        Map<String, double[]> boxes = boxes(session.diagram());
        DNode node = (DNode) session.elementsOf(qpv("Navarre")).get(0);
        Command delete = session.deleteCommand(List.of(node));
        assertTrue(delete.canExecute());
        stack.execute(delete);
        checkAfterEdit(before, boxes);
        stack.undo();
        checkRoutes(session.diagram());
    }

    @Test
    void movingANodeRoutesItsEdgesAroundTheOthers() {
        Diagram diagram = session.diagram();
        DNode moved = diagram.getEdges().get(0).getSource();
        DNode far = diagram.getNodes().stream().filter(n -> n != moved).reduce((a, b) -> b).orElseThrow();
        session.moveNode(moved, far.getX() + far.getWidth() + 60, far.getY());
        checkRoutes(diagram);
    }

    @Test
    void perEdgeRoutingInOneDiagram() {
        Viewpoint copy = EcoreUtil.copy((Viewpoint) EcoreUtil.getRootContainer(
                Fixtures.description(Fixtures.ARTICULATION)));
        DiagramDescription description = copy.getDiagrams().get(0);
        Map<String, Routing> routings = Map.of("ficheQpv", Routing.SPLINES, "contratQpv", Routing.POLYLINE,
                "articulation", Routing.ORTHOGONAL, "ficheMesure", Routing.SPLINES);
        for (EdgeMapping mapping : description.getLayers().get(0).getEdgeMappings()) {
            ((EdgeStyle) mapping.getStyle()).setRouting(routings.get(mapping.getId()));
        }
        DiagramSession mixed = DiagramSession.create(model, description);
        try {
            Diagram diagram = mixed.diagram();
            checkRoutes(diagram);
            Map<String, String> paths = svgPaths(new SvgRenderer().render(diagram));
            boolean curve = false;
            boolean slanted = false;
            for (DEdge edge : diagram.getEdges()) {
                Routing routing = routings.get(edge.getMappingId());
                assertEquals(routing, edge.getStyle().getRouting(), edge.getId());
                String d = paths.get(edge.getId());
                assertNotNull(d, edge.getId());
                if (routing == Routing.SPLINES && edge.getPoints().size() > 2) {
                    assertTrue(d.contains("C"), "spline drawn as a curve: " + d);
                    curve = true;
                } else {
                    assertFalse(d.contains("C"), edge.getId() + " " + d);
                }
                if (routing == Routing.POLYLINE || routing == Routing.SPLINES) {
                    slanted |= !orthogonal(edge.getPoints());
                }
            }
            keepForViewing(diagram, "articulation-mixed-routing");
            assertTrue(curve, "at least one spline with a bend");
            assertTrue(slanted, "polylines and splines cut corners");
        } finally {
            mixed.dispose();
        }
    }

    /** Leaves the picture in the fragment's target folder, for a person to look at (nothing asserted on it). */
    private static void keepForViewing(Diagram diagram, String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "routes"));
            new SvgRenderer().write(diagram, folder.resolve(name + ".svg"));
            new PngRenderer().write(diagram, folder.resolve(name + ".png"), 1.5);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // ------------------------------------------------------------------ checks

    /** Checks the routes after an edit, on the representation and on the SVG, and that untouched edges kept theirs. */
    private void checkAfterEdit(Map<String, List<double[]>> before, Map<String, double[]> boxes) {
        Diagram diagram = session.diagram();
        checkRoutes(diagram);
        checkSvg(diagram);
        int kept = 0;
        int touched = 0;
        for (DEdge edge : diagram.getEdges()) {
            List<double[]> old = before.get(edge.getId());
            if (old == null || changed(boxes, edge.getSource()) || changed(boxes, edge.getTarget())
                    || crossesAny(diagram, edge, old) != null) {
                touched++;
                continue;
            }
            List<double[]> now = points(edge);
            assertEquals(old.size(), now.size(), "untouched edge " + edge.getId() + " keeps its route");
            for (int i = 0; i < old.size(); i++) {
                assertEquals(old.get(i)[0], now.get(i)[0], 0.0, edge.getId() + " point " + i);
                assertEquals(old.get(i)[1], now.get(i)[1], 0.0, edge.getId() + " point " + i);
            }
            kept++;
        }
        assertTrue(kept > touched * 3, "most edges untouched: kept " + kept + ", touched " + touched);
    }

    private static boolean changed(Map<String, double[]> boxes, DNode node) {
        double[] old = boxes.get(node.getId());
        return old == null || !java.util.Arrays.equals(old, DiagramLayout.absolute(node));
    }

    /** The invariants of every edge of the diagram, on the representation. */
    static void checkRoutes(Diagram diagram) {
        for (DEdge edge : diagram.getEdges()) {
            List<double[]> points = points(edge);
            checkRoute(diagram, edge, points, edge.getId());
            double[] label = labelBox(edge);
            if (label != null) {
                for (DNode node : Fixtures.nodes(diagram)) {
                    if (!ancestor(node, edge.getSource()) && !ancestor(node, edge.getTarget())) {
                        assertFalse(overlap(label, DiagramLayout.absolute(node)),
                                "label of " + edge.getId() + " over " + node.getId());
                    }
                }
            }
        }
    }

    private static void checkRoute(Diagram diagram, DEdge edge, List<double[]> points, String what) {
        assertTrue(points.size() >= 2, what);
        assertTrue(onBorder(DiagramLayout.absolute(edge.getSource()), points.get(0)), what + " starts on its source");
        assertTrue(onBorder(DiagramLayout.absolute(edge.getTarget()), points.get(points.size() - 1)),
                what + " ends on its target");
        String crossed = crossesAny(diagram, edge, points);
        assertEquals(null, crossed, what + " crosses a node");
        Routing routing = edge.getStyle().isSetRouting() ? edge.getStyle().getRouting() : Routing.ORTHOGONAL;
        if (routing == Routing.ORTHOGONAL) {
            for (int i = 1; i < points.size(); i++) {
                double[] a = points.get(i - 1);
                double[] b = points.get(i);
                assertTrue(Math.abs(a[0] - b[0]) < 0.11 || Math.abs(a[1] - b[1]) < 0.11,
                        what + " segment " + i + " is level or upright");
            }
        }
    }

    /** @return the id of a node the route goes through (its ends included, their ancestors not), or null */
    private static String crossesAny(Diagram diagram, DEdge edge, List<double[]> points) {
        for (DNode node : Fixtures.nodes(diagram)) {
            if (ancestor(node, edge.getSource()) || ancestor(node, edge.getTarget())) {
                continue;
            }
            double[] b = DiagramLayout.absolute(node);
            for (int i = 1; i < points.size(); i++) {
                if (EdgeRouter.crosses(b, points.get(i - 1), points.get(i), -0.5)) { // touching a border is fine
                    return node.getId();
                }
            }
        }
        return null;
    }

    /** The same invariants read back from the SVG: each edge's path gives the points of the representation. */
    private static void checkSvg(Diagram diagram) {
        Map<String, String> paths = svgPaths(new SvgRenderer().render(diagram));
        assertEquals(diagram.getEdges().size(), paths.size());
        for (DEdge edge : diagram.getEdges()) {
            String d = paths.get(edge.getId());
            assertNotNull(d, edge.getId());
            List<double[]> points = new ArrayList<>();
            for (String token : d.trim().split(" ")) {
                assertTrue(token.startsWith("M") || token.startsWith("L"), "straight segments only: " + d);
                String[] xy = token.substring(1).split(",");
                points.add(new double[] { Double.parseDouble(xy[0]), Double.parseDouble(xy[1]) });
            }
            assertEquals(edge.getPoints().size(), points.size(), d);
            checkRoute(diagram, edge, points, "SVG path of " + edge.getId());
        }
    }

    static Map<String, String> svgPaths(String svg) {
        Map<String, String> paths = new HashMap<>();
        Matcher m = EDGE.matcher(svg);
        while (m.find()) {
            paths.put(m.group(1).replace("&gt;", ">").replace("&lt;", "<").replace("&quot;", "\"")
                    .replace("&apos;", "'").replace("&amp;", "&"), m.group(2));
        }
        return paths;
    }

    private static boolean orthogonal(List<DPoint> points) {
        for (int i = 1; i < points.size(); i++) {
            if (Math.abs(points.get(i).getX() - points.get(i - 1).getX()) > 0.1
                    && Math.abs(points.get(i).getY() - points.get(i - 1).getY()) > 0.1) {
                return false;
            }
        }
        return true;
    }

    /** @return whether {@code node} strictly contains {@code of} */
    static boolean ancestor(DNode node, DNode of) {
        for (DNode p = of.getParent(); p != null; p = p.getParent()) {
            if (p == node) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the point lies on the border of the box (x, y, width, height), within 1.5 units */
    static boolean onBorder(double[] b, double[] p) {
        boolean inside = p[0] >= b[0] - TOLERANCE && p[0] <= b[0] + b[2] + TOLERANCE && p[1] >= b[1] - TOLERANCE
                && p[1] <= b[1] + b[3] + TOLERANCE;
        boolean side = Math.abs(p[0] - b[0]) <= TOLERANCE || Math.abs(p[0] - b[0] - b[2]) <= TOLERANCE
                || Math.abs(p[1] - b[1]) <= TOLERANCE || Math.abs(p[1] - b[1] - b[3]) <= TOLERANCE;
        return inside && side;
    }

    private static double[] labelBox(DEdge edge) {
        if (edge.getLabel() == null || edge.getLabel().isEmpty()) {
            return null;
        }
        var lines = org.maillage.viewpoint.render.TextMetrics.lines(edge.getLabel());
        int size = edge.getStyle().getLabelSize();
        double w = org.maillage.viewpoint.render.TextMetrics.blockWidth(lines, size, edge.getStyle().isLabelBold())
                + 6;
        double h = lines.size() * org.maillage.viewpoint.render.TextMetrics.lineHeight(size) + 2;
        return new double[] { edge.getLabelX() - w / 2, edge.getLabelY() - h / 2, w, h };
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] + 0.5 < b[0] + b[2] && b[0] + 0.5 < a[0] + a[2] && a[1] + 0.5 < b[1] + b[3]
                && b[1] + 0.5 < a[1] + a[3];
    }

    private static Map<String, List<double[]>> points(Diagram diagram) {
        Map<String, List<double[]>> result = new HashMap<>();
        for (DEdge edge : diagram.getEdges()) {
            result.put(edge.getId(), points(edge));
        }
        return result;
    }

    private static List<double[]> points(DEdge edge) {
        List<double[]> result = new ArrayList<>();
        for (DPoint p : edge.getPoints()) {
            result.add(new double[] { p.getX(), p.getY() });
        }
        return result;
    }

    private static Map<String, double[]> boxes(Diagram diagram) {
        Map<String, double[]> result = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (DNode node : Fixtures.nodes(diagram)) {
            if (seen.add(node.getId())) {
                result.put(node.getId(), DiagramLayout.absolute(node));
            }
        }
        return result;
    }
}
