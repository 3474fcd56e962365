/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.render;

/**
 * Where the problem decorator of a node is drawn: a small badge on its top-right corner (a red disc for an error,
 * an orange triangle for a warning, a blue disc for a remark), the same in the SWT canvas and the SVG picture.
 *
 * @param x left of the badge
 * @param y top of the badge
 * @param size width and height of the badge
 */
public record ProblemBadge(double x, double y, double size) {

    /** Width and height of a badge. */
    public static final double SIZE = 14;

    /**
     * @param bounds the node's absolute bounds, {x, y, width, height}
     * @return the badge, overlapping the corner so that it never hides the label
     */
    public static ProblemBadge of(double[] bounds) {
        return new ProblemBadge(bounds[0] + bounds[2] - SIZE * 0.7, bounds[1] - SIZE * 0.3, SIZE);
    }

    /** @return whether the point is on the badge, for tooltips */
    public boolean contains(double px, double py) {
        return px >= x && px <= x + size && py >= y && py <= y + size;
    }
}
