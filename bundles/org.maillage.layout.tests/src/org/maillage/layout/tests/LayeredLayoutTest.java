/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.layout.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maillage.layout.LayeredLayout;
import org.maillage.layout.LayoutGraph;
import org.maillage.layout.LayoutResult;
import org.maillage.layout.LayoutResult.Bounds;
import org.maillage.layout.LayoutResult.Point;

/**
 * Covered cases: ELK layered runs inside OSGi and returns positions; a chain is laid out left to right, with
 * sizes kept, no two nodes overlapping and every edge starting on its source and ending on its target; a
 * graph cannot reference unknown nodes.
 */
class LayeredLayoutTest {

    /** PRS objective -> PRAPS measure -> chantier -> CLS fiche action, plus a second chantier on the measure. */
    private static LayoutGraph declension() {
        return new LayoutGraph()
                .node("objectif", 120, 40)
                .node("mesure", 100, 40)
                .node("chantier", 140, 50)
                .node("chantier2", 140, 50)
                .node("fiche", 110, 40)
                .edge("e1", "objectif", "mesure")
                .edge("e2", "mesure", "chantier")
                .edge("e3", "mesure", "chantier2")
                .edge("e4", "chantier", "fiche");
    }

    @Test
    void chainIsLaidOutLeftToRight() {
        LayoutResult result = new LayeredLayout().layout(declension());
        Map<String, Bounds> nodes = result.nodes();

        assertTrue(nodes.get("objectif").x() < nodes.get("mesure").x());
        assertTrue(nodes.get("mesure").x() < nodes.get("chantier").x());
        assertTrue(nodes.get("chantier").x() < nodes.get("fiche").x());
        assertEquals(nodes.get("chantier").x(), nodes.get("chantier2").x(), 0.001, "same layer, same column");
        assertEquals(140, nodes.get("chantier").width(), 0.001, "sizes are kept");
        assertTrue(result.width() >= nodes.get("fiche").x() + 110, "the drawing contains every node");
    }

    @Test
    void nodesDoNotOverlapAndEdgesEndOnTheirNodes() {
        LayoutGraph graph = declension();
        LayoutResult result = new LayeredLayout().layout(graph);

        List<Bounds> all = new ArrayList<>(result.nodes().values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertFalse(all.get(i).overlaps(all.get(j)), "nodes " + i + " and " + j + " overlap");
            }
        }
        for (LayoutGraph.Edge edge : graph.edges()) {
            List<Point> route = result.edges().get(edge.id());
            assertTrue(route.size() >= 2, "edge " + edge.id() + " is routed");
            assertTrue(result.nodes().get(edge.source()).touches(route.get(0), 0.5), "starts on its source");
            assertTrue(result.nodes().get(edge.target()).touches(route.get(route.size() - 1), 0.5),
                    "ends on its target");
        }
    }

    @Test
    void edgeToUnknownNodeIsRefused() {
        LayoutGraph graph = new LayoutGraph().node("a", 10, 10);
        assertThrows(IllegalArgumentException.class, () -> graph.edge("e", "a", "absent"));
    }
}
