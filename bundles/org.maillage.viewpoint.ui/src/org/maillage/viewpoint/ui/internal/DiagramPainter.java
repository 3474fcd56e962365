/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Display;
import org.maillage.viewpoint.model.diagram.DContainer;
import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.DPoint;
import org.maillage.viewpoint.model.diagram.Decorator;
import org.maillage.viewpoint.model.diagram.EdgeStyle;
import org.maillage.viewpoint.model.diagram.LabelPosition;
import org.maillage.viewpoint.model.diagram.LineStyle;
import org.maillage.viewpoint.model.diagram.NodeStyle;
import org.maillage.viewpoint.model.diagram.Style;
import org.maillage.viewpoint.render.DecoratorGeometry;
import org.maillage.viewpoint.render.EdgeCurves;
import org.maillage.viewpoint.render.Icons;
import org.maillage.viewpoint.render.TextMetrics;

/**
 * Draws a representation with SWT, element for element as {@code SvgRenderer} writes it (same shapes, colours,
 * borders, dash patterns, label wrapping and positions, edge routes, decorators and label backgrounds), so that the
 * editor and the exported pictures agree. Only the representation is read; nothing is computed per diagram type.
 * <p>
 * Coordinates go through an SWT {@link Transform} (zoom and scroll), so line widths and text scale with the
 * drawing as they do in SVG. Fonts are created at {@value #FONT_SCALE} times the label size and scaled down: SWT
 * font heights are whole points, and a label size of 11 diagram units is not one. Colours, fonts and node icons
 * (one SWT image per icon URI) are cached and released by {@link #dispose()}.
 */
final class DiagramPainter {

    private static final int FONT_SCALE = 4;
    /** Below this size on screen, in pixels, labels are not drawn: they could not be read anyway. */
    private static final double MIN_TEXT_PIXELS = 2.5;
    private static final String FALLBACK_COLOR = "#808080";
    /** A label is never shrunk below this share of its size to fit its shape: it would become unreadable. */
    private static final double MIN_FIT = 0.7;

    private final Display display;
    private final Map<String, Color> colors = new HashMap<>();
    private final Map<Integer, ScaledFont> fonts = new HashMap<>();
    private final Map<String, Optional<Image>> icons = new HashMap<>();
    private final String fontName;
    private double scale;
    private double dx;
    private double dy;
    private Transform base;
    private Transform text;

    /** A font created larger than needed, and the factor that brings its pixels back to diagram units. */
    private record ScaledFont(Font font, double unit) {
    }

    DiagramPainter(Display display) {
        this.display = display;
        // The SVG asks for DejaVu Sans first; Windows has no DejaVu, its sans-serif system font is close.
        fontName = SWT.getPlatform().equals("gtk") ? "DejaVu Sans" : display.getSystemFont().getFontData()[0]
                .getName();
    }

    /**
     * Paints the diagram.
     *
     * @param gc where to draw
     * @param index the diagram and its paint order
     * @param scale pixels per diagram unit
     * @param offsetX pixel abscissa of the diagram origin
     * @param offsetY pixel ordinate of the diagram origin
     * @param visible the part of the diagram to paint (elements outside are skipped), or {@code null} for all
     * @return the number of node and container figures drawn
     */
    int paint(GC gc, DiagramIndex index, double scale, double offsetX, double offsetY, Box visible) {
        this.scale = scale;
        this.dx = offsetX;
        this.dy = offsetY;
        gc.setAdvanced(true);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        base = new Transform(display, (float) scale, 0, 0, (float) scale, (float) offsetX, (float) offsetY);
        text = new Transform(display);
        try {
            gc.setTransform(base);
            int drawn = 0;
            for (DNode node : index.containers()) {
                drawn += node(gc, node, index.bounds(node), visible);
            }
            for (DEdge edge : index.diagram().getEdges()) {
                if (visible == null || visible.intersects(grown(DiagramIndex.bounds(edge), 20))) {
                    edge(gc, edge);
                }
            }
            for (DNode node : index.leaves()) {
                drawn += node(gc, node, index.bounds(node), visible);
            }
            for (DEdge edge : index.diagram().getEdges()) {
                edgeLabel(gc, edge, visible);
            }
            return drawn;
        } finally {
            gc.setTransform(null);
            base.dispose();
            text.dispose();
        }
    }

