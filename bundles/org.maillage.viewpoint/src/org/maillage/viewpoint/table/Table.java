/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.table;

import java.util.List;
import java.util.Map;

import org.maillage.viewpoint.ExpressionDiagnostic;
import org.maillage.viewpoint.model.description.TableDescription;

/**
 * A table computed from a {@link TableDescription} on a roadmap element: lines, columns and a cell at each
 * crossing. Immutable; a refresh gives a new one. Never saved: a table is recomputed whenever it is shown.
 */
public final class Table {

    private final TableDescription description;
    private final String title;
    private final String cornerHeader;
    private final List<TableLine> lines;
    private final List<TableColumn> columns;
    private final Map<TableLine, List<TableCell>> cells;
    private final List<ExpressionDiagnostic> diagnostics;

    /**
     * @param description what it was computed from
     * @param title its title
     * @param cornerHeader the header of the line headers' column
     * @param lines the lines, in order
     * @param columns the columns, in order
     * @param cells per line, one cell per column in column order
     * @param diagnostics the expressions that failed, one per description element, expression and message
     */
    public Table(TableDescription description, String title, String cornerHeader, List<TableLine> lines,
            List<TableColumn> columns, Map<TableLine, List<TableCell>> cells, List<ExpressionDiagnostic> diagnostics) {
        this.description = description;
        this.title = title;
        this.cornerHeader = cornerHeader;
        this.lines = List.copyOf(lines);
        this.columns = List.copyOf(columns);
        this.cells = Map.copyOf(cells);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** @return the description the table was computed from */
    public TableDescription description() {
        return description;
    }

    /** @return the title (title expression, or the description's label) */
    public String title() {
        return title;
    }

    /** @return the header of the first column, the one holding the line headers (the first line mapping's label) */
    public String cornerHeader() {
        return cornerHeader;
    }

    /** @return the lines, in description order */
    public List<TableLine> lines() {
        return lines;
    }

    /** @return the columns after the line headers, in description order */
    public List<TableColumn> columns() {
        return columns;
    }

    /** @return the cells of a line, in column order */
    public List<TableCell> cells(TableLine line) {
        return cells.getOrDefault(line, List.of());
    }

    /** @return the cell of a line and a column */
    public TableCell cell(TableLine line, TableColumn column) {
        return cells(line).get(columns.indexOf(column));
    }

    /** @return the expressions that failed in this refresh (French messages); empty when all went well */
    public List<ExpressionDiagnostic> diagnostics() {
        return diagnostics;
    }
}
