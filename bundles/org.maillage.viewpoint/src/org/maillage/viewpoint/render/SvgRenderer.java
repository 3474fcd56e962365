/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.maillage.core.persistence.AtomicFileWriter;
import org.maillage.viewpoint.DiagramProblems;
import org.maillage.viewpoint.internal.layout.DiagramLayout;
import org.maillage.viewpoint.model.diagram.DContainer;
import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.DPoint;
import org.maillage.viewpoint.model.diagram.Decorator;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.model.diagram.DiagramFactory;
import org.maillage.viewpoint.model.diagram.EdgeStyle;
import org.maillage.viewpoint.model.diagram.LabelPosition;
import org.maillage.viewpoint.model.diagram.LineStyle;
import org.maillage.viewpoint.model.diagram.NodeStyle;
import org.maillage.viewpoint.model.diagram.Style;

/**
 * Draws a laid-out representation as SVG 1.1: containers, then edges (a {@code <path>}: straight segments, or
 * cubic Béziers for splines, see {@link EdgeCurves}), then nodes, then edge labels, each
 * element a {@code <g>} carrying its diagram id, mapping and semantic uuid ({@code data-*} attributes); labels
 * are real text (searchable, selectable), wrapped as the refresh measured them, one centred {@code <text>} per
 * line; node icons are embedded {@code <image>}s (data: URIs read by {@link Icons}, never links to files). Only
 * the representation is read:
 * the picture is the same as the editor's, without a display. Stateless and thread-safe.
 */
public final class SvgRenderer {

    private static final String FONT = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";

    /** @return the SVG document of the diagram, as text */
    public String render(Diagram diagram) {
        return render(diagram, RenderOptions.NONE);
    }

    /**
     * @param diagram the laid-out diagram
     * @param options the legend and problem decorators to add
     * @return the SVG document of the diagram, as text; a legend makes the picture larger, beside the diagram
     */
    public String render(Diagram diagram, RenderOptions options) {
        StringBuilder svg = new StringBuilder(8192);
        double[] size = size(diagram, options);
        double width = size[0];
        double height = size[1];
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " version=\"1.1\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width))
                .append(' ').append(num(height)).append("\" font-family=\"").append(FONT).append("\">\n");
        svg.append("<title>").append(escape(diagram.getName())).append("</title>\n");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" fill=\"#FFFFFF\"/>\n");
        PaintOrder order = PaintOrder.of(diagram);
        for (DNode node : order.containers()) {
            node(svg, node);
        }
        for (DEdge edge : diagram.getEdges()) {
            edge(svg, edge);
        }
        for (DNode node : order.leaves()) {
            node(svg, node);
        }
        for (DEdge edge : diagram.getEdges()) {
            edgeLabel(svg, edge);
        }
        if (!options.problems().isEmpty()) {
            for (DNode node : diagram.getNodes()) {
                badges(svg, node, options.problems());
            }
        }
        if (options.hasLegend()) {
            LegendLayout legend = LegendLayout.of(options.legend());
            double[] at = legend.besideDiagram(Math.max(diagram.getWidth(), 10), Math.max(diagram.getHeight(), 10));
            legend(svg, legend, at[0], at[1]);
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** @return the width and height of the picture: the diagram's, and the legend's beside it when asked */
    static double[] size(Diagram diagram, RenderOptions options) {
        double width = Math.max(diagram.getWidth(), 10);
        double height = Math.max(diagram.getHeight(), 10);
        if (options.hasLegend()) {
            LegendLayout legend = LegendLayout.of(options.legend());
            double[] at = legend.besideDiagram(width, height);
            width = Math.max(width, at[0] + legend.width() + LegendLayout.PADDING);
            height = Math.max(height, at[1] + legend.height() + LegendLayout.PADDING);
        }
        return new double[] { width, height };
    }

    /** Writes the SVG of the diagram to {@code file}, atomically. */
    public void write(Diagram diagram, Path file) throws IOException {
        write(diagram, file, RenderOptions.NONE);
    }

    /** Writes the SVG of the diagram with the given additions to {@code file}, atomically. */
    public void write(Diagram diagram, Path file, RenderOptions options) throws IOException {
        byte[] bytes = render(diagram, options).getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(file, out -> out.write(bytes));
    }

    /** Draws the problem badge of each node that has problems, depth first, above everything else. */
    private static void badges(StringBuilder svg, DNode node, DiagramProblems problems) {
        int severity = problems.severity(node.getSemanticElement());
        if (severity > Diagnostic.OK) {
            ProblemBadge b = ProblemBadge.of(DiagramLayout.absolute(node));
            boolean error = severity >= Diagnostic.ERROR;
            boolean warning = !error && severity >= Diagnostic.WARNING;
            svg.append("<g class=\"problem ").append(error ? "error" : warning ? "warning" : "info")
                    .append("\" data-node=\"").append(escape(node.getId())).append("\">\n<title>")
                    .append(escape(problems.tooltip(node.getSemanticElement()))).append("</title>\n");
            double cx = b.x() + b.size() / 2;
            double r = b.size() / 2;
            if (warning) {
                svg.append(polygon(" fill=\"#F0A000\" stroke=\"#FFFFFF\" stroke-width=\"1\"", cx, b.y(),
                        b.x() + b.size(), b.y() + b.size(), b.x(), b.y() + b.size()));
            } else {
                svg.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(b.y() + r))
                        .append("\" r=\"").append(num(r)).append("\" fill=\"").append(error ? "#D32F2F" : "#1F6FB2")
                        .append("\" stroke=\"#FFFFFF\" stroke-width=\"1\"/>\n");
            }
            svg.append("<text text-anchor=\"middle\" x=\"").append(num(cx)).append("\" y=\"")
                    .append(num(b.y() + b.size() - 3)).append("\" font-size=\"10\" font-weight=\"bold\" fill=\"")
                    .append(warning ? "#000000" : "#FFFFFF").append("\">").append(error || warning ? "!" : "i")
                    .append("</text>\n</g>\n");
        }
        if (node instanceof DContainer container) {
            for (DNode child : container.getChildren()) {
                badges(svg, child, problems);
            }
        }
    }