    /** Draws the shape of a node style in a box, in the current transform (also the legend's samples). */
    void shape(GC gc, NodeStyle style, int x, int y, int w, int h) {
        gc.setBackground(color(style.getBackgroundColor()));
        gc.setForeground(color(style.getBorderColor()));
        gc.setLineAttributes(line(style.getBorderSize(), style));
        boolean border = style.getBorderSize() > 0;
        switch (style.getShape()) {
            case RECTANGLE -> {
                gc.fillRectangle(x, y, w, h);
                if (border) {
                    gc.drawRectangle(x, y, w, h);
                }
            }
            case ELLIPSE -> {
                gc.fillOval(x, y, w, h);
                if (border) {
                    gc.drawOval(x, y, w, h);
                }
            }
            case DIAMOND -> polygon(gc, border, x + w / 2, y, x + w, y + h / 2, x + w / 2, y + h, x, y + h / 2);
            case HEXAGON -> {
                int d = (int) Math.round(Math.min(h / 2.0, w / 6.0));
                polygon(gc, border, x + d, y, x + w - d, y, x + w, y + h / 2, x + w - d, y + h, x + d, y + h, x,
                        y + h / 2);
            }
            case NOTE -> {
                int f = (int) Math.round(Math.min(12, h / 3.0));
                polygon(gc, border, x, y, x + w - f, y, x + w, y + f, x + w, y + h, x, y + h);
            }
            default -> {
                int arc = (int) Math.round(2 * Math.min(10, h / 4.0));
                gc.fillRoundRectangle(x, y, w, h, arc, arc);
                if (border) {
                    gc.drawRoundRectangle(x, y, w, h, arc, arc);
                }
            }
        }
    }

    private int node(GC gc, DNode node, Box b, Box visible) {
        NodeStyle style = node.getStyle();
        if (style == null || visible != null && !visible.intersects(b)) {
            return 0;
        }
        shape(gc, style, (int) Math.round(b.x()), (int) Math.round(b.y()), (int) Math.round(b.width()),
                (int) Math.round(b.height()));
        List<String> lines = TextMetrics.lines(node.getLabel());
        double lineHeight = TextMetrics.lineHeight(style.getLabelSize());
        boolean top = style.getLabelPosition() == LabelPosition.TOP || node instanceof DContainer c
                && !c.getChildren().isEmpty() && style.getLabelPosition() != LabelPosition.CENTER;
        double firstLine = top ? b.y() + TextMetrics.PADDING : b.y() + (b.height() - lines.size() * lineHeight) / 2;
        double centerX = b.centerX();
        double maxWidth = top ? b.width() - 4 : usableWidth(style, b, lines.size() * lineHeight);
        Image icon = icon(style.getIcon());
        if (icon != null) {
            // Where the SVG renderer puts it: before the first line, icon and text centred together.
            Icons.Placement p = Icons.place(lines, centerX, firstLine, style.getLabelSize(), style.isLabelBold(),
                    b.x());
            Rectangle size = icon.getBounds();
            gc.drawImage(icon, 0, 0, size.width, size.height, (int) Math.round(p.x()), (int) Math.round(p.y()),
                    (int) Math.round(p.size()), (int) Math.round(p.size()));
            centerX = p.textCenterX();
            maxWidth -= Icons.reservedWidth(style.getLabelSize());
        }
        text(gc, lines, centerX, firstLine, style, lineHeight, maxWidth);
        return 1;
    }

    /**
     * @return the width a centred label block of that height has inside the shape: round and pointed shapes are
     *         narrower above and below their middle line, where a rectangle would leave room
     */
    private static double usableWidth(NodeStyle style, Box b, double blockHeight) {
        double ratio = Math.min(1, blockHeight / Math.max(1, b.height()));
        double width = switch (style.getShape()) {
            case ELLIPSE -> b.width() * Math.sqrt(1 - ratio * ratio);
            case DIAMOND -> b.width() * (1 - ratio);
            case HEXAGON -> b.width() - 2 * Math.min(b.height() / 2, b.width() / 6) * ratio;
            default -> b.width();
        };
        return width - 4;
    }

    private static void polygon(GC gc, boolean border, int... points) {
        gc.fillPolygon(points);
        if (border) {
            gc.drawPolygon(points);
        }
    }

