/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.layout;

import java.util.List;
import java.util.Map;

/**
 * Where a layout placed each node and how it routed each edge. Coordinates are absolute, in the same unit as
 * the sizes given in the {@link LayoutGraph}, with the origin at the top-left corner of the drawing.
 *
 * @param nodes bounds of each node, by node id
 * @param edges route of each edge (start, bend points, end), by edge id
 * @param width width of the whole drawing
 * @param height height of the whole drawing
 */
public record LayoutResult(Map<String, Bounds> nodes, Map<String, List<Point>> edges, double width,
        double height) {

    /** A point of an edge route. */
    public record Point(double x, double y) {
    }

    /** The box a node occupies. */
    public record Bounds(double x, double y, double width, double height) {

        /** @return whether this box and {@code other} share interior area */
        public boolean overlaps(Bounds other) {
            return x < other.x + other.width && other.x < x + width
                    && y < other.y + other.height && other.y < y + height;
        }

        /** @return whether {@code p} lies on this box or its border, within {@code tolerance} */
        public boolean touches(Point p, double tolerance) {
            return p.x() >= x - tolerance && p.x() <= x + width + tolerance
                    && p.y() >= y - tolerance && p.y() <= y + height + tolerance;
        }
    }
}
