/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.maillage.core.persistence.AtomicFileWriter;
import org.maillage.viewpoint.table.Table;

/**
 * Draws a computed {@link Table} as a picture with Java2D, headless (no SWT display): the grid of
 * {@link TableLayout}, the header row bold on a tinted background, each cell with its computed background, text
 * colour and weight, cells whose expression failed in italic red on pink (their text starts with ⚠ and gives the
 * reason). What reports embed, and what the table editor prints and copies. The font is Java's logical
 * {@code SansSerif}, which maps to a system font with French accents (DejaVu Sans on Linux, Arial on Windows).
 * Stateless and thread-safe.
 */
public final class TablePngRenderer {

    /** Largest image produced, in pixels (width x height): a huge table is drawn at a lower resolution. */
    public static final long MAX_PIXELS = 60_000_000L;
    private static final Color GRID = new Color(0xB8C4D0);

    /**
     * @param table the computed table
     * @param scale pixels per point, e.g. 2 for a sharp print
     * @return the picture of the table (without its title, which reports and pages set above it)
     */
    public BufferedImage image(Table table, double scale) {
        Font regular = new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) TableLayout.FONT_SIZE);
        Font bold = regular.deriveFont(Font.BOLD);
        Font italic = regular.deriveFont(Font.ITALIC);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D measuring = probe.createGraphics();
        measuring.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        FontMetrics regularMetrics = measuring.getFontMetrics(regular);
        FontMetrics boldMetrics = measuring.getFontMetrics(bold);
        TableLayout layout = TableLayout.of(table, (text, isBold) -> (isBold ? boldMetrics : regularMetrics)
                .getStringBounds(text, measuring).getWidth());
        measuring.dispose();
        double width = layout.width() + 2;
        double height = layout.height() + 2;
        double s = Math.min(scale, Math.sqrt(MAX_PIXELS / (width * height)));
        BufferedImage image = new BufferedImage((int) Math.ceil(width * s), (int) Math.ceil(height * s),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(s, s);
            g.translate(1, 1);
            g.setStroke(new BasicStroke(0.6f));
            double y = 0;
            for (TableLayout.Row row : layout.rows()) {
                double x = 0;
                for (int c = 0; c < row.cells().size(); c++) {
                    TableLayout.Cell cell = row.cells().get(c);
                    double w = layout.columnWidths()[c];
                    String background = cell.failed() ? TableLayout.ERROR_LOOK.background() : cell.look().background();
                    g.setColor(background == null ? Color.WHITE : PdfRenderer.color(background));
                    g.fill(new java.awt.geom.Rectangle2D.Double(x, y, w, row.height()));
                    g.setColor(GRID);
                    g.draw(new java.awt.geom.Rectangle2D.Double(x, y, w, row.height()));
                    String foreground = cell.failed() ? TableLayout.ERROR_LOOK.foreground()
                            : cell.look().foreground();
                    g.setColor(foreground == null ? Color.BLACK : PdfRenderer.color(foreground));
                    g.setFont(cell.failed() ? italic : cell.look().bold() ? bold : regular);
                    for (int i = 0; i < cell.lines().size(); i++) {
                        double baseline = y + TableLayout.PADDING + i * TableLayout.LINE_HEIGHT
                                + TableLayout.FONT_SIZE;
                        g.drawString(cell.lines().get(i), (float) (x + TableLayout.PADDING + cell.indent()),
                                (float) baseline);
                    }
                    x += w;
                }
                y += row.height();
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** @return the picture as PNG bytes */
    public byte[] png(Table table, double scale) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image(table, scale), "png", bytes)) {
            throw new IOException("PNG");
        }
        return bytes.toByteArray();
    }

    /** Writes the table as a PNG file, atomically. */
    public void write(Table table, Path file, double scale) throws IOException {
        byte[] bytes = png(table, scale);
        AtomicFileWriter.write(file, out -> out.write(bytes));
    }
}
