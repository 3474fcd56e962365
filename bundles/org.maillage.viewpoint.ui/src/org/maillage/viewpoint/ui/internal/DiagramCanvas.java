/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ScrollBar;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.model.diagram.DDiagramElement;
import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DNode;

/**
 * The SWT canvas of the diagram editor: paints the session's representation with a {@link DiagramPainter},
 * double-buffered, and handles the view (zoom with Ctrl+wheel or the menu, zoom to fit, scroll bars, panning with
 * the middle button or Space+drag) and the selection of diagram elements. What a click does otherwise belongs to
 * the active {@link CanvasTool}.
 * <p>
 * It reads the representation only on the UI thread. While a layout computes in the background the canvas is
 * {@link #setBusy busy}: it shows a message and ignores input, since the positions it would show are about to
 * change (the first layout of a large diagram, "Organiser tout").
 */
final class DiagramCanvas {

    private static final double ZOOM_STEP = 1.25;
    private static final int PICK_TOLERANCE_PIXELS = 4;

    private final Canvas canvas;
    private final DiagramSession session;
    private final DiagramPainter painter;
    private final Viewport viewport = new Viewport();
    private final List<DDiagramElement> selection = new ArrayList<>();
    private final List<Runnable> selectionListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> viewListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<GC>> overlays = new CopyOnWriteArrayList<>();
    private DiagramIndex index;
    private CanvasTool defaultTool;
    private CanvasTool tool;
    private String busyMessage;
    /** The smallest first zoom while the first fit is still to do, else NaN. */
    private double firstFitZoom = Double.NaN;
    private int paintedNodes;
    private boolean spaceDown;
    private int[] panStart;