    private void edge(GC gc, DEdge edge) {
        List<DPoint> points = edge.getPoints();
        EdgeStyle style = edge.getStyle();
        if (points.size() < 2 || style == null) {
            return;
        }
        int[] xy = new int[points.size() * 2];
        for (int i = 0; i < points.size(); i++) {
            xy[2 * i] = (int) Math.round(points.get(i).getX());
            xy[2 * i + 1] = (int) Math.round(points.get(i).getY());
        }
        Color stroke = color(style.getLineColor());
        gc.setForeground(stroke);
        gc.setLineAttributes(line(style.getLineSize(), style));
        if (EdgeCurves.isCurved(edge)) {
            // The same Béziers as the SVG and PNG (EdgeCurves), so the canvas shows the exported curve.
            double[] c = EdgeCurves.beziers(points);
            Path path = new Path(gc.getDevice());
            try {
                path.moveTo((float) points.get(0).getX(), (float) points.get(0).getY());
                for (int i = 0; i < c.length; i += 6) {
                    path.cubicTo((float) c[i], (float) c[i + 1], (float) c[i + 2], (float) c[i + 3],
                            (float) c[i + 4], (float) c[i + 5]);
                }
                gc.drawPath(path);
            } finally {
                path.dispose();
            }
        } else {
            gc.drawPolyline(xy);
        }
        gc.setLineAttributes(line(style.getLineSize(), null));
        decorator(gc, style.getTargetDecorator(), points.get(points.size() - 1), points.get(points.size() - 2),
                stroke, style.getLineSize());
        decorator(gc, style.getSourceDecorator(), points.get(0), points.get(1), stroke, style.getLineSize());
    }

    /** Draws the decorator at {@code tip}, pointing away from {@code from}, with the SVG renderer's geometry. */
    void decorator(GC gc, Decorator decorator, DPoint tip, DPoint from, Color stroke, int lineSize) {
        DecoratorGeometry g = decorator == null || decorator == Decorator.NONE ? null
                : DecoratorGeometry.of(tip, from, lineSize);
        if (g == null) {
            return;
        }
        int tx = (int) Math.round(g.tipX());
        int ty = (int) Math.round(g.tipY());
        int lx = (int) Math.round(g.leftX());
        int ly = (int) Math.round(g.leftY());
        int rx = (int) Math.round(g.rightX());
        int ry = (int) Math.round(g.rightY());
        gc.setForeground(stroke);
        switch (decorator) {
            case ARROW -> gc.drawPolyline(new int[] { lx, ly, tx, ty, rx, ry });
            case FILLED_ARROW -> {
                gc.setBackground(stroke);
                polygon(gc, true, tx, ty, lx, ly, rx, ry);
            }
            case DIAMOND, FILLED_DIAMOND -> {
                gc.setBackground(decorator == Decorator.DIAMOND ? display.getSystemColor(SWT.COLOR_WHITE) : stroke);
                polygon(gc, true, tx, ty, lx, ly, (int) Math.round(g.backX()), (int) Math.round(g.backY()), rx, ry);
            }
            case CIRCLE -> {
                gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
                int r = (int) DecoratorGeometry.CIRCLE_RADIUS;
                int cx = (int) Math.round(g.circleX());
                int cy = (int) Math.round(g.circleY());
                gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
                gc.drawOval(cx - r, cy - r, 2 * r, 2 * r);
            }
            default -> {
                // NONE is handled above.
            }
        }
    }

