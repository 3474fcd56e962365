/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
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
 * Draws a laid-out representation as a one-page A4 PDF, in vectors: boxes, edges with their decorators, labels as
 * real text (searchable, selectable, extractable), node icons as images. The page is landscape when the diagram is
 * wide ({@link #isLandscape(double, double)}), the diagram is fitted to it under its title. Same drawing order and
 * geometry as {@link SvgRenderer}; only the representation is read, no display is needed.
 * <p>
 * Text uses the standard Helvetica fonts (no font file embedded, every PDF reader has them) with WinAnsi encoding,
 * which holds French (é è à ç œ « » € ’ …); characters outside it are replaced by their nearest equivalent
 * ({@link #printable(String)}). Stateless and thread-safe.
 */
public final class PdfRenderer {

    /** A diagram wider than this many times its height gets a landscape page. */
    public static final double LANDSCAPE_RATIO = 1.2;

    /** Page margin, in points (about 1 cm). */
    static final float MARGIN = 28;
    static final float TITLE_SIZE = 13;
    static final float TITLE_SPACE = 26;
    /** A small diagram is not blown up past twice its size: boxes a page wide help no one. */
    private static final double MAX_SCALE = 2.0;

    /** Characters WinAnsi lacks that French text uses, and what stands for them. */
    private static final Map<Character, String> REPLACEMENTS = Map.ofEntries(Map.entry('\u202F', "\u00A0"),
            Map.entry('\u2009', " "), Map.entry('\u2007', "\u00A0"), Map.entry('\u2192', "->"),
            Map.entry('\u2190', "<-"), Map.entry('\u2264', "<="), Map.entry('\u2265', ">="),
            Map.entry('\u2212', "-"),
            // Tables: the tick of a filled membership cell, the warning sign of a failed expression.
            Map.entry('\u2713', "X"), Map.entry('\u2714', "X"), Map.entry('\u26A0', "(!)"));

    /**
     * @param width a diagram's width
     * @param height its height
     * @return true when it deserves a landscape page
     */
    public static boolean isLandscape(double width, double height) {
        return width > height * LANDSCAPE_RATIO;
    }

    /**
     * @param diagram the laid-out diagram
     * @return the PDF document's bytes
     * @throws IOException when PDFBox cannot write it
     */
    public byte[] render(Diagram diagram) throws IOException {
        return render(diagram, RenderOptions.NONE);
    }

    /**
     * @param diagram the laid-out diagram
     * @param options the legend to draw beside the diagram (as {@link SvgRenderer} places it) and the problem badges
     *            of the nodes, or none
     * @return the PDF document's bytes
     * @throws IOException when PDFBox cannot write it
     */
    public byte[] render(Diagram diagram, RenderOptions options) throws IOException {
        try (PDDocument document = new PDDocument()) {
            new Page(document, diagram, options).draw();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Writes the diagram as a PDF file, atomically. */
    public void write(Diagram diagram, Path file) throws IOException {
        write(diagram, file, RenderOptions.NONE);
    }

    /** Writes the diagram, with its legend when {@code options} has one, as a PDF file, atomically. */
    public void write(Diagram diagram, Path file, RenderOptions options) throws IOException {
        byte[] bytes = render(diagram, options);
        AtomicFileWriter.write(file, out -> out.write(bytes));
    }

    /**
     * @param text any label
     * @return the text with the characters the standard fonts cannot show replaced (narrow no-break space by a
     *         no-break space, arrows by ASCII arrows, a tick by "X", the warning sign by "(!)", others by "?") and
     *         control characters removed
     */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = REPLACEMENTS.get(c);
            if (replacement != null) {
                out.append(replacement);
            } else if (c < 0x20) {
                out.append(c == '\t' ? " " : "");
            } else if (encodable(c)) {
                out.append(c);
            } else {
                out.append('?');
            }
        }
        return out.toString();
    }

    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private static boolean encodable(char c) {
        if (c < 0x7F) {
            return true;
        }
        try {
            REGULAR.encode(String.valueOf(c));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** One page being drawn: the transform from diagram units to page points, and the content stream. */
    private static final class Page {
        private final PDDocument document;
        private final Diagram diagram;
        private final RenderOptions options;
        private final Map<String, PDImageXObject> icons = new HashMap<>();
        private PDPageContentStream content;
        private double scale;
        private float originX;
        private float originY;

        Page(PDDocument document, Diagram diagram, RenderOptions options) {
            this.document = document;
            this.diagram = diagram;
            this.options = options;
        }

        void draw() throws IOException {
            // The SVG's picture size: the diagram, and the legend beside it when asked.
            double[] size = SvgRenderer.size(diagram, options);
            double width = size[0];
            double height = size[1];
            PDRectangle a4 = PDRectangle.A4;
            PDRectangle box = isLandscape(width, height) ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4;
            PDPage page = new PDPage(box);
            document.addPage(page);
            String title = printable(diagram.getName());
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Maillage");
            float availableW = box.getWidth() - 2 * MARGIN;
            float availableH = box.getHeight() - 2 * MARGIN - TITLE_SPACE;
            scale = Math.min(MAX_SCALE, Math.min(availableW / width, availableH / height));
            // Centred horizontally, at the top under the title.
            originX = (float) (MARGIN + (availableW - width * scale) / 2);
            originY = box.getHeight() - MARGIN - TITLE_SPACE;
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                content = stream;
                text(title, BOLD, TITLE_SIZE, MARGIN, box.getHeight() - MARGIN - TITLE_SIZE, "#00396B", false);
                PaintOrder order = PaintOrder.of(diagram);
                for (DNode node : order.containers()) {
                    node(node);
                }
                for (DEdge edge : diagram.getEdges()) {
                    edge(edge);
                }
                for (DNode node : order.leaves()) {
                    node(node);
                }
                for (DEdge edge : diagram.getEdges()) {
                    edgeLabel(edge);
                }
                if (!options.problems().isEmpty()) {
                    for (DNode node : diagram.getNodes()) {
                        badges(node, options.problems());
                    }
                }
                if (options.hasLegend()) {
                    LegendLayout legend = LegendLayout.of(options.legend());
                    double[] at = legend.besideDiagram(Math.max(diagram.getWidth(), 10),
                            Math.max(diagram.getHeight(), 10));
                    legend(legend, at[0], at[1]);
                }
            }
        }

        /**
         * Draws the problem badge of each node that has problems, depth first, as the SVG does (red disc "!", orange
         * triangle "!", blue disc "i"); paper has no tooltip, so the messages stay in the problems view and the SVG.
         */
        private void badges(DNode node, DiagramProblems problems) throws IOException {
            int severity = problems.severity(node.getSemanticElement());
            if (severity > Diagnostic.OK) {
                ProblemBadge b = ProblemBadge.of(DiagramLayout.absolute(node));
                boolean error = severity >= Diagnostic.ERROR;
                boolean warning = !error && severity >= Diagnostic.WARNING;
                double cx = b.x() + b.size() / 2;
                double r = b.size() / 2;
                content.saveGraphicsState();
                content.setStrokingColor(color("#FFFFFF"));
                content.setLineWidth(len(1));
                content.setNonStrokingColor(color(warning ? "#F0A000" : error ? "#D32F2F" : "#1F6FB2"));
                if (warning) {
                    polygon(cx, b.y(), b.x() + b.size(), b.y() + b.size(), b.x(), b.y() + b.size());
                } else {
                    ellipse(cx, b.y() + r, r, r);
                }
                content.fillAndStroke();
                content.restoreGraphicsState();
                text(error || warning ? "!" : "i", BOLD, len(10), x(cx), y(b.y() + b.size() - 3),
                        warning ? "#000000" : "#FFFFFF", true);
            }
            if (node instanceof DContainer container) {
                for (DNode child : container.getChildren()) {
                    badges(child, problems);
                }
            }
        }

        /** Draws the legend box with its top-left corner at ({@code ax}, {@code ay}), as the SVG draws it. */
        private void legend(LegendLayout legend, double ax, double ay) throws IOException {
            content.saveGraphicsState();
            content.setNonStrokingColor(color("#FFFFFF"));
            content.setStrokingColor(color("#9A9A9A"));
            content.setLineWidth(len(1));
            roundedRect(ax, ay, legend.width(), legend.height(), 4);
            content.fillAndStroke();
            content.restoreGraphicsState();
            text(printable(legend.title()), BOLD, len(LegendLayout.TITLE_SIZE), x(ax + LegendLayout.PADDING),
                    y(ay + legend.titleBaseline()), "#000000", false);
            for (LegendLayout.Row row : legend.rows()) {
                double sx = ax + row.sampleX();
                double sy = ay + row.sampleY();
                if (row.entry().style() instanceof EdgeStyle edge) {
                    double midY = sy + row.sampleHeight() / 2;
                    content.saveGraphicsState();
                    content.setStrokingColor(color(edge.getLineColor()));
                    content.setLineWidth(len(edge.getLineSize()));
                    dash(edge);
                    content.moveTo(x(sx), y(midY));
                    content.lineTo(x(sx + row.sampleWidth()), y(midY));
                    content.stroke();
                    content.setLineDashPattern(new float[0], 0);
                    DPoint tip = point(sx + row.sampleWidth(), midY);
                    DPoint back = point(sx, midY);
                    decorator(edge.getTargetDecorator(), tip, back, edge);
                    decorator(edge.getSourceDecorator(), back, tip, edge);
                    content.restoreGraphicsState();
                } else if (row.entry().style() instanceof NodeStyle node) {
                    shape(node, sx, sy, row.sampleWidth(), row.sampleHeight());
                }
                text(printable(row.entry().label()), REGULAR, len(LegendLayout.FONT_SIZE), x(ax + row.textX()),
                        y(ay + row.baseline()), "#000000", false);
            }
        }

        private static DPoint point(double px, double py) {
            DPoint p = DiagramFactory.eINSTANCE.createDPoint();
            p.setX(px);
            p.setY(py);
            return p;
        }

        private float x(double diagramX) {
            return (float) (originX + diagramX * scale);
        }

        private float y(double diagramY) {
            return (float) (originY - diagramY * scale);
        }

        private float len(double diagramLength) {
            return (float) (diagramLength * scale);
        }

        private void node(DNode node) throws IOException {
            NodeStyle style = node.getStyle();
            double[] b = DiagramLayout.absolute(node);
            double x = b[0];
            double y = b[1];
            double w = b[2];
            double h = b[3];
            shape(style, x, y, w, h);
            List<String> lines = TextMetrics.lines(node.getLabel());
            double lineHeight = TextMetrics.lineHeight(style.getLabelSize());
            double top = style.getLabelPosition() == LabelPosition.TOP || node instanceof DContainer c
                    && !c.getChildren().isEmpty() && style.getLabelPosition() != LabelPosition.CENTER
                            ? y + TextMetrics.PADDING
                            : y + (h - lines.size() * lineHeight) / 2;
            double centerX = x + w / 2;
            PDImageXObject icon = style.getIcon() == null ? null : icon(style.getIcon());
            if (icon != null) {
                Icons.Placement p = Icons.place(lines, centerX, top, style.getLabelSize(), style.isLabelBold(), x);
                content.drawImage(icon, x(p.x()), y(p.y() + p.size()), len(p.size()), len(p.size()));
                centerX = p.textCenterX();
            }
            lines(lines, centerX, top, style, lineHeight);
        }

        /** Draws the node shape of {@code style} in the given box (also the legend's samples). */
        private void shape(NodeStyle style, double x, double y, double w, double h) throws IOException {
            content.saveGraphicsState();
            paint(style.getBackgroundColor(), style.getBorderColor(), style.getBorderSize(), style);
            switch (style.getShape()) {
                case RECTANGLE -> content.addRect(x(x), y(y + h), len(w), len(h));
                case ELLIPSE -> ellipse(x + w / 2, y + h / 2, w / 2, h / 2);
                case DIAMOND -> polygon(x + w / 2, y, x + w, y + h / 2, x + w / 2, y + h, x, y + h / 2);
                case HEXAGON -> {
                    double d = Math.min(h / 2, w / 6);
                    polygon(x + d, y, x + w - d, y, x + w, y + h / 2, x + w - d, y + h, x + d, y + h, x, y + h / 2);
                }
                case NOTE -> {
                    double f = Math.min(12, h / 3);
                    polygon(x, y, x + w - f, y, x + w, y + f, x + w, y + h, x, y + h);
                }
                default -> roundedRect(x, y, w, h, Math.min(10, h / 4));
            }
            fillAndMaybeStroke(style.getBorderSize());
            content.restoreGraphicsState();
        }

        private void lines(List<String> lines, double centerX, double top, Style style, double lineHeight)
                throws IOException {
            PDType1Font font = style.isLabelBold() ? BOLD : REGULAR;
            float size = len(style.getLabelSize());
            for (int i = 0; i < lines.size(); i++) {
                double baseline = top + i * lineHeight + style.getLabelSize();
                text(printable(lines.get(i)), font, size, x(centerX), y(baseline), style.getLabelColor(), true);
            }
        }

        private void text(String text, PDType1Font font, float size, float x, float baseline, String color,
                boolean centred) throws IOException {
            if (text.isEmpty() || size <= 0) {
                return;
            }
            float width = font.getStringWidth(text) / 1000 * size;
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(color(color));
            content.newLineAtOffset(centred ? x - width / 2 : x, baseline);
            content.showText(text);
            content.endText();
        }

        private PDImageXObject icon(String uri) {
            return icons.computeIfAbsent(uri, u -> Icons.bytes(u).map(bytes -> {
                try {
                    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
                    return image == null ? null : LosslessFactory.createFromImage(document, image);
                } catch (IOException e) {
                    // An icon that cannot be read is left out, as the SVG leaves it out.
                    return null;
                }
            }).orElse(null));
        }

        private void edge(DEdge edge) throws IOException {
            List<DPoint> points = edge.getPoints();
            if (points.size() < 2) {
                return;
            }
            EdgeStyle style = edge.getStyle();
            content.saveGraphicsState();
            content.setStrokingColor(color(style.getLineColor()));
            content.setLineWidth(len(style.getLineSize()));
            dash(style);
            content.moveTo(x(points.get(0).getX()), y(points.get(0).getY()));
            for (DPoint p : points.subList(1, points.size())) {
                content.lineTo(x(p.getX()), y(p.getY()));
            }
            content.stroke();
            content.setLineDashPattern(new float[0], 0);
            decorator(style.getTargetDecorator(), points.get(points.size() - 1), points.get(points.size() - 2),
                    style);
            decorator(style.getSourceDecorator(), points.get(0), points.get(1), style);
            content.restoreGraphicsState();
        }

        private void decorator(Decorator decorator, DPoint tip, DPoint from, EdgeStyle style) throws IOException {
            DecoratorGeometry g = decorator == null || decorator == Decorator.NONE ? null
                    : DecoratorGeometry.of(tip, from, style.getLineSize());
            if (g == null) {
                return;
            }
            String line = style.getLineColor();
            switch (decorator) {
                case ARROW -> {
                    content.moveTo(x(g.leftX()), y(g.leftY()));
                    content.lineTo(x(g.tipX()), y(g.tipY()));
                    content.lineTo(x(g.rightX()), y(g.rightY()));
                    content.stroke();
                }
                case FILLED_ARROW -> {
                    content.setNonStrokingColor(color(line));
                    polygon(g.tipX(), g.tipY(), g.leftX(), g.leftY(), g.rightX(), g.rightY());
                    content.fillAndStroke();
                }
                case DIAMOND, FILLED_DIAMOND -> {
                    content.setNonStrokingColor(color(decorator == Decorator.DIAMOND ? "#FFFFFF" : line));
                    polygon(g.tipX(), g.tipY(), g.leftX(), g.leftY(), g.backX(), g.backY(), g.rightX(), g.rightY());
                    content.fillAndStroke();
                }
                case CIRCLE -> {
                    content.setNonStrokingColor(color("#FFFFFF"));
                    ellipse(g.circleX(), g.circleY(), DecoratorGeometry.CIRCLE_RADIUS,
                            DecoratorGeometry.CIRCLE_RADIUS);
                    content.fillAndStroke();
                }
                default -> {
                    // NONE handled above.
                }
            }
        }

        private void edgeLabel(DEdge edge) throws IOException {
            double[] box = TextMetrics.edgeLabelBox(edge);
            if (box == null || edge.getPoints().size() < 2) {
                return;
            }
            EdgeStyle style = edge.getStyle();
            content.saveGraphicsState();
            content.setNonStrokingColor(color("#FFFFFF"));
            roundedRect(box[0], box[1], box[2], box[3], 3);
            content.fill();
            content.restoreGraphicsState();
            lines(TextMetrics.lines(edge.getLabel()), edge.getLabelX(), box[1] + 1, style,
                    TextMetrics.lineHeight(style.getLabelSize()));
        }

        private void paint(String fill, String stroke, int borderSize, Style style) throws IOException {
            content.setNonStrokingColor(color(fill));
            content.setStrokingColor(color(stroke));
            content.setLineWidth(len(Math.max(borderSize, 0)));
            dash(style);
        }

        private void fillAndMaybeStroke(int borderSize) throws IOException {
            if (borderSize > 0) {
                content.fillAndStroke();
            } else {
                content.fill();
            }
        }

        private void dash(Style style) throws IOException {
            LineStyle lineStyle = style.getLineStyle();
            float[] pattern = switch (lineStyle) {
                case DASHED -> new float[] { len(7), len(4) };
                case DOTTED -> new float[] { len(2), len(3) };
                default -> new float[0];
            };
            content.setLineDashPattern(pattern, 0);
        }

        private void polygon(double... xy) throws IOException {
            content.moveTo(x(xy[0]), y(xy[1]));
            for (int i = 2; i < xy.length; i += 2) {
                content.lineTo(x(xy[i]), y(xy[i + 1]));
            }
            content.closePath();
        }

        /** Four Bézier quarter arcs; {@code K} puts the control points where a circle needs them. */
        private void ellipse(double cx, double cy, double rx, double ry) throws IOException {
            final double k = 0.5523;
            content.moveTo(x(cx + rx), y(cy));
            content.curveTo(x(cx + rx), y(cy + k * ry), x(cx + k * rx), y(cy + ry), x(cx), y(cy + ry));
            content.curveTo(x(cx - k * rx), y(cy + ry), x(cx - rx), y(cy + k * ry), x(cx - rx), y(cy));
            content.curveTo(x(cx - rx), y(cy - k * ry), x(cx - k * rx), y(cy - ry), x(cx), y(cy - ry));
            content.curveTo(x(cx + k * rx), y(cy - ry), x(cx + rx), y(cy - k * ry), x(cx + rx), y(cy));
            content.closePath();
        }

        private void roundedRect(double x, double y, double w, double h, double r) throws IOException {
            final double k = 0.5523 * r;
            content.moveTo(x(x + r), y(y));
            content.lineTo(x(x + w - r), y(y));
            content.curveTo(x(x + w - r + k), y(y), x(x + w), y(y + r - k), x(x + w), y(y + r));
            content.lineTo(x(x + w), y(y + h - r));
            content.curveTo(x(x + w), y(y + h - r + k), x(x + w - r + k), y(y + h), x(x + w - r), y(y + h));
            content.lineTo(x(x + r), y(y + h));
            content.curveTo(x(x + r - k), y(y + h), x(x), y(y + h - r + k), x(x), y(y + h - r));
            content.lineTo(x(x), y(y + r));
            content.curveTo(x(x), y(y + r - k), x(x + r - k), y(y), x(x + r), y(y));
            content.closePath();
        }
    }

    /** Colours come from description files: keep only well-formed #RGB/#RRGGBB values, grey otherwise. */
    static java.awt.Color color(String value) {
        if (value != null && value.matches("#[0-9A-Fa-f]{6}")) {
            return new java.awt.Color(Integer.parseInt(value.substring(1), 16));
        }
        if (value != null && value.matches("#[0-9A-Fa-f]{3}")) {
            int r = Integer.parseInt(value.substring(1, 2), 16);
            int g = Integer.parseInt(value.substring(2, 3), 16);
            int b = Integer.parseInt(value.substring(3, 4), 16);
            return new java.awt.Color(r * 17, g * 17, b * 17);
        }
        return new java.awt.Color(0x808080);
    }
}
