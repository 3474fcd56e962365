/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The input of a layout: boxes of known size and directed edges between them, identified by strings.
 * <p>
 * This is deliberately not ELK's graph: callers (the diagram representation, tests, benchmarks) describe what
 * they draw and get positions back, without depending on the layout library.
 */
public final class LayoutGraph {

    /** A box to place. */
    public record Node(String id, double width, double height) {
    }

    /** A directed edge between two nodes of the graph. */
    public record Edge(String id, String source, String target) {
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();

    /**
     * Adds a node.
     *
     * @return this graph, for chaining
     * @throws IllegalArgumentException if the id is already used or the size is not positive
     */
    public LayoutGraph node(String id, double width, double height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Node " + id + " needs a positive size");
        }
        if (nodes.putIfAbsent(id, new Node(id, width, height)) != null) {
            throw new IllegalArgumentException("Duplicate node " + id);
        }
        return this;
    }

    /**
     * Adds an edge between two nodes already added.
     *
     * @return this graph, for chaining
     * @throws IllegalArgumentException if either end is not a node of this graph
     */
    public LayoutGraph edge(String id, String source, String target) {
        if (!nodes.containsKey(source) || !nodes.containsKey(target)) {
            throw new IllegalArgumentException("Edge " + id + " joins unknown nodes " + source + " -> " + target);
        }
        edges.add(new Edge(id, source, target));
        return this;
    }

    /** @return the nodes, in insertion order */
    public List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    /** @return the edges, in insertion order */
    public List<Edge> edges() {
        return Collections.unmodifiableList(edges);
    }
}