    private void edgeLabel(GC gc, DEdge edge, Box visible) {
        EdgeStyle style = edge.getStyle();
        List<String> lines = TextMetrics.lines(edge.getLabel());
        if (lines.isEmpty() || style == null || edge.getPoints().size() < 2 || scale * style.getLabelSize()
                < MIN_TEXT_PIXELS) {
            return;
        }
        ScaledFont font = font(style.getLabelSize(), style.isLabelBold());
        gc.setFont(font.font());
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, gc.stringExtent(line).x * font.unit());
        }
        double lineHeight = TextMetrics.lineHeight(style.getLabelSize());
        double w = widest + 6;
        double h = lines.size() * lineHeight + 2;
        double top = edge.getLabelY() - h / 2;
        Box box = new Box(edge.getLabelX() - w / 2, top, w, h);
        if (visible != null && !visible.intersects(box)) {
            return;
        }
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.setAlpha(217);
        gc.fillRoundRectangle((int) Math.round(box.x()), (int) Math.round(box.y()), (int) Math.round(w),
                (int) Math.round(h), 6, 6);
        gc.setAlpha(255);
        text(gc, lines, edge.getLabelX(), top + 1, style, lineHeight, 0);
    }

    /**
     * Draws centred lines, the first line's box starting at {@code top}, baselines where the SVG puts them.
     * A line wider than {@code maxWidth} (when positive) shrinks the whole label rather than spill out of its box.
     */
    private void text(GC gc, List<String> lines, double centerX, double top, Style style, double lineHeight,
            double maxWidth) {
        int size = style.getLabelSize();
        if (lines.isEmpty() || scale * size < MIN_TEXT_PIXELS) {
            return;
        }
        ScaledFont font = font(size, style.isLabelBold());
        gc.setFont(font.font());
        gc.setForeground(color(style.getLabelColor()));
        int ascent = gc.getFontMetrics().getAscent();
        Point[] extents = new Point[lines.size()];
        double widest = 0;
        for (int i = 0; i < lines.size(); i++) {
            extents[i] = gc.stringExtent(lines.get(i));
            widest = Math.max(widest, extents[i].x * font.unit());
        }
        double fit = maxWidth > 0 && widest > maxWidth ? Math.max(MIN_FIT, maxWidth / widest) : 1;
        float s = (float) (scale * font.unit() * fit);
        for (int i = 0; i < lines.size(); i++) {
            double baseline = top + i * lineHeight + size;
            text.setElements(s, 0, 0, s, (float) (dx + scale * centerX), (float) (dy + scale * baseline));
            gc.setTransform(text);
            gc.drawString(lines.get(i), -extents[i].x / 2, -ascent, true);
        }
        gc.setTransform(base);
    }

    static LineAttributes line(int width, Style style) {
        LineStyle pattern = style == null ? LineStyle.SOLID : style.getLineStyle();
        float[] dash = switch (pattern) {
            case DASHED -> new float[] { 7, 4 };
            case DOTTED -> new float[] { 2, 3 };
            default -> null;
        };
        return new LineAttributes(Math.max(width, 0), SWT.CAP_FLAT, SWT.JOIN_MITER,
                dash == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM, dash, 0, 10);
    }

    private static Box grown(Box box, double margin) {
        return new Box(box.x() - margin, box.y() - margin, box.width() + 2 * margin, box.height() + 2 * margin);
    }

    /** Colours come from description files: only well-formed #RGB and #RRGGBB values are used. */
    Color color(String value) {
        String key = value != null && value.matches("#[0-9A-Fa-f]{3}([0-9A-Fa-f]{3})?") ? value : FALLBACK_COLOR;
        return colors.computeIfAbsent(key.toUpperCase(), k -> new Color(display, rgb(k)));
    }

    private static RGB rgb(String hex) {
        String digits = hex.substring(1);
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1)
                    + digits.charAt(2) + digits.charAt(2);
        }
        int value = Integer.parseInt(digits, 16);
        return new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
    }

    private ScaledFont font(int size, boolean bold) {
        return fonts.computeIfAbsent(size * 2 + (bold ? 1 : 0), key -> {
            double dpi = display.getDPI().y;
            int points = (int) Math.max(1, Math.round(size * FONT_SCALE * 72.0 / dpi));
            Font font = new Font(display, new FontData(fontName, points, bold ? SWT.BOLD : SWT.NORMAL));
            return new ScaledFont(font, size / (points * dpi / 72.0));
        });
    }

    /**
     * @return the icon of a style ({@link Icons#bytes}: validated, limited, cached per URI), created once per URI,
     *         or {@code null} when there is none or it cannot be read
     */
    private Image icon(String uri) {
        if (uri == null) {
            return null;
        }
        return icons.computeIfAbsent(uri, u -> Icons.bytes(u).map(bytes -> {
            try {
                return new Image(display, new ImageData(new ByteArrayInputStream(bytes)));
            } catch (SWTException | IllegalArgumentException e) {
                return null; // not an image SWT can decode: no icon
            }
        })).orElse(null);
    }

    /** Releases the colours, fonts and icons. */
    void dispose() {
        colors.values().forEach(Color::dispose);
        fonts.values().forEach(f -> f.font().dispose());
        icons.values().forEach(i -> i.ifPresent(Image::dispose));
        colors.clear();
        fonts.clear();
        icons.clear();
    }
}
