/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.maillage.layout.LayoutResult.Bounds;
import org.maillage.layout.LayoutResult.Point;
import org.maillage.layout.internal.ElkSetup;

/**
 * Lays out a {@link LayoutGraph} with ELK's layered algorithm (left to right, orthogonal edges).
 * <p>
 * Stateless and thread-safe: each call builds its own ELK graph.
 */
public final class LayeredLayout {

    /** Space between nodes of one layer, and between layers. */
    private static final double SPACING = 30;
    private static final double PADDING = 12;

    /**
     * @param graph the graph to lay out
     * @return the position of every node and the route of every edge
     */
    public LayoutResult layout(LayoutGraph graph) {
        ElkSetup.ensureRegistered();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered");
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, SPACING);
        root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(PADDING));

        Map<String, ElkNode> elkNodes = new HashMap<>();
        for (LayoutGraph.Node node : graph.nodes()) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setIdentifier(node.id());
            elk.setDimensions(node.width(), node.height());
            elkNodes.put(node.id(), elk);
        }
        Map<String, ElkEdge> elkEdges = new LinkedHashMap<>();
        for (LayoutGraph.Edge edge : graph.edges()) {
            ElkEdge elk = ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.source()), elkNodes.get(edge.target()));
            elk.setIdentifier(edge.id());
            elkEdges.put(edge.id(), elk);
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<String, Bounds> bounds = new LinkedHashMap<>();
        elkNodes.forEach((id, n) -> bounds.put(id, new Bounds(n.getX(), n.getY(), n.getWidth(), n.getHeight())));
        Map<String, List<Point>> routes = new LinkedHashMap<>();
        elkEdges.forEach((id, e) -> routes.put(id, route(e)));
        return new LayoutResult(bounds, routes, root.getWidth(), root.getHeight());
    }

    /** Simple edges between siblings have one section, in the coordinates of the root. */
    private static List<Point> route(ElkEdge edge) {
        List<Point> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            points.add(new Point(section.getStartX(), section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(new Point(bend.getX(), bend.getY()));
            }
            points.add(new Point(section.getEndX(), section.getEndY()));
        }
        return List.copyOf(points);
    }
}
