/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

/** A rectangle in diagram coordinates (doubles, as the representation stores them). */
record Box(double x, double y, double width, double height) {

    static Box between(double x1, double y1, double x2, double y2) {
        return new Box(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }

    double right() {
        return x + width;
    }

    double bottom() {
        return y + height;
    }

    double centerX() {
        return x + width / 2;
    }

    double centerY() {
        return y + height / 2;
    }

    boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    boolean contains(Box other) {
        return other.x >= x && other.y >= y && other.right() <= right() && other.bottom() <= bottom();
    }

    boolean intersects(Box other) {
        return other.x <= right() && other.right() >= x && other.y <= bottom() && other.bottom() >= y;
    }
}
