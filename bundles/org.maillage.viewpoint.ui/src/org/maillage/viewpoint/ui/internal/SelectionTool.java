/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.maillage.viewpoint.model.diagram.DDiagramElement;
import org.maillage.viewpoint.model.diagram.DNode;

/**
 * The default tool: click selects (Ctrl toggles, Shift adds), a drag from the background draws a rubber band that
 * selects what lies wholly inside it, and a drag from a selected node moves the selected nodes (they are then
 * pinned by the session). Moves start only past a few pixels, so that a click never nudges a node.
 */
final class SelectionTool implements CanvasTool {

    /** Moves nodes by a delta in diagram units (the editor runs {@code DiagramSession.moveNode}). */
    @FunctionalInterface
    interface NodeMover {
        void move(List<DNode> nodes, double dx, double dy);
    }

    private static final int DRAG_THRESHOLD = 3;

    private enum Gesture { NONE, PENDING_MOVE, MOVE, MARQUEE }

    private final DiagramCanvas canvas;
    private final NodeMover mover;
    private Gesture gesture = Gesture.NONE;
    private int downX;
    private int downY;
    private double startX;
    private double startY;
    private double currentX;
    private double currentY;
    private boolean additive;
    private List<DNode> moving = List.of();

    SelectionTool(DiagramCanvas canvas, NodeMover mover) {
        this.canvas = canvas;
        this.mover = mover;
    }

    @Override
    public void mouseDown(Event event, double x, double y) {
        downX = event.x;
        downY = event.y;
        startX = currentX = x;
        startY = currentY = y;
        boolean toggle = (event.stateMask & SWT.MOD1) != 0;
        additive = toggle || (event.stateMask & SWT.SHIFT) != 0;
        DDiagramElement hit = canvas.elementAtPixel(event.x, event.y);
        if (hit == null) {
            if (!additive) {
                canvas.setSelection(List.of());
            }
            gesture = Gesture.MARQUEE;
            return;
        }
        if (toggle) {
            canvas.toggleSelection(hit);
        } else if (additive) {
            canvas.addToSelection(List.of(hit));
        } else if (!canvas.isSelected(hit)) {
            canvas.setSelection(List.of(hit));
        }
        gesture = hit instanceof DNode && canvas.isSelected(hit) ? Gesture.PENDING_MOVE : Gesture.NONE;
    }

    @Override
    public void mouseMove(Event event, double x, double y) {
        currentX = x;
        currentY = y;
        if (gesture == Gesture.PENDING_MOVE
                && Math.max(Math.abs(event.x - downX), Math.abs(event.y - downY)) > DRAG_THRESHOLD) {
            gesture = Gesture.MOVE;
            moving = canvas.selectedNodes();
        }
        if (gesture == Gesture.MOVE || gesture == Gesture.MARQUEE) {
            canvas.redraw();
        }
    }

    @Override
    public void mouseUp(Event event, double x, double y) {
        currentX = x;
        currentY = y;
        Gesture done = gesture;
        gesture = Gesture.NONE;
        if (done == Gesture.MOVE && !moving.isEmpty()) {
            mover.move(moving, x - startX, y - startY);
        } else if (done == Gesture.MARQUEE) {
            List<DDiagramElement> inside = canvas.index().elementsIn(Box.between(startX, startY, x, y));
            if (additive) {
                canvas.addToSelection(inside);
            } else {
                canvas.setSelection(inside);
            }
        }
        moving = List.of();
        canvas.redraw();
    }

    @Override
    public void paintFeedback(GC gc) {
        if (gesture != Gesture.MOVE && gesture != Gesture.MARQUEE) {
            return;
        }
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.setLineAttributes(new LineAttributes(1, SWT.CAP_FLAT, SWT.JOIN_MITER, SWT.LINE_DASH, null, 0, 10));
        if (gesture == Gesture.MARQUEE) {
            Point a = canvas.toPixel(startX, startY);
            Point b = canvas.toPixel(currentX, currentY);
            Rectangle band = new Rectangle(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(b.x - a.x),
                    Math.abs(b.y - a.y));
            gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setAlpha(40);
            gc.fillRectangle(band);
            gc.setAlpha(255);
            gc.drawRectangle(band);
            return;
        }
        int dx = (int) Math.round((currentX - startX) * canvas.viewport().zoom());
        int dy = (int) Math.round((currentY - startY) * canvas.viewport().zoom());
        for (DNode node : moving) {
            Rectangle r = canvas.pixelBounds(node);
            gc.drawRectangle(r.x + dx, r.y + dy, r.width, r.height);
        }
    }

    @Override
    public void cancel() {
        gesture = Gesture.NONE;
        moving = List.of();
    }
}
