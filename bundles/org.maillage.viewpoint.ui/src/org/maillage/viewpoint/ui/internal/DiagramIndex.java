/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.maillage.viewpoint.model.diagram.DContainer;
import org.maillage.viewpoint.model.diagram.DDiagramElement;
import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.DPoint;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.render.TextMetrics;

/**
 * What the canvas needs to paint and hit-test a diagram quickly: the paint order of the SVG renderer (containers
 * depth first, then edges, then plain nodes, then edge labels) and the absolute bounds of every node (the
 * representation stores node positions relative to their container). Built again after each change of the
 * diagram; a snapshot, never updated in place.
 */
final class DiagramIndex {

    /** Margin added around the drawing, in diagram units. */
    static final double MARGIN = 24;

    private final Diagram diagram;
    private final List<DNode> containers = new ArrayList<>();
    private final List<DNode> leaves = new ArrayList<>();
    private final Map<DNode, Box> bounds = new IdentityHashMap<>();
    private final Box extent;

    private DiagramIndex(Diagram diagram) {
        this.diagram = diagram;
        double right = diagram.getWidth();
        double bottom = diagram.getHeight();
        for (DNode node : diagram.getNodes()) {
            collect(node, 0, 0);
        }
        for (Box box : bounds.values()) {
            right = Math.max(right, box.right());
            bottom = Math.max(bottom, box.bottom());
        }
        for (DEdge edge : diagram.getEdges()) {
            for (DPoint point : edge.getPoints()) {
                right = Math.max(right, point.getX());
                bottom = Math.max(bottom, point.getY());
            }
        }
        // Moved nodes may lie beyond the size the last layout computed: the scrollable area covers them too.
        extent = new Box(-MARGIN, -MARGIN, Math.max(right, 10) + 2 * MARGIN, Math.max(bottom, 10) + 2 * MARGIN);
    }

    static DiagramIndex of(Diagram diagram) {
        return new DiagramIndex(diagram);
    }

    private void collect(DNode node, double offsetX, double offsetY) {
        Box box = new Box(offsetX + node.getX(), offsetY + node.getY(), node.getWidth(), node.getHeight());
        bounds.put(node, box);
        if (node instanceof DContainer container) {
            containers.add(node);
            for (DNode child : container.getChildren()) {
                collect(child, box.x(), box.y());
            }
        } else {
            leaves.add(node);
        }
    }

    Diagram diagram() {
        return diagram;
    }

    /** @return the containers, parents before children (paint order) */
    List<DNode> containers() {
        return Collections.unmodifiableList(containers);
    }

    /** @return the nodes that are not containers, in paint order (above edges) */
    List<DNode> leaves() {
        return Collections.unmodifiableList(leaves);
    }

    /** @return the number of nodes and containers */
    int nodeCount() {
        return bounds.size();
    }

    /** @return the absolute bounds of a node of this diagram, or {@code null} for an element not indexed */
    Box bounds(DNode node) {
        return bounds.get(node);
    }

    /** @return the area to scroll over, margins included */
    Box extent() {
        return extent;
    }

    /** @return the bounds of an edge's route */
    static Box bounds(DEdge edge) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (DPoint p : edge.getPoints()) {
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        return edge.getPoints().isEmpty() ? new Box(0, 0, 0, 0) : new Box(minX, minY, maxX - minX, maxY - minY);
    }

    /**
     * @param x diagram abscissa
     * @param y diagram ordinate
     * @param tolerance how far from a line still hits it, in diagram units
     * @return the topmost element at the point (edge labels and nodes above edges, edges above containers), or
     *         {@code null}
     */
    DDiagramElement elementAt(double x, double y, double tolerance) {
        for (DEdge edge : diagram.getEdges()) {
            if (onLabel(edge, x, y)) {
                return edge;
            }
        }
        for (int i = leaves.size() - 1; i >= 0; i--) {
            if (bounds.get(leaves.get(i)).contains(x, y)) {
                return leaves.get(i);
            }
        }
        for (DEdge edge : diagram.getEdges()) {
            if (nearRoute(edge, x, y, tolerance)) {
                return edge;
            }
        }
        return containerAt(x, y);
    }

    /** @return the innermost container at the point, or {@code null} */
    DContainer containerAt(double x, double y) {
        for (int i = containers.size() - 1; i >= 0; i--) {
            if (bounds.get(containers.get(i)).contains(x, y)) {
                return (DContainer) containers.get(i);
            }
        }
        return null;
    }

    /** @return the topmost node (container or not) at the point, or {@code null} */
    DNode nodeAt(double x, double y) {
        for (int i = leaves.size() - 1; i >= 0; i--) {
            if (bounds.get(leaves.get(i)).contains(x, y)) {
                return leaves.get(i);
            }
        }
        return containerAt(x, y);
    }

    /** @return the nodes and edges lying wholly inside the area, in paint order */
    List<DDiagramElement> elementsIn(Box area) {
        List<DDiagramElement> result = new ArrayList<>();
        for (DNode node : containers) {
            if (area.contains(bounds.get(node))) {
                result.add(node);
            }
        }
        for (DEdge edge : diagram.getEdges()) {
            if (!edge.getPoints().isEmpty() && area.contains(bounds(edge))) {
                result.add(edge);
            }
        }
        for (DNode node : leaves) {
            if (area.contains(bounds.get(node))) {
                result.add(node);
            }
        }
        return result;
    }

    /** Edge labels are drawn above everything; their size is estimated as the engine does (no font here). */
    private static boolean onLabel(DEdge edge, double x, double y) {
        List<String> lines = TextMetrics.lines(edge.getLabel());
        if (lines.isEmpty() || edge.getStyle() == null) {
            return false;
        }
        int size = edge.getStyle().getLabelSize();
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        double halfWidth = longest * size * 0.56 / 2 + 3;
        double halfHeight = lines.size() * TextMetrics.lineHeight(size) / 2 + 1;
        return Math.abs(x - edge.getLabelX()) <= halfWidth && Math.abs(y - edge.getLabelY()) <= halfHeight;
    }

    private static boolean nearRoute(DEdge edge, double x, double y, double tolerance) {
        List<DPoint> points = edge.getPoints();
        for (int i = 1; i < points.size(); i++) {
            if (distance(points.get(i - 1), points.get(i), x, y) <= tolerance) {
                return true;
            }
        }
        return false;
    }

    private static double distance(DPoint a, DPoint b, double x, double y) {
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0
                : Math.max(0, Math.min(1, ((x - a.getX()) * dx + (y - a.getY()) * dy) / lengthSquared));
        return Math.hypot(a.getX() + t * dx - x, a.getY() + t * dy - y);
    }
}
