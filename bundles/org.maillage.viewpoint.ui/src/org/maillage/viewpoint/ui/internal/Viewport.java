/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

/**
 * Zoom and scroll of the canvas: pixel = (diagram - extent origin) * zoom - scroll. Scroll offsets are pixels of
 * the zoomed drawing, as the scroll bars count them.
 */
final class Viewport {

    static final double MIN_ZOOM = 0.05;
    static final double MAX_ZOOM = 4;
    /** Zoom to fit never enlarges beyond this: a small diagram stays at a natural size. */
    static final double MAX_FIT_ZOOM = 1;

    private double zoom = 1;
    private int scrollX;
    private int scrollY;
    private Box extent = new Box(0, 0, 10, 10);

    double zoom() {
        return zoom;
    }

    int scrollX() {
        return scrollX;
    }

    int scrollY() {
        return scrollY;
    }

    Box extent() {
        return extent;
    }

    void setExtent(Box extent) {
        this.extent = extent;
    }

    /** @return the width of the whole zoomed drawing, in pixels */
    int contentWidth() {
        return (int) Math.ceil(extent.width() * zoom);
    }

    /** @return the height of the whole zoomed drawing, in pixels */
    int contentHeight() {
        return (int) Math.ceil(extent.height() * zoom);
    }

    double toDiagramX(double px) {
        return (px + scrollX) / zoom + extent.x();
    }

    double toDiagramY(double py) {
        return (py + scrollY) / zoom + extent.y();
    }

    double toPixelX(double x) {
        return (x - extent.x()) * zoom - scrollX;
    }

    double toPixelY(double y) {
        return (y - extent.y()) * zoom - scrollY;
    }

    /** @return translation of the diagram origin, in pixels, for a paint transform */
    double offsetX() {
        return -extent.x() * zoom - scrollX;
    }

    /** @return translation of the diagram origin, in pixels, for a paint transform */
    double offsetY() {
        return -extent.y() * zoom - scrollY;
    }

    /** @return the part of the diagram a client area of that size shows */
    Box visible(int clientWidth, int clientHeight) {
        return new Box(toDiagramX(0), toDiagramY(0), clientWidth / zoom, clientHeight / zoom);
    }

    /** Keeps the scroll offsets within the drawing for a client area of that size. */
    void clamp(int clientWidth, int clientHeight) {
        scrollX = Math.max(0, Math.min(scrollX, contentWidth() - clientWidth));
        scrollY = Math.max(0, Math.min(scrollY, contentHeight() - clientHeight));
    }

    void scrollTo(int x, int y) {
        scrollX = x;
        scrollY = y;
    }

    /** Zooms keeping the diagram point under the pixel (px, py) in place. */
    void zoomAt(double newZoom, double px, double py) {
        double x = toDiagramX(px);
        double y = toDiagramY(py);
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        scrollX = (int) Math.round((x - extent.x()) * zoom - px);
        scrollY = (int) Math.round((y - extent.y()) * zoom - py);
    }

    /** Zooms so that the whole drawing fits the client area, and scrolls to its start. */
    void fit(int clientWidth, int clientHeight) {
        double fit = Math.min(clientWidth / extent.width(), clientHeight / extent.height());
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_FIT_ZOOM, fit));
        scrollX = 0;
        scrollY = 0;
    }

    /** Scrolls so that the diagram point is in the middle of the client area. */
    void center(double x, double y, int clientWidth, int clientHeight) {
        scrollX = (int) Math.round((x - extent.x()) * zoom - clientWidth / 2.0);
        scrollY = (int) Math.round((y - extent.y()) * zoom - clientHeight / 2.0);
    }
}
