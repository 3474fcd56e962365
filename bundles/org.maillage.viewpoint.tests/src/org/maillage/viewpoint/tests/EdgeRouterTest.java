/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maillage.viewpoint.internal.layout.DiagramLayout;
import org.maillage.viewpoint.internal.layout.EdgeRouter;
import org.maillage.viewpoint.model.diagram.DContainer;
import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.DPoint;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.model.diagram.DiagramFactory;
import org.maillage.viewpoint.model.diagram.EdgeStyle;
import org.maillage.viewpoint.model.diagram.Routing;

/**
 * Covered cases: the own router on hand-made diagrams. A wall between two nodes is gone around, orthogonally, from
 * border to border; a polyline around the same wall cuts corners and still misses it; an edge from a node inside a
 * container to a node outside crosses the container (its ancestor) but not the child's sibling; a node shut in by
 * its neighbours (every port inside another node's padding) still gets a route, without an exception; a labelled
 * edge's label covers no node; on a 1,000-node grid every edge routed one by one avoids every node, within a
 * generous bound (no hang).
 */
class EdgeRouterTest {

    private final Diagram diagram = DiagramFactory.eINSTANCE.createDiagram();

    private DNode node(List<DNode> parent, String id, double x, double y, double w, double h) {
        DNode node = DiagramFactory.eINSTANCE.createDNode();
        node.setId(id);
        node.setX(x);
        node.setY(y);
        node.setWidth(w);
        node.setHeight(h);
        parent.add(node);
        return node;
    }

    private DEdge edge(DNode source, DNode target, Routing routing, String label) {
        DEdge edge = DiagramFactory.eINSTANCE.createDEdge();
        edge.setId(source.getId() + "->" + target.getId());
        edge.setSource(source);
        edge.setTarget(target);
        edge.setLabel(label);
        EdgeStyle style = DiagramFactory.eINSTANCE.createEdgeStyle();
        if (routing != null) {
            style.setRouting(routing);
        }
        edge.setStyle(style);
        diagram.getEdges().add(edge);
        return edge;
    }

    @Test
    void aWallIsGoneAround() {
        DNode a = node(diagram.getNodes(), "a", 0, 100, 80, 40);
        DNode b = node(diagram.getNodes(), "b", 400, 100, 80, 40);
        node(diagram.getNodes(), "wall", 200, 0, 40, 300);
        DEdge orthogonal = edge(a, b, null, "lien");
        DEdge polyline = edge(a, b, Routing.POLYLINE, null);
        EdgeRouter router = new EdgeRouter(diagram);
        router.route(orthogonal);
        router.route(polyline);
        check(orthogonal, true);
        check(polyline, false);
        assertTrue(router.valid(orthogonal));
        assertTrue(router.labelClear(orthogonal));
        boolean slanted = false;
        for (int i = 1; i < polyline.getPoints().size(); i++) {
            DPoint p = polyline.getPoints().get(i - 1);
            DPoint q = polyline.getPoints().get(i);
            slanted |= Math.abs(p.getX() - q.getX()) > 1 && Math.abs(p.getY() - q.getY()) > 1;
        }
        assertTrue(slanted, "the polyline cuts a corner");
    }

    @Test
    void containersOfAnEndAreNotObstaclesTheirOtherChildrenAre() {
        DContainer frame = DiagramFactory.eINSTANCE.createDContainer();
        frame.setId("frame");
        frame.setX(0);
        frame.setY(0);
        frame.setWidth(300);
        frame.setHeight(300);
        diagram.getNodes().add(frame);
        DNode child = node(frame.getChildren(), "child", 20, 130, 80, 40);
        node(frame.getChildren(), "sibling", 150, 100, 80, 100);
        DNode outside = node(diagram.getNodes(), "outside", 500, 130, 80, 40);
        DEdge edge = edge(child, outside, null, null);
        new EdgeRouter(diagram).route(edge);
        check(edge, true);
    }

    @Test
    void aShutInNodeStillGetsARoute() {
        DNode a = node(diagram.getNodes(), "a", 100, 100, 50, 30);
        node(diagram.getNodes(), "left", 48, 90, 50, 50);
        node(diagram.getNodes(), "right", 152, 90, 50, 50);
        node(diagram.getNodes(), "top", 90, 48, 70, 50);
        node(diagram.getNodes(), "bottom", 90, 132, 70, 50);
        DNode far = node(diagram.getNodes(), "far", 600, 600, 50, 30);
        DEdge edge = edge(a, far, null, null);
        new EdgeRouter(diagram).route(edge);
        assertTrue(edge.getPoints().size() >= 2);
        assertTrue(onBorder(a, edge.getPoints().get(0)));
        assertTrue(onBorder(far, edge.getPoints().get(edge.getPoints().size() - 1)));
    }

    @Test
    void everyEdgeOfAThousandNodeGridAvoidsEveryNode() {
        DNode[][] grid = new DNode[25][40];
        for (int i = 0; i < 25; i++) {
            for (int j = 0; j < 40; j++) {
                grid[i][j] = node(diagram.getNodes(), "n" + i + "_" + j, j * 200, i * 100, 120 + (j % 3) * 10, 40);
            }
        }
        for (int i = 0; i < 24; i++) {
            for (int j = 0; j < 39; j += 3) {
                edge(grid[i][j], grid[i + 1][j + 1], null, "e");
                edge(grid[i][j], grid[(i + 7) % 25][(j + 11) % 40], null, null);
            }
        }
        assertEquals(1000, diagram.getNodes().size());
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            EdgeRouter router = new EdgeRouter(diagram);
            for (DEdge edge : diagram.getEdges()) {
                router.route(edge);
            }
        });
        EdgeRouter router = new EdgeRouter(diagram);
        for (DEdge edge : diagram.getEdges()) {
            check(edge, true);
            assertTrue(router.valid(edge), edge.getId());
            assertTrue(router.labelClear(edge), "label of " + edge.getId());
        }
    }

    /** Ends on the borders, no node crossed but the ends' ancestors, level and upright segments if orthogonal. */
    private void check(DEdge edge, boolean orthogonal) {
        List<DPoint> points = edge.getPoints();
        assertTrue(points.size() >= 2, edge.getId());
        assertTrue(onBorder(edge.getSource(), points.get(0)), edge.getId() + " starts on its source");
        assertTrue(onBorder(edge.getTarget(), points.get(points.size() - 1)), edge.getId() + " ends on its target");
        for (DNode node : Fixtures.nodes(diagram)) {
            if (isAncestor(node, edge.getSource()) || isAncestor(node, edge.getTarget())) {
                continue;
            }
            double[] box = DiagramLayout.absolute(node);
            for (int i = 1; i < points.size(); i++) {
                double[] a = { points.get(i - 1).getX(), points.get(i - 1).getY() };
                double[] b = { points.get(i).getX(), points.get(i).getY() };
                assertFalse(EdgeRouter.crosses(box, a, b, -0.5), edge.getId() + " crosses " + node.getId());
                if (orthogonal) {
                    assertTrue(Math.abs(a[0] - b[0]) < 1e-6 || Math.abs(a[1] - b[1]) < 1e-6, edge.getId());
                }
            }
        }
    }

    private static boolean isAncestor(DNode node, DNode of) {
        return RoutesKeptTest.ancestor(node, of);
    }

    private static boolean onBorder(DNode node, DPoint p) {
        return RoutesKeptTest.onBorder(DiagramLayout.absolute(node), new double[] { p.getX(), p.getY() });
    }
}
