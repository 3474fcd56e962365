/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.render;

import java.util.ArrayList;
import java.util.List;

import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.EdgeStyle;

/**
 * Label wrapping and size estimates shared by the refresh (node sizes), the layout and the renderers, so that a
 * label fits the box it was measured for without a font system (headless, no AWT). The estimates are those of a
 * sans-serif font; every renderer (SVG here, the SWT canvas of the diagram editor) draws with these line breaks,
 * which is why they are API.
 */
public final class TextMetrics {

    /** Longest line, in characters, before a label wraps. */
    public static final int MAX_LINE_CHARS = 28;
    /** Inner margin of a node around its label. */
    public static final double PADDING = 8;

    private TextMetrics() {
    }

    /** @return the label cut into lines of at most {@link #MAX_LINE_CHARS} characters, at spaces when possible */
    public static List<String> lines(String label) {
        List<String> lines = new ArrayList<>();
        if (label == null || label.isEmpty()) {
            return lines;
        }
        for (String paragraph : label.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > MAX_LINE_CHARS) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (word.length() > MAX_LINE_CHARS) {
                    lines.add(word.substring(0, MAX_LINE_CHARS));
                    word = word.substring(MAX_LINE_CHARS);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /** @return the estimated width of a line of text at the given font size */
    public static double width(String text, double fontSize, boolean bold) {
        return text.length() * fontSize * (bold ? 0.62 : 0.56);
    }

    /** @return the height of one line of text at the given font size */
    public static double lineHeight(double fontSize) {
        return Math.ceil(fontSize * 1.3);
    }

    /** @return the widest line of the label */
    public static double blockWidth(List<String> lines, double fontSize, boolean bold) {
        double max = 0;
        for (String line : lines) {
            max = Math.max(max, width(line, fontSize, bold));
        }
        return max;
    }

    /**
     * The box of an edge's label at its current centre: the router keeps it off the nodes and every renderer draws
     * its white background there, so both must use this one geometry.
     *
     * @return x, y, width, height of the label box, or {@code null} when the edge has no label
     */
    public static double[] edgeLabelBox(DEdge edge) {
        if (edge.getLabel() == null || edge.getLabel().isEmpty() || edge.getStyle() == null) {
            return null;
        }
        EdgeStyle style = edge.getStyle();
        List<String> lines = lines(edge.getLabel());
        double w = blockWidth(lines, style.getLabelSize(), style.isLabelBold()) + 6;
        double h = lines.size() * lineHeight(style.getLabelSize()) + 2;
        return new double[] { edge.getLabelX() - w / 2, edge.getLabelY() - h / 2, w, h };
    }
}
