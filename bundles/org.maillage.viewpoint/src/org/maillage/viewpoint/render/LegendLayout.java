/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.render;

import java.util.ArrayList;
import java.util.List;

import org.maillage.viewpoint.Legend;
import org.maillage.viewpoint.internal.Messages;

/**
 * Where a {@link Legend}'s box, title, samples and texts go, computed once for every renderer so that the SVG
 * picture and the SWT canvas show the same legend. Coordinates are relative to the legend's top-left corner; the
 * renderers translate them (beside the diagram in exports, in a corner of the canvas in the editor).
 *
 * @param width the box's width
 * @param height the box's height
 * @param title the title (« Légende »), drawn bold at ({@link #PADDING}, {@code titleBaseline})
 * @param titleBaseline see {@code title}
 * @param rows one per entry, in order
 */
public record LegendLayout(double width, double height, String title, double titleBaseline, List<Row> rows) {

    /** Size of the texts. */
    public static final int FONT_SIZE = 11;
    /** Size of the title. */
    public static final int TITLE_SIZE = 12;
    /** Space between the box's border and its content, and between a diagram and its legend. */
    public static final double PADDING = 10;
    private static final double SAMPLE_WIDTH = 40;
    private static final double SAMPLE_HEIGHT = 20;
    private static final double ROW_HEIGHT = 26;
    private static final double INDENT = 14;
    private static final double GAP = 8;

    /**
     * One entry placed.
     *
     * @param entry the entry
     * @param sampleX left of the sample (a box of the entry's shape, or a line across it for edges)
     * @param sampleY top of the sample
     * @param sampleWidth see {@code sampleX}
     * @param sampleHeight see {@code sampleX}
     * @param textX left of the text
     * @param baseline baseline of the text
     */
    public record Row(Legend.Entry entry, double sampleX, double sampleY, double sampleWidth, double sampleHeight,
            double textX, double baseline) {
    }

    /** @return the layout of the legend */
    public static LegendLayout of(Legend legend) {
        String title = Messages.get("legend.title");
        double titleBaseline = PADDING + TITLE_SIZE;
        double y = PADDING + TextMetrics.lineHeight(TITLE_SIZE) + 4;
        double width = PADDING * 2 + TextMetrics.width(title, TITLE_SIZE, true);
        List<Row> rows = new ArrayList<>();
        for (Legend.Entry entry : legend.entries()) {
            double x = PADDING + (entry.conditional() ? INDENT : 0);
            double sampleY = y + (ROW_HEIGHT - SAMPLE_HEIGHT) / 2;
            double textX = x + SAMPLE_WIDTH + GAP;
            rows.add(new Row(entry, x, sampleY, SAMPLE_WIDTH, SAMPLE_HEIGHT, textX,
                    y + ROW_HEIGHT / 2 + FONT_SIZE * 0.35));
            width = Math.max(width, textX + TextMetrics.width(entry.label(), FONT_SIZE, false) + PADDING);
            y += ROW_HEIGHT;
        }
        return new LegendLayout(Math.ceil(width), Math.ceil(y + PADDING), title, titleBaseline, List.copyOf(rows));
    }

    /**
     * Where an export puts the legend: to the right of a diagram taller than wide, below a wide one, never over it.
     *
     * @param diagramWidth the diagram's width
     * @param diagramHeight the diagram's height
     * @return the legend's top-left corner, {x, y}
     */
    public double[] besideDiagram(double diagramWidth, double diagramHeight) {
        if (diagramWidth > diagramHeight * 1.6) {
            return new double[] { PADDING, diagramHeight + PADDING };
        }
        return new double[] { diagramWidth + PADDING, PADDING };
    }
}
