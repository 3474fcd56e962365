/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/**
 * The Outline view's page for a diagram: the whole diagram scaled to the view, with the canvas's visible area as a
 * rectangle; clicking or dragging in the overview scrolls the editor there. The scaled picture is kept in an image
 * and drawn again only when the diagram or the page size changes, so that scrolling the editor stays cheap.
 */
final class DiagramOutlinePage extends Page implements IContentOutlinePage {

    private final DiagramCanvas editorCanvas;
    private final Runnable viewListener = this::viewChanged;
    private Canvas overview;
    private Image picture;
    private DiagramIndex pictureIndex;
    private boolean dragging;

    DiagramOutlinePage(DiagramCanvas editorCanvas) {
        this.editorCanvas = editorCanvas;
    }

    @Override
    public void createControl(Composite parent) {
        overview = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        overview.addListener(SWT.Paint, this::paint);
        overview.addListener(SWT.Resize, e -> diagramChanged());
        overview.addListener(SWT.MouseDown, e -> {
            dragging = e.button == 1;
            scrollTo(e);
        });
        overview.addListener(SWT.MouseMove, e -> {
            if (dragging) {
                scrollTo(e);
            }
        });
        overview.addListener(SWT.MouseUp, e -> dragging = false);
        overview.addListener(SWT.Dispose, e -> disposePicture());
        editorCanvas.addViewListener(viewListener);
    }

    /** @return the scale of the overview: pixels per diagram unit */
    double scale() {
        Rectangle area = overview.getClientArea();
        Box extent = editorCanvas.viewport().extent();
        return Math.min(area.width / extent.width(), area.height / extent.height());
    }

    /** @return the rectangle showing the editor's visible area, in overview pixels */
    Rectangle visibleRectangle() {
        Box extent = editorCanvas.viewport().extent();
        Box visible = editorCanvas.visibleArea();
        double s = scale();
        return new Rectangle((int) Math.round((visible.x() - extent.x()) * s),
                (int) Math.round((visible.y() - extent.y()) * s), (int) Math.round(visible.width() * s),
                (int) Math.round(visible.height() * s));
    }

    private void viewChanged() {
        // Scrolls only move the frame; a changed diagram comes with a new index, and paint draws the picture again.
        if (overview != null && !overview.isDisposed()) {
            overview.redraw();
        }
    }

    private void diagramChanged() {
        disposePicture();
        overview.redraw();
    }

    private void paint(Event event) {
        Rectangle area = overview.getClientArea();
        GC gc = event.gc;
        gc.setBackground(overview.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
        gc.fillRectangle(area);
        if (editorCanvas.isBusy() || area.width <= 0 || area.height <= 0) {
            return;
        }
        if (picture == null || pictureIndex != editorCanvas.index()) {
            disposePicture();
            pictureIndex = editorCanvas.index();
            picture = draw(area);
        }
        gc.drawImage(picture, 0, 0);
        Rectangle visible = visibleRectangle();
        Color frame = new Color(0x2F, 0x80, 0xED);
        gc.setForeground(frame);
        gc.setLineWidth(2);
        gc.setBackground(frame);
        gc.setAlpha(30);
        gc.fillRectangle(visible);
        gc.setAlpha(255);
        gc.drawRectangle(visible);
    }

    private Image draw(Rectangle area) {
        Box extent = editorCanvas.viewport().extent();
        double s = scale();
        int width = Math.max(1, (int) Math.ceil(extent.width() * s));
        int height = Math.max(1, (int) Math.ceil(extent.height() * s));
        Image image = new Image(overview.getDisplay(), Math.min(width, area.width), Math.min(height, area.height));
        GC gc = new GC(image);
        try {
            gc.setBackground(overview.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(image.getBounds());
            editorCanvas.painter().paint(gc, editorCanvas.index(), s, -extent.x() * s, -extent.y() * s, null);
        } finally {
            gc.dispose();
        }
        return image;
    }

    private void scrollTo(Event event) {
        if (editorCanvas.isBusy()) {
            return;
        }
        Box extent = editorCanvas.viewport().extent();
        double s = scale();
        editorCanvas.centerOn(extent.x() + event.x / s, extent.y() + event.y / s);
    }

    private void disposePicture() {
        if (picture != null) {
            picture.dispose();
            picture = null;
        }
    }

    @Override
    public Control getControl() {
        return overview;
    }

    @Override
    public void setFocus() {
        overview.setFocus();
    }

    @Override
    public void dispose() {
        editorCanvas.removeViewListener(viewListener);
        super.dispose();
    }

    // The overview selects nothing: the Outline view still needs a selection provider.

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        // Nothing to tell.
    }

    @Override
    public ISelection getSelection() {
        return StructuredSelection.EMPTY;
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        // Nothing to tell.
    }

    @Override
    public void setSelection(ISelection selection) {
        // Nothing to select.
    }
}
