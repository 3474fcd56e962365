/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.maillage.viewpoint.model.diagram.DDiagramElement;
import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.DPoint;

/**
 * Selection feedback, drawn in pixels over the diagram so that it keeps the same thickness at every zoom: a frame
 * with corner handles around nodes, a wide translucent stroke along edges.
 */
final class SelectionPainter {

    private static final int HANDLE = 6;

    private SelectionPainter() {
    }

    static void paint(GC gc, DiagramCanvas canvas, List<DDiagramElement> selection) {
        if (selection.isEmpty()) {
            return;
        }
        Color color = selectionColor(gc);
        gc.setLineAttributes(new LineAttributes(2));
        for (DDiagramElement element : selection) {
            gc.setForeground(color);
            if (element instanceof DNode node && canvas.index().bounds(node) != null) {
                node(gc, canvas.pixelBounds(node), color);
            } else if (element instanceof DEdge edge && edge.getPoints().size() > 1) {
                edge(gc, canvas, edge, color);
            }
        }
        color.dispose();
    }

    /** The selection colour of the platform, or a clear blue where it is too pale to see on white. */
    private static Color selectionColor(GC gc) {
        Color system = gc.getDevice().getSystemColor(SWT.COLOR_LIST_SELECTION);
        int light = system.getRed() + system.getGreen() + system.getBlue();
        return light > 600 ? new Color(0x2F, 0x80, 0xED) : new Color(system.getRGB());
    }

    private static void node(GC gc, Rectangle r, Color color) {
        gc.drawRectangle(r.x - 3, r.y - 3, r.width + 6, r.height + 6);
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        int[][] corners = { { r.x - 3, r.y - 3 }, { r.x + r.width + 3, r.y - 3 }, { r.x - 3, r.y + r.height + 3 },
                { r.x + r.width + 3, r.y + r.height + 3 } };
        gc.setLineAttributes(new LineAttributes(1));
        for (int[] corner : corners) {
            gc.fillRectangle(corner[0] - HANDLE / 2, corner[1] - HANDLE / 2, HANDLE, HANDLE);
            gc.drawRectangle(corner[0] - HANDLE / 2, corner[1] - HANDLE / 2, HANDLE, HANDLE);
        }
        gc.setLineAttributes(new LineAttributes(2));
    }

    private static void edge(GC gc, DiagramCanvas canvas, DEdge edge, Color color) {
        List<DPoint> points = edge.getPoints();
        int[] xy = new int[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            Point p = canvas.toPixel(points.get(i).getX(), points.get(i).getY());
            xy[2 * i] = p.x;
            xy[2 * i + 1] = p.y;
        }
        gc.setAlpha(110);
        gc.setLineAttributes(new LineAttributes(5));
        gc.drawPolyline(xy);
        gc.setAlpha(255);
        gc.setLineAttributes(new LineAttributes(2));
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        for (int i = 0; i < xy.length; i += xy.length - 2) {
            gc.fillOval(xy[i] - HANDLE / 2, xy[i + 1] - HANDLE / 2, HANDLE, HANDLE);
            gc.drawOval(xy[i] - HANDLE / 2, xy[i + 1] - HANDLE / 2, HANDLE, HANDLE);
        }
    }
}
