/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Text;
import org.maillage.viewpoint.model.diagram.DDiagramElement;
import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DNode;

/**
 * Direct edit of a label (F2 or double-click): a text field laid over the element on the canvas. Enter or leaving
 * the field applies the text (through the session's direct-edit command, so it is undoable), Escape cancels.
 */
final class DirectEditor {

    private static final int MIN_WIDTH = 180;

    private final DiagramCanvas canvas;
    private final BiConsumer<DDiagramElement, String> apply;
    private Text text;
    private DDiagramElement element;

    /**
     * @param canvas the canvas to lay the field over
     * @param apply runs the edit (element, new text)
     */
    DirectEditor(DiagramCanvas canvas, BiConsumer<DDiagramElement, String> apply) {
        this.canvas = canvas;
        this.apply = apply;
    }

    /**
     * Opens the field over an element.
     *
     * @param edited the node or edge
     * @param initial the text to start from
     */
    void open(DDiagramElement edited, String initial) {
        close(false);
        element = edited;
        text = new Text(canvas.control(), SWT.BORDER | SWT.SINGLE);
        text.setText(initial);
        text.selectAll();
        text.setBounds(bounds(edited));
        text.addListener(SWT.DefaultSelection, e -> close(true));
        text.addListener(SWT.FocusOut, e -> close(true));
        text.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                e.doit = false;
                close(false);
            }
        });
        text.setFocus();
    }

    /** @return the open field, or {@code null} (tests type into it) */
    Text text() {
        return text;
    }

    boolean isOpen() {
        return text != null && !text.isDisposed();
    }

    /**
     * Closes the field.
     *
     * @param commit whether to apply what was typed
     */
    void close(boolean commit) {
        if (!isOpen()) {
            return;
        }
        Text closing = text;
        DDiagramElement edited = element;
        text = null;
        element = null;
        String value = closing.getText();
        closing.dispose();
        canvas.control().setFocus();
        if (commit) {
            apply.accept(edited, value);
        }
    }

    private Rectangle bounds(DDiagramElement edited) {
        Point preferred = new Point(MIN_WIDTH, 0);
        if (edited instanceof DNode node) {
            Rectangle r = canvas.pixelBounds(node);
            int width = Math.max(r.width, MIN_WIDTH);
            int height = text.computeSize(width, SWT.DEFAULT).y;
            return new Rectangle(r.x + (r.width - width) / 2, r.y + (r.height - height) / 2, width, height);
        }
        DEdge edge = (DEdge) edited;
        Point centre = canvas.toPixel(edge.getLabelX(), edge.getLabelY());
        int height = text.computeSize(preferred.x, SWT.DEFAULT).y;
        return new Rectangle(centre.x - preferred.x / 2, centre.y - height / 2, preferred.x, height);
    }
}
