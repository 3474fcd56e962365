/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Event;

/**
 * What the left mouse button does on the canvas: select and move (the default), or a palette tool creating a node
 * or an edge. Coordinates are given both as the SWT event (pixels, modifiers) and in diagram units.
 */
interface CanvasTool {

    void mouseDown(Event event, double x, double y);

    default void mouseMove(Event event, double x, double y) {
        // Most tools only act on clicks.
    }

    default void mouseUp(Event event, double x, double y) {
        // Most tools only act on clicks.
    }

    /** Draws the tool's feedback (rubber band, dragged outlines, edge being drawn) in pixel coordinates. */
    default void paintFeedback(GC gc) {
        // No feedback by default.
    }

    /** Forgets a gesture in progress (Escape, tool change). */
    default void cancel() {
        // Nothing in progress by default.
    }

    /** @return the SWT cursor constant shown while the tool is active */
    default int cursor() {
        return SWT.CURSOR_ARROW;
    }
}
