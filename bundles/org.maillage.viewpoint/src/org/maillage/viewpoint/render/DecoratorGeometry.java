/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.render;

import org.maillage.viewpoint.model.diagram.DPoint;

/**
 * Where an edge end's decorator (arrow, diamond, circle) is drawn, computed once for every renderer so that the SVG
 * picture and the SWT canvas show the same heads.
 *
 * @param tipX the end of the edge, where arrows point
 * @param tipY see {@code tipX}
 * @param leftX one corner of the head, behind the tip
 * @param leftY see {@code leftX}
 * @param rightX the other corner
 * @param rightY see {@code rightX}
 * @param backX the far corner of a diamond
 * @param backY see {@code backX}
 * @param circleX the centre of a circle decorator (radius {@link #CIRCLE_RADIUS})
 * @param circleY see {@code circleX}
 */
public record DecoratorGeometry(double tipX, double tipY, double leftX, double leftY, double rightX, double rightY,
        double backX, double backY, double circleX, double circleY) {

    /** Radius of a circle decorator. */
    public static final double CIRCLE_RADIUS = 4;

    /**
     * @param tip the end of the edge
     * @param from the point before it on the edge, giving the direction
     * @param lineSize the edge's line width: thicker lines get larger heads
     * @return the geometry, or {@code null} when the two points coincide (no direction)
     */
    public static DecoratorGeometry of(DPoint tip, DPoint from, int lineSize) {
        double dx = tip.getX() - from.getX();
        double dy = tip.getY() - from.getY();
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return null;
        }
        double ux = dx / length;
        double uy = dy / length;
        double size = 9 + lineSize;
        double bx = tip.getX() - ux * size;
        double by = tip.getY() - uy * size;
        double half = size / 2.2;
        return new DecoratorGeometry(tip.getX(), tip.getY(), bx - uy * half, by + ux * half, bx + uy * half,
                by - ux * half, tip.getX() - ux * size * 2, tip.getY() - uy * size * 2,
                tip.getX() - ux * CIRCLE_RADIUS, tip.getY() - uy * CIRCLE_RADIUS);
    }
}
