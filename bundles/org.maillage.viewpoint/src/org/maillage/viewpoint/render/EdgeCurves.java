/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.render;

import java.util.List;

import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DPoint;
import org.maillage.viewpoint.model.diagram.EdgeStyle;
import org.maillage.viewpoint.model.diagram.Routing;

/**
 * The curve of a spline edge, shared by every renderer (SVG, PNG through SVG, the SWT canvas) so that they draw
 * the same line: a smooth curve through the route's points (Catmull-Rom directions, handles a third of each
 * segment long so that it never loops), given as one cubic Bézier segment per pair of consecutive points.
 * Stateless.
 */
public final class EdgeCurves {

    private EdgeCurves() {
    }

    /** @return whether the edge is drawn as a curve (its style asks for splines and it has a bend) */
    public static boolean isCurved(DEdge edge) {
        EdgeStyle style = edge.getStyle();
        return style != null && style.isSetRouting() && style.getRouting() == Routing.SPLINES
                && edge.getPoints().size() > 2;
    }

    /**
     * @param points the route, at least two points
     * @return for each segment {@code i} (from point {@code i} to {@code i + 1}) six numbers at {@code 6 * i}: first
     *         control point x, y, second control point x, y, end point x, y; the curve starts at the first point
     */
    public static double[] beziers(List<DPoint> points) {
        int n = points.size();
        double[] out = new double[Math.max(0, n - 1) * 6];
        for (int i = 0; i + 1 < n; i++) {
            DPoint p0 = points.get(Math.max(0, i - 1));
            DPoint p1 = points.get(i);
            DPoint p2 = points.get(i + 1);
            DPoint p3 = points.get(Math.min(n - 1, i + 2));
            // Catmull-Rom directions, but handles a third of this segment long: a short segment next to a long
            // one would otherwise overshoot into a loop. Ends use the segment itself, so the curve leaves and
            // enters its nodes straight (and the decorators, drawn along the last segment, follow it).
            double length = Math.hypot(p2.getX() - p1.getX(), p2.getY() - p1.getY()) / 3;
            double[] start = unit(p2.getX() - p0.getX(), p2.getY() - p0.getY());
            double[] end = unit(p3.getX() - p1.getX(), p3.getY() - p1.getY());
            out[6 * i] = p1.getX() + start[0] * length;
            out[6 * i + 1] = p1.getY() + start[1] * length;
            out[6 * i + 2] = p2.getX() - end[0] * length;
            out[6 * i + 3] = p2.getY() - end[1] * length;
            out[6 * i + 4] = p2.getX();
            out[6 * i + 5] = p2.getY();
        }
        return out;
    }

    private static double[] unit(double dx, double dy) {
        double length = Math.hypot(dx, dy);
        return length == 0 ? new double[2] : new double[] { dx / length, dy / length };
    }
}