    /** Draws the legend box with its top-left corner at ({@code x}, {@code y}). */
    private static void legend(StringBuilder svg, LegendLayout legend, double x, double y) {
        svg.append("<g class=\"legend\" transform=\"translate(").append(num(x)).append(',').append(num(y))
                .append(")\">\n");
        svg.append(rect(0, 0, legend.width(), legend.height(), 4,
                " fill=\"#FFFFFF\" stroke=\"#9A9A9A\" stroke-width=\"1\""));
        svg.append("<text x=\"").append(num(LegendLayout.PADDING)).append("\" y=\"")
                .append(num(legend.titleBaseline())).append("\" font-size=\"").append(LegendLayout.TITLE_SIZE)
                .append("\" font-weight=\"bold\" fill=\"#000000\">").append(escape(legend.title()))
                .append("</text>\n");
        for (LegendLayout.Row row : legend.rows()) {
            svg.append("<g class=\"legend-entry\" data-mapping=\"").append(escape(row.entry().mappingId()))
                    .append("\">\n");
            if (row.entry().style() instanceof EdgeStyle edge) {
                String stroke = color(edge.getLineColor());
                double midY = row.sampleY() + row.sampleHeight() / 2;
                svg.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                        .append(edge.getLineSize()).append('"').append(dash(edge)).append(" points=\"")
                        .append(num(row.sampleX())).append(',').append(num(midY)).append(' ')
                        .append(num(row.sampleX() + row.sampleWidth())).append(',').append(num(midY))
                        .append("\"/>\n");
                DPoint tip = point(row.sampleX() + row.sampleWidth(), midY);
                DPoint back = point(row.sampleX(), midY);
                decorator(svg, edge.getTargetDecorator(), tip, back, stroke, edge.getLineSize());
                decorator(svg, edge.getSourceDecorator(), back, tip, stroke, edge.getLineSize());
            } else if (row.entry().style() instanceof NodeStyle node) {
                shape(svg, node, row.sampleX(), row.sampleY(), row.sampleWidth(), row.sampleHeight());
                String icon = node.getIcon() == null ? null : Icons.dataUri(node.getIcon()).orElse(null);
                if (icon != null) {
                    double s = row.sampleHeight() - 6;
                    svg.append("<image x=\"").append(num(row.sampleX() + (row.sampleWidth() - s) / 2))
                            .append("\" y=\"").append(num(row.sampleY() + 3)).append("\" width=\"").append(num(s))
                            .append("\" height=\"").append(num(s))
                            .append("\" preserveAspectRatio=\"xMidYMid meet\" xlink:href=\"").append(icon)
                            .append("\"/>\n");
                }
            }
            svg.append("<text x=\"").append(num(row.textX())).append("\" y=\"").append(num(row.baseline()))
                    .append("\" font-size=\"").append(LegendLayout.FONT_SIZE).append("\" fill=\"#000000\">")
                    .append(escape(row.entry().label())).append("</text>\n</g>\n");
        }
        svg.append("</g>\n");
    }

    private static DPoint point(double x, double y) {
        DPoint p = DiagramFactory.eINSTANCE.createDPoint();
        p.setX(x);
        p.setY(y);
        return p;
    }

