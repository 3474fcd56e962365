/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.maillage.viewpoint.model.description.EdgeCreationTool;
import org.maillage.viewpoint.model.diagram.DNode;

/**
 * A palette edge tool: click the source node, then the target node; a line follows the pointer in between. The
 * session decides whether the link is allowed between those two (the controller tells the user when not).
 */
final class EdgeCreationMode extends CreationMode<EdgeCreationTool> {

    private DNode source;
    private double pointerX;
    private double pointerY;

    EdgeCreationMode(EdgeCreationTool tool, DiagramController controller, DiagramCanvas canvas, Runnable finished) {
        super(tool, controller, canvas, finished);
    }

    @Override
    public void mouseDown(Event event, double x, double y) {
        DNode node = canvas.index().nodeAt(x, y);
        if (node == null) {
            return;
        }
        if (source == null) {
            source = node;
            pointerX = x;
            pointerY = y;
            canvas.redraw();
            return;
        }
        DNode from = source;
        source = null;
        controller.createEdge(tool, from, node);
        finish();
    }

    @Override
    public void mouseMove(Event event, double x, double y) {
        pointerX = x;
        pointerY = y;
        if (source != null) {
            canvas.redraw();
        }
    }

    @Override
    public void paintFeedback(GC gc) {
        if (source == null || canvas.index().bounds(source) == null) {
            return;
        }
        Rectangle r = canvas.pixelBounds(source);
        Point pointer = canvas.toPixel(pointerX, pointerY);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_LIST_SELECTION));
        gc.setLineAttributes(new LineAttributes(2, SWT.CAP_ROUND, SWT.JOIN_ROUND, SWT.LINE_DASH, null, 0, 10));
        gc.drawRectangle(r.x - 2, r.y - 2, r.width + 4, r.height + 4);
        gc.drawLine(r.x + r.width / 2, r.y + r.height / 2, pointer.x, pointer.y);
    }

    @Override
    public void cancel() {
        source = null;
    }
}
