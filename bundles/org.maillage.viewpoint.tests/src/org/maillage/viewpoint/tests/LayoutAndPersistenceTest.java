/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.examples.Example;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.ViewpointResources;
import org.maillage.viewpoint.internal.layout.DiagramLayout;
import org.maillage.viewpoint.model.diagram.DContainer;
import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.DPoint;
import org.maillage.viewpoint.model.diagram.Diagram;

/**
 * Covered cases: after layout, on each shipped viewpoint and example (and with every optional layer on), no two
 * sibling nodes overlap, children lie inside their container, every edge starts on its source and ends on its
 * target; a node the user moved keeps its place through a refresh, an arrange all and a save and reload (and the
 * reloaded diagram has the same elements); arrange selection moves only the selection; the diagram file sits
 * beside the roadmap and is saved atomically with a backup.
 */
class LayoutAndPersistenceTest {

    private static final double TOLERANCE = 1.5;

    @ParameterizedTest
    @MethodSource("org.maillage.viewpoint.tests.Fixtures#viewpointsOnExamples")
    void layoutInvariantsHold(Example example, String id) {
        ModeleMaillage model = Fixtures.open(example);
        DiagramSession session = DiagramSession.create(model, Fixtures.description(id));
        checkInvariants(session.diagram());
        for (var layer : session.optionalLayers()) {
            session.setLayerActive(layer.getId(), true);
        }
        session.arrangeAll();
        checkInvariants(session.diagram());
        session.dispose();
    }

    static void checkInvariants(Diagram diagram) {
        checkSiblings(diagram.getNodes());
        for (DEdge edge : diagram.getEdges()) {
            List<DPoint> points = edge.getPoints();
            assertTrue(points.size() >= 2, edge.getId());
            assertTrue(onBorder(DiagramLayout.absolute(edge.getSource()), points.get(0)),
                    "edge " + edge.getId() + " starts on its source");
            assertTrue(onBorder(DiagramLayout.absolute(edge.getTarget()), points.get(points.size() - 1)),
                    "edge " + edge.getId() + " ends on its target");
        }
    }

    private static void checkSiblings(List<DNode> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            DNode a = nodes.get(i);
            assertTrue(a.getWidth() > 0 && a.getHeight() > 0, a.getId());
            for (int j = i + 1; j < nodes.size(); j++) {
                DNode b = nodes.get(j);
                boolean overlap = a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                        && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
                assertFalse(overlap, a.getId() + " overlaps " + b.getId());
            }
            if (a instanceof DContainer container) {
                for (DNode child : container.getChildren()) {
                    assertTrue(child.getX() >= 0 && child.getY() >= 0
                            && child.getX() + child.getWidth() <= container.getWidth() + TOLERANCE
                            && child.getY() + child.getHeight() <= container.getHeight() + TOLERANCE,
                            child.getId() + " inside " + container.getId());
                }
                checkSiblings(container.getChildren());
            }
        }
    }

    private static boolean onBorder(double[] box, DPoint p) {
        boolean inside = p.getX() >= box[0] - TOLERANCE && p.getX() <= box[0] + box[2] + TOLERANCE
                && p.getY() >= box[1] - TOLERANCE && p.getY() <= box[1] + box[3] + TOLERANCE;
        boolean nearEdge = Math.abs(p.getX() - box[0]) <= TOLERANCE || Math.abs(p.getX() - box[0] - box[2]) <= TOLERANCE
                || Math.abs(p.getY() - box[1]) <= TOLERANCE || Math.abs(p.getY() - box[1] - box[3]) <= TOLERANCE;
        return inside && nearEdge;
    }

    @Test
    void movedNodeSurvivesRefreshArrangeAndSaveReload(@TempDir Path folder) throws Exception {
        Path roadmap = Examples.eure().copyTo(folder);
        ModeleMaillage model = MaillageFiles.load(roadmap);
        DiagramSession session = DiagramSession.create(model, Fixtures.description(Fixtures.ARTICULATION));
        DNode moved = Fixtures.nodes(session.diagram(), "dac").get(0);
        double x = session.diagram().getWidth() + 100;
        session.moveNode(moved, x, 15);
        assertTrue(moved.isPinned());
        checkInvariants(session.diagram());

        session.refresh();
        session.arrangeAll();
        assertEquals(x, moved.getX());
        assertEquals(15, moved.getY());
        checkInvariants(session.diagram());

        Path diagrams = ViewpointResources.diagramFileFor(roadmap);
        assertEquals(folder.resolve("eure.maillagediag"), diagrams);
        ResourceSet set = ViewpointResources.newResourceSet();
        Resource resource = ViewpointResources.newDiagramResource(set, diagrams);
        resource.getContents().add(session.diagram());
        ViewpointResources.saveDiagrams(resource, diagrams);
        ViewpointResources.saveDiagrams(resource, diagrams);
        assertTrue(Files.exists(diagrams.resolveSibling("eure.maillagediag.bak")));
        String roadmapText = Files.readString(roadmap);
        assertFalse(roadmapText.contains("maillagediag") || roadmapText.contains(moved.getId()),
                "the roadmap file stays clean");
        int nodes = Fixtures.nodes(session.diagram()).size();
        int edges = session.diagram().getEdges().size();
        session.dispose();

        ModeleMaillage again = MaillageFiles.load(roadmap);
        Diagram reloaded = (Diagram) ViewpointResources.loadDiagrams(ViewpointResources.newResourceSet(), diagrams)
                .getContents().get(0);
        DiagramSession reopened = DiagramSession.open(reloaded, again.eResource(), Fixtures.registry());
        DNode movedAgain = Fixtures.nodes(reopened.diagram(), "dac").get(0);
        assertEquals(moved.getId(), movedAgain.getId());
        assertTrue(movedAgain.isPinned());
        assertEquals(x, movedAgain.getX());
        assertEquals(15, movedAgain.getY());
        assertEquals(nodes, Fixtures.nodes(reopened.diagram()).size());
        assertEquals(edges, reopened.diagram().getEdges().size());
        assertTrue(reopened.lastResult().created().isEmpty());
        reopened.dispose();
    }

    @Test
    void arrangeSelectionMovesOnlyTheSelection() {
        DiagramSession session = DiagramSession.create(Fixtures.eure(), Fixtures.description(Fixtures.DECLINAISON));
        List<DNode> nodes = Fixtures.nodes(session.diagram());
        DNode selected = nodes.get(0);
        session.moveNode(selected, session.diagram().getWidth() + 50, 10);
        List<double[]> before = nodes.stream().map(n -> new double[] { n.getX(), n.getY() }).toList();
        session.arrangeSelection(List.of(selected));
        for (int i = 1; i < nodes.size(); i++) {
            assertEquals(before.get(i)[0], nodes.get(i).getX());
            assertEquals(before.get(i)[1], nodes.get(i).getY());
        }
        assertFalse(selected.isPinned());
        checkInvariants(session.diagram());
        session.dispose();
    }
}