    private static void node(StringBuilder svg, DNode node) {
        NodeStyle style = node.getStyle();
        double[] b = DiagramLayout.absolute(node);
        String kind = node instanceof DContainer ? "container" : "node";
        svg.append("<g class=\"").append(kind).append("\" id=\"").append(escape(node.getId()))
                .append("\" data-mapping=\"").append(escape(node.getMappingId())).append("\" data-semantic=\"")
                .append(escape(node.getSemanticElement())).append("\">\n");
        double x = b[0];
        double y = b[1];
        double w = b[2];
        double h = b[3];
        shape(svg, style, x, y, w, h);
        List<String> lines = TextMetrics.lines(node.getLabel());
        double lineHeight = TextMetrics.lineHeight(style.getLabelSize());
        double top = style.getLabelPosition() == LabelPosition.TOP || node instanceof DContainer c
                && !c.getChildren().isEmpty() && style.getLabelPosition() != LabelPosition.CENTER
                        ? y + TextMetrics.PADDING
                        : y + (h - lines.size() * lineHeight) / 2;
        double centerX = x + w / 2;
        String icon = style.getIcon() == null ? null : Icons.dataUri(style.getIcon()).orElse(null);
        if (icon != null) {
            Icons.Placement p = Icons.place(lines, centerX, top, style.getLabelSize(), style.isLabelBold(), x);
            svg.append("<image x=\"").append(num(p.x())).append("\" y=\"").append(num(p.y()))
                    .append("\" width=\"").append(num(p.size())).append("\" height=\"").append(num(p.size()))
                    .append("\" preserveAspectRatio=\"xMidYMid meet\" xlink:href=\"").append(icon).append("\"/>\n");
            centerX = p.textCenterX();
        }
        text(svg, lines, centerX, top, style, lineHeight);
        svg.append("</g>\n");
    }

    /** Draws the node shape of {@code style} in the given box (also the legend's samples). */
    private static void shape(StringBuilder svg, NodeStyle style, double x, double y, double w, double h) {
        String paint = " fill=\"" + color(style.getBackgroundColor()) + "\" stroke=\""
                + color(style.getBorderColor()) + "\" stroke-width=\"" + style.getBorderSize() + "\""
                + dash(style) + (style.getBorderSize() == 0 ? " stroke-opacity=\"0\"" : "");
        switch (style.getShape()) {
            case RECTANGLE -> svg.append(rect(x, y, w, h, 0, paint));
            case ELLIPSE -> svg.append("<ellipse cx=\"").append(num(x + w / 2)).append("\" cy=\"")
                    .append(num(y + h / 2)).append("\" rx=\"").append(num(w / 2)).append("\" ry=\"")
                    .append(num(h / 2)).append('"').append(paint).append("/>\n");
            case DIAMOND -> svg.append(polygon(paint, x + w / 2, y, x + w, y + h / 2, x + w / 2, y + h, x,
                    y + h / 2));
            case HEXAGON -> {
                double d = Math.min(h / 2, w / 6);
                svg.append(polygon(paint, x + d, y, x + w - d, y, x + w, y + h / 2, x + w - d, y + h, x + d, y + h,
                        x, y + h / 2));
            }
            case NOTE -> {
                double f = Math.min(12, h / 3);
                svg.append(polygon(paint, x, y, x + w - f, y, x + w, y + f, x + w, y + h, x, y + h));
            }
            default -> svg.append(rect(x, y, w, h, Math.min(10, h / 4), paint));
        }
    }

    private static void text(StringBuilder svg, List<String> lines, double centerX, double top, Style style,
            double lineHeight) {
        if (lines.isEmpty()) {
            return;
        }
        String attributes = "\" font-size=\"" + style.getLabelSize() + "\" fill=\"" + color(style.getLabelColor())
                + '"' + (style.isLabelBold() ? " font-weight=\"bold\"" : "") + '>';
        // One <text> per line: jsvg (used for PNG) anchors a whole text chunk, so lines given as <tspan>s of one
        // <text> came out left-aligned from the centre line instead of each centred.
        for (int i = 0; i < lines.size(); i++) {
            double baseline = top + i * lineHeight + style.getLabelSize();
            svg.append("<text text-anchor=\"middle\" x=\"").append(num(centerX)).append("\" y=\"")
                    .append(num(baseline)).append(attributes).append(escape(lines.get(i))).append("</text>\n");
        }
    }

