/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.render;

import java.util.ArrayList;
import java.util.List;

import org.maillage.viewpoint.table.CellLook;
import org.maillage.viewpoint.table.Table;
import org.maillage.viewpoint.table.TableCell;
import org.maillage.viewpoint.table.TableColumn;
import org.maillage.viewpoint.table.TableLine;

/**
 * Where a computed {@link Table}'s cells go on paper or in a picture, computed once for every renderer (PNG for
 * reports, clipboard and print; PDF) so that they show the same grid: a header row (the corner header and the column
 * headers, bold), then one row per line, the line header first (indented by depth). Column widths follow their
 * longest text, up to {@link #MAX_COLUMN_WIDTH}; longer texts are wrapped on words. Units are points at
 * {@link #FONT_SIZE}; the renderer measures text with its own font ({@link Measure}).
 *
 * @param columnWidths the width of each column, the line headers' column first
 * @param rows the header row first, then one per table line
 */
public record TableLayout(double[] columnWidths, List<Row> rows) {

    /** Size of the texts, in points. */
    public static final double FONT_SIZE = 9;
    /** Space between a cell's border and its text. */
    public static final double PADDING = 4;
    /** Line height of the texts. */
    public static final double LINE_HEIGHT = FONT_SIZE * 1.3;
    /** A column is never wider than this: its texts are wrapped instead. */
    public static final double MAX_COLUMN_WIDTH = 180;
    /** Indentation of a sub-line's header, per level. */
    private static final double INDENT = 10;
    /** Background of the header row, the colour of the ARS headers in reports. */
    public static final String HEADER_BACKGROUND = "#E4ECF4";
    /** Look of a cell whose expression failed: never blank, marked in red. */
    public static final CellLook ERROR_LOOK = new CellLook("#FDE7E7", "#B00020", false);

    /** How a renderer measures a text in its font at {@link #FONT_SIZE}. */
    @FunctionalInterface
    public interface Measure {
        /** @return the width of {@code text}, in points */
        double width(String text, boolean bold);
    }

    /**
     * One cell placed.
     *
     * @param lines the text, wrapped to the column
     * @param look its colours and weight (the header row is bold on {@link #HEADER_BACKGROUND})
     * @param failed whether its expression failed (drawn with {@link #ERROR_LOOK}'s colours, in italic)
     * @param indent space before the text (sub-lines' headers)
     */
    public record Cell(List<String> lines, CellLook look, boolean failed, double indent) {
    }

    /**
     * One row.
     *
     * @param cells one per column, the line header first
     * @param height its height
     * @param header whether it is the header row (repeated on every page)
     */
    public record Row(List<Cell> cells, double height, boolean header) {
    }

    /** @return the grid of {@code table}, texts measured with {@code measure} */
    public static TableLayout of(Table table, Measure measure) {
        List<List<Cell>> raw = new ArrayList<>();
        List<Cell> header = new ArrayList<>();
        CellLook headerLook = new CellLook(HEADER_BACKGROUND, null, true);
        header.add(new Cell(List.of(text(table.cornerHeader())), headerLook, false, 0));
        for (TableColumn column : table.columns()) {
            header.add(new Cell(List.of(text(column.header())), headerLook, false, 0));
        }
        raw.add(header);
        for (TableLine line : table.lines()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(cell(line.header(), line.look(), line.error() != null, line.depth() * INDENT));
            for (TableCell cell : table.cells(line)) {
                cells.add(cell(cell.text(), cell.look(), cell.failed(), 0));
            }
            raw.add(cells);
        }
        int count = table.columns().size() + 1;
        double[] widths = new double[count];
        for (List<Cell> cells : raw) {
            for (int c = 0; c < count && c < cells.size(); c++) {
                Cell cell = cells.get(c);
                for (String text : cell.lines()) {
                    double w = measure.width(text, cell.look().bold()) + cell.indent() + 2 * PADDING;
                    widths[c] = Math.max(widths[c], Math.min(w, MAX_COLUMN_WIDTH));
                }
            }
        }
        for (int c = 0; c < count; c++) {
            widths[c] = Math.ceil(Math.max(widths[c], 2 * PADDING + FONT_SIZE));
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < raw.size(); r++) {
            List<Cell> wrapped = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < count; c++) {
                Cell cell = c < raw.get(r).size() ? raw.get(r).get(c) : new Cell(List.of(""), CellLook.PLAIN, false, 0);
                double room = widths[c] - 2 * PADDING - cell.indent();
                List<String> text = wrap(cell.lines().get(0), room, cell.look().bold(), measure);
                wrapped.add(new Cell(text, cell.look(), cell.failed(), cell.indent()));
                lines = Math.max(lines, text.size());
            }
            rows.add(new Row(List.copyOf(wrapped), Math.ceil(lines * LINE_HEIGHT + 2 * PADDING), r == 0));
        }
        return new TableLayout(widths, List.copyOf(rows));
    }

    /** @return the width of the whole grid */
    public double width() {
        double sum = 0;
        for (double w : columnWidths) {
            sum += w;
        }
        return sum;
    }

    /** @return the height of the whole grid */
    public double height() {
        return rows.stream().mapToDouble(Row::height).sum();
    }

    private static Cell cell(String text, CellLook look, boolean failed, double indent) {
        return new Cell(List.of(text(text)), look == null ? CellLook.PLAIN : look, failed, indent);
    }

    private static String text(String text) {
        return text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
    }

    /** Greedy word wrap; a word longer than the room is cut where it overflows. */
    static List<String> wrap(String text, double room, boolean bold, Measure measure) {
        if (measure.width(text, bold) <= room) {
            return List.of(text);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (measure.width(candidate, bold) <= room || current.isEmpty() && word.length() <= 1) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            String rest = word;
            while (rest.length() > 1 && measure.width(rest, bold) > room) {
                int cut = rest.length() - 1;
                while (cut > 1 && measure.width(rest.substring(0, cut), bold) > room) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return List.copyOf(lines);
    }
}