    DiagramCanvas(Composite parent, DiagramSession session) {
        this.session = session;
        canvas = new Canvas(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        painter = new DiagramPainter(canvas.getDisplay());
        index = DiagramIndex.of(session.diagram());
        viewport.setExtent(index.extent());
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.Resize, e -> viewChanged());
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrolled());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> scrolled());
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, this::keyDown);
        canvas.addListener(SWT.KeyUp, e -> spaceDown = e.character == ' ' ? false : spaceDown);
        canvas.addListener(SWT.Dispose, e -> painter.dispose());
    }

    Canvas control() {
        return canvas;
    }

    DiagramSession session() {
        return session;
    }

    Viewport viewport() {
        return viewport;
    }

    DiagramIndex index() {
        return index;
    }

    DiagramPainter painter() {
        return painter;
    }

    /** @return how many node and container figures the last paint drew (test and status information) */
    int paintedNodeCount() {
        return paintedNodes;
    }

    // ------------------------------------------------------------------ representation changes

    /** Takes the representation as it is now: new paint order and bounds, selection without removed elements. */
    void diagramChanged() {
        index = DiagramIndex.of(session.diagram());
        viewport.setExtent(index.extent());
        boolean removed = selection.removeIf(e -> EcoreUtil.getRootContainer(e) != session.diagram());
        viewChanged();
        if (removed) {
            fireSelection();
        }
    }

    /** While busy (a layout computes in the background) the canvas shows the message and ignores input. */
    void setBusy(String message) {
        busyMessage = message;
        if (message != null && tool != null) {
            tool.cancel();
        }
        if (message == null) {
            // The diagram opened while its first layout ran in the background: fit it now that it has positions.
            firstFit();
        }
        canvas.redraw();
    }

    boolean isBusy() {
        return busyMessage != null;
    }

    // ------------------------------------------------------------------ tools

    void setDefaultTool(CanvasTool selectionTool) {
        defaultTool = selectionTool;
        if (tool == null) {
            setTool(null);
        }
    }

    /** @param newTool the tool for the left button, or {@code null} for selection */
    void setTool(CanvasTool newTool) {
        if (tool != null) {
            tool.cancel();
        }
        tool = newTool == null ? defaultTool : newTool;
        canvas.setCursor(tool == null ? null : canvas.getDisplay().getSystemCursor(tool.cursor()));
        canvas.redraw();
    }

    CanvasTool tool() {
        return tool;
    }

    // ------------------------------------------------------------------ selection

    /** @return the selected diagram elements, in selection order */
    List<DDiagramElement> selection() {
        return List.copyOf(selection);
    }

    /** @return the selected nodes whose container is not selected too (what a move or an arrange takes) */
    List<DNode> selectedNodes() {
        List<DNode> nodes = new ArrayList<>();
        for (DDiagramElement element : selection) {
            if (element instanceof DNode node && !hasSelectedAncestor(node)) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    private boolean hasSelectedAncestor(DNode node) {
        for (DNode parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (selection.contains(parent)) {
                return true;
            }
        }
        return false;
    }

    boolean isSelected(DDiagramElement element) {
        return selection.contains(element);
    }

    void setSelection(Collection<? extends DDiagramElement> elements) {
        List<DDiagramElement> wanted = new ArrayList<>(new LinkedHashSet<>(elements));
        if (!wanted.equals(selection)) {
            selection.clear();
            selection.addAll(wanted);
            canvas.redraw();
            fireSelection();
        }
    }

    void addToSelection(Collection<? extends DDiagramElement> elements) {
        List<DDiagramElement> wanted = new ArrayList<>(selection);
        wanted.addAll(elements);
        setSelection(wanted);
    }

    void toggleSelection(DDiagramElement element) {
        List<DDiagramElement> wanted = new ArrayList<>(selection);
        if (!wanted.remove(element)) {
            wanted.add(element);
        }
        setSelection(wanted);
    }

    void selectAll() {
        List<DDiagramElement> all = new ArrayList<>(index.containers());
        all.addAll(session.diagram().getEdges());
        all.addAll(index.leaves());
        setSelection(all);
    }

    void addSelectionListener(Runnable listener) {
        selectionListeners.add(listener);
    }

    private void fireSelection() {
        selectionListeners.forEach(Runnable::run);
    }

    /** Scrolls so that the element is in view, if it is not. */
    void reveal(DDiagramElement element) {
        Box box = element instanceof DNode node ? index.bounds(node)
                : element instanceof DEdge edge ? DiagramIndex.bounds(edge) : null;
        Rectangle client = canvas.getClientArea();
        if (box != null && !viewport.visible(client.width, client.height).contains(box)) {
            viewport.center(box.centerX(), box.centerY(), client.width, client.height);
            viewChanged();
        }
    }

    // ------------------------------------------------------------------ view

    /** Told after each scroll, zoom, resize or diagram change (the outline follows). */
    void addViewListener(Runnable listener) {
        viewListeners.add(listener);
    }

    void removeViewListener(Runnable listener) {
        viewListeners.remove(listener);
    }

    void zoomIn() {
        zoomTo(viewport.zoom() * ZOOM_STEP);
    }

    void zoomOut() {
        zoomTo(viewport.zoom() / ZOOM_STEP);
    }

    /** Zooms around the middle of the visible area. */
    void zoomTo(double zoom) {
        Rectangle client = canvas.getClientArea();
        viewport.zoomAt(zoom, client.width / 2.0, client.height / 2.0);
        viewChanged();
    }

    void zoomToFit() {
        Rectangle client = canvas.getClientArea();
        viewport.fit(client.width, client.height);
        viewChanged();
    }

    /**
     * The first time the canvas has a size and a laid-out diagram (not {@link #setBusy busy}), zooms to fit; if that
     * makes labels too small, shows the top left corner at {@code minZoom} instead.
     */
    void fitWhenShown(double minZoom) {
        firstFitZoom = minZoom;
        canvas.addListener(SWT.Resize, new Listener() {
            @Override
            public void handleEvent(Event event) {
                if (canvas.getClientArea().width > 0) {
                    canvas.removeListener(SWT.Resize, this);
                    firstFit();
                }
            }
        });
    }

    /** Fits the diagram the first time it can: once the canvas has a size and no layout is running. */
    private void firstFit() {
        if (Double.isNaN(firstFitZoom) || busyMessage != null || canvas.getClientArea().width <= 0) {
            return;
        }
        double minZoom = firstFitZoom;
        firstFitZoom = Double.NaN;
        zoomToFit();
        if (viewport.zoom() < minZoom) {
            zoomTo(minZoom);
            scrollToOrigin();
        }
    }

    /** Scrolls to the top left corner of the drawing. */
    void scrollToOrigin() {
        viewport.scrollTo(0, 0);
        viewChanged();
    }

    /** Scrolls so that the diagram point is in the middle of the view (the outline's drag). */
    void centerOn(double x, double y) {
        Rectangle client = canvas.getClientArea();
        viewport.center(x, y, client.width, client.height);
        viewChanged();
    }

    /** @return the diagram area visible in the canvas */
    Box visibleArea() {
        Rectangle client = canvas.getClientArea();
        return viewport.visible(client.width, client.height);
    }

    /** @return the pixel of the canvas where a diagram point is drawn */
    Point toPixel(double x, double y) {
        return new Point((int) Math.round(viewport.toPixelX(x)), (int) Math.round(viewport.toPixelY(y)));
    }

    /** @return the node's bounds on the canvas, in pixels */
    Rectangle pixelBounds(DNode node) {
        Box box = index.bounds(node);
        Point topLeft = toPixel(box.x(), box.y());
        Point bottomRight = toPixel(box.right(), box.bottom());
        return new Rectangle(topLeft.x, topLeft.y, bottomRight.x - topLeft.x, bottomRight.y - topLeft.y);
    }

    void redraw() {
        canvas.redraw();
    }

    private void viewChanged() {
        Rectangle client = canvas.getClientArea();
        viewport.clamp(client.width, client.height);
        bar(canvas.getHorizontalBar(), viewport.scrollX(), viewport.contentWidth(), client.width);
        bar(canvas.getVerticalBar(), viewport.scrollY(), viewport.contentHeight(), client.height);
        canvas.redraw();
        viewListeners.forEach(Runnable::run);
    }

    private static void bar(ScrollBar bar, int selection, int content, int client) {
        int visible = Math.max(1, client);
        bar.setValues(selection, 0, Math.max(content, visible), visible, 20, Math.max(1, visible - 20));
        bar.setEnabled(content > visible);
    }

    private void scrolled() {
        viewport.scrollTo(canvas.getHorizontalBar().getSelection(), canvas.getVerticalBar().getSelection());
        canvas.redraw();
        viewListeners.forEach(Runnable::run);
    }

    // ------------------------------------------------------------------ painting

    /** @param overlay paints above the diagram and the selection, in pixels (problem decorators, legend) */
    void addOverlay(Consumer<GC> overlay) {
        overlays.add(overlay);
    }

    private void paint(Event event) {
        GC gc = event.gc;
        Rectangle client = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(client);
        if (busyMessage != null) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            Point extent = gc.textExtent(busyMessage);
            gc.drawText(busyMessage, (client.width - extent.x) / 2, (client.height - extent.y) / 2, true);
            return;
        }
        paintedNodes = painter.paint(gc, index, viewport.zoom(), viewport.offsetX(), viewport.offsetY(),
                viewport.visible(client.width, client.height));
        SelectionPainter.paint(gc, this, selection);
        overlays.forEach(overlay -> overlay.accept(gc));
        if (tool != null) {
            tool.paintFeedback(gc);
        }
    }

    // ------------------------------------------------------------------ input

    /** @return the element under a pixel of the canvas, or {@code null} */
    DDiagramElement elementAtPixel(int px, int py) {
        return index.elementAt(viewport.toDiagramX(px), viewport.toDiagramY(py),
                PICK_TOLERANCE_PIXELS / viewport.zoom());
    }

    private void mouseDown(Event event) {
        canvas.setFocus();
        if (busyMessage != null) {
            return;
        }
        if (event.button == 2 || event.button == 1 && spaceDown) {
            panStart = new int[] { event.x, event.y, viewport.scrollX(), viewport.scrollY() };
            canvas.setCursor(canvas.getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
            return;
        }
        if (event.button == 3) {
            // The context menu acts on what is under the pointer, as in every Eclipse viewer.
            DDiagramElement hit = elementAtPixel(event.x, event.y);
            if (hit != null && !isSelected(hit)) {
                setSelection(List.of(hit));
            }
            return;
        }
        if (event.button == 1 && tool != null) {
            if (event.count == 2 && tool == defaultTool) {
                return;
            }
            tool.mouseDown(event, viewport.toDiagramX(event.x), viewport.toDiagramY(event.y));
        }
    }

    private void mouseMove(Event event) {
        if (busyMessage != null) {
            return;
        }
        if (panStart != null) {
            viewport.scrollTo(panStart[2] - (event.x - panStart[0]), panStart[3] - (event.y - panStart[1]));
            viewChanged();
            return;
        }
        if (tool != null) {
            tool.mouseMove(event, viewport.toDiagramX(event.x), viewport.toDiagramY(event.y));
        }
    }

    private void mouseUp(Event event) {
        if (panStart != null) {
            panStart = null;
            canvas.setCursor(tool == null ? null : canvas.getDisplay().getSystemCursor(tool.cursor()));
            return;
        }
        if (busyMessage == null && event.button == 1 && tool != null) {
            tool.mouseUp(event, viewport.toDiagramX(event.x), viewport.toDiagramY(event.y));
        }
    }

    private void wheel(Event event) {
        if ((event.stateMask & SWT.MOD1) == 0 || busyMessage != null) {
            return;
        }
        // Ctrl+wheel zooms around the pointer; without Ctrl the scroll bars scroll as usual.
        event.doit = false;
        viewport.zoomAt(event.count > 0 ? viewport.zoom() * 1.1 : viewport.zoom() / 1.1, event.x, event.y);
        viewChanged();
    }

    private void keyDown(Event event) {
        if (event.character == ' ') {
            spaceDown = true;
        } else if (event.keyCode == SWT.ESC && tool != null) {
            tool.cancel();
            setTool(null);
        } else if ((event.stateMask & SWT.MOD1) != 0 && (event.character == '+' || event.character == '=')) {
            zoomIn();
        } else if ((event.stateMask & SWT.MOD1) != 0 && event.character == '-') {
            zoomOut();
        } else if ((event.stateMask & SWT.MOD1) != 0 && event.character == '0') {
            zoomToFit();
        }
    }
}