    private static void edge(StringBuilder svg, DEdge edge) {
        List<DPoint> points = edge.getPoints();
        if (points.size() < 2) {
            return;
        }
        EdgeStyle style = edge.getStyle();
        String stroke = color(style.getLineColor());
        svg.append("<g class=\"edge\" id=\"").append(escape(edge.getId())).append("\" data-mapping=\"")
                .append(escape(edge.getMappingId())).append("\" data-semantic=\"")
                .append(escape(edge.getSemanticElement())).append("\">\n");
        svg.append("<path fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(style.getLineSize()).append('"').append(dash(style)).append(" d=\"M");
        svg.append(num(points.get(0).getX())).append(',').append(num(points.get(0).getY()));
        if (EdgeCurves.isCurved(edge)) {
            double[] c = EdgeCurves.beziers(points);
            for (int i = 0; i < c.length; i += 6) {
                svg.append(" C").append(num(c[i])).append(',').append(num(c[i + 1])).append(' ')
                        .append(num(c[i + 2])).append(',').append(num(c[i + 3])).append(' ').append(num(c[i + 4]))
                        .append(',').append(num(c[i + 5]));
            }
        } else {
            for (DPoint p : points.subList(1, points.size())) {
                svg.append(" L").append(num(p.getX())).append(',').append(num(p.getY()));
            }
        }
        svg.append("\"/>\n");
        decorator(svg, style.getTargetDecorator(), points.get(points.size() - 1), points.get(points.size() - 2),
                stroke, style.getLineSize());
        decorator(svg, style.getSourceDecorator(), points.get(0), points.get(1), stroke, style.getLineSize());
        svg.append("</g>\n");
    }

    /** Draws the decorator at {@code tip}, pointing away from {@code from}. */
    private static void decorator(StringBuilder svg, Decorator decorator, DPoint tip, DPoint from, String stroke,
            int lineSize) {
        DecoratorGeometry g = decorator == null || decorator == Decorator.NONE ? null
                : DecoratorGeometry.of(tip, from, lineSize);
        if (g == null) {
            return;
        }
        String filled = " fill=\"" + stroke + "\" stroke=\"" + stroke + "\"";
        String open = " fill=\"#FFFFFF\" stroke=\"" + stroke + "\"";
        switch (decorator) {
            case ARROW -> svg.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                    .append(lineSize).append("\" points=\"").append(num(g.leftX())).append(',').append(num(g.leftY()))
                    .append(' ').append(num(g.tipX())).append(',').append(num(g.tipY())).append(' ')
                    .append(num(g.rightX())).append(',').append(num(g.rightY())).append("\"/>\n");
            case FILLED_ARROW -> svg.append(polygon(filled, g.tipX(), g.tipY(), g.leftX(), g.leftY(), g.rightX(),
                    g.rightY()));
            case DIAMOND, FILLED_DIAMOND -> svg.append(polygon(decorator == Decorator.DIAMOND ? open : filled,
                    g.tipX(), g.tipY(), g.leftX(), g.leftY(), g.backX(), g.backY(), g.rightX(), g.rightY()));
            case CIRCLE -> svg.append("<circle cx=\"").append(num(g.circleX())).append("\" cy=\"")
                    .append(num(g.circleY())).append("\" r=\"").append(num(DecoratorGeometry.CIRCLE_RADIUS))
                    .append('"').append(open).append("/>\n");
            default -> {
                // NONE handled above.
            }
        }
    }

    private static void edgeLabel(StringBuilder svg, DEdge edge) {
        double[] box = TextMetrics.edgeLabelBox(edge);
        if (box == null || edge.getPoints().size() < 2) {
            return;
        }
        EdgeStyle style = edge.getStyle();
        svg.append("<g class=\"edge-label\">\n");
        svg.append(rect(box[0], box[1], box[2], box[3], 3, " fill=\"#FFFFFF\" fill-opacity=\"0.85\" stroke=\"none\""));
        text(svg, TextMetrics.lines(edge.getLabel()), edge.getLabelX(), box[1] + 1, style,
                TextMetrics.lineHeight(style.getLabelSize()));
        svg.append("</g>\n");
    }

    private static String rect(double x, double y, double w, double h, double radius, String paint) {
        return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h) + '"'
                + (radius > 0 ? " rx=\"" + num(radius) + '"' : "") + paint + "/>\n";
    }

    private static String polygon(String paint, double... xy) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            points.append(i == 0 ? "" : " ").append(num(xy[i])).append(',').append(num(xy[i + 1]));
        }
        return "<polygon points=\"" + points + '"' + paint + "/>\n";
    }

    private static String dash(Style style) {
        LineStyle lineStyle = style.getLineStyle();
        return switch (lineStyle) {
            case DASHED -> " stroke-dasharray=\"7,4\"";
            case DOTTED -> " stroke-dasharray=\"2,3\"";
            default -> "";
        };
    }

    /** Colours come from description files: keep only well-formed #RGB/#RRGGBB values. */
    private static String color(String value) {
        if (value != null && value.matches("#[0-9A-Fa-f]{3}([0-9A-Fa-f]{3})?")) {
            return value;
        }
        return "#808080";
    }

    private static String num(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** @return the text with XML special characters escaped and control characters removed */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
