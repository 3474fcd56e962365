/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.maillage.core.persistence.AtomicFileWriter;
import org.maillage.viewpoint.table.Table;

/**
 * Draws a computed {@link Table} as an A4 PDF in vectors: the grid of {@link TableLayout} with every text real
 * (searchable, extractable), the title at the top of every page, the header row repeated on every page when the
 * table is longer than one. The pages are landscape when the table is wider than a portrait page; a table wider than
 * a landscape page is scaled down to its width. Fonts and character replacements are {@link PdfRenderer}'s
 * (Helvetica, WinAnsi, {@link PdfRenderer#printable(String)}: a tick becomes "X", the warning sign of a failed cell
 * "(!)"). Stateless and thread-safe.
 */
public final class TablePdfRenderer {

    private static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private static final java.awt.Color GRID = new java.awt.Color(0xB8C4D0);

    /**
     * @param table the computed table
     * @return the PDF document's bytes
     * @throws IOException when PDFBox cannot write it
     */
    public byte[] render(Table table) throws IOException {
        TableLayout layout = TableLayout.of(table, (text, bold) -> width(text, bold ? PdfRenderer.BOLD
                : PdfRenderer.REGULAR, (float) TableLayout.FONT_SIZE));
        PDRectangle a4 = PDRectangle.A4;
        PDRectangle box = layout.width() > a4.getWidth() - 2 * PdfRenderer.MARGIN
                ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4;
        float availableW = box.getWidth() - 2 * PdfRenderer.MARGIN;
        float scale = (float) Math.min(1, availableW / layout.width());
        float top = box.getHeight() - PdfRenderer.MARGIN - PdfRenderer.TITLE_SPACE;
        String title = PdfRenderer.printable(table.title());
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setCreator("Maillage");
            TableLayout.Row header = layout.rows().get(0);
            PDPageContentStream content = null;
            float y = 0;
            try {
                for (TableLayout.Row row : layout.rows()) {
                    boolean fits = content != null && y - row.height() * scale >= PdfRenderer.MARGIN;
                    if (!fits) {
                        if (content != null) {
                            content.close();
                        }
                        PDPage page = new PDPage(box);
                        document.addPage(page);
                        content = new PDPageContentStream(document, page);
                        text(content, title, PdfRenderer.BOLD, PdfRenderer.TITLE_SIZE, PdfRenderer.MARGIN,
                                box.getHeight() - PdfRenderer.MARGIN - PdfRenderer.TITLE_SIZE, "#00396B");
                        y = top;
                        if (!row.header()) {
                            // Every page starts with the column headers: a long table stays readable page by page.
                            y = row(content, layout, header, y, scale);
                        }
                    }
                    y = row(content, layout, row, y, scale);
                }
            } finally {
                if (content != null) {
                    content.close();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Writes the table as a PDF file, atomically. */
    public void write(Table table, Path file) throws IOException {
        byte[] bytes = render(table);
        AtomicFileWriter.write(file, out -> out.write(bytes));
    }

    /** Draws one row with its top at {@code top} (page points); @return the top of the next row */
    private static float row(PDPageContentStream content, TableLayout layout, TableLayout.Row row, float top,
            float scale) throws IOException {
        float height = (float) row.height() * scale;
        float x = PdfRenderer.MARGIN;
        float size = (float) TableLayout.FONT_SIZE * scale;
        for (int c = 0; c < row.cells().size(); c++) {
            TableLayout.Cell cell = row.cells().get(c);
            float width = (float) layout.columnWidths()[c] * scale;
            String background = cell.failed() ? TableLayout.ERROR_LOOK.background() : cell.look().background();
            content.setNonStrokingColor(background == null ? java.awt.Color.WHITE : PdfRenderer.color(background));
            content.setStrokingColor(GRID);
            content.setLineWidth(0.5f);
            content.addRect(x, top - height, width, height);
            content.fillAndStroke();
            PDType1Font font = cell.failed() ? ITALIC : cell.look().bold() ? PdfRenderer.BOLD : PdfRenderer.REGULAR;
            String foreground = cell.failed() ? TableLayout.ERROR_LOOK.foreground() : cell.look().foreground();
            for (int i = 0; i < cell.lines().size(); i++) {
                float baseline = top - (float) (TableLayout.PADDING + i * TableLayout.LINE_HEIGHT
                        + TableLayout.FONT_SIZE) * scale;
                text(content, PdfRenderer.printable(cell.lines().get(i)), font, size,
                        x + (float) (TableLayout.PADDING + cell.indent()) * scale, baseline,
                        foreground == null ? "#000000" : foreground);
            }
            x += width;
        }
        return top - height;
    }

    private static void text(PDPageContentStream content, String text, PDType1Font font, float size, float x,
            float baseline, String color) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(PdfRenderer.color(color));
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private static double width(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(PdfRenderer.printable(text)) / 1000 * size;
        } catch (IOException | IllegalArgumentException e) {
            // A width that cannot be measured is estimated: the grid must still be drawn.
            return TextMetrics.width(text, size, font == PdfRenderer.BOLD);
        }
    }
}
