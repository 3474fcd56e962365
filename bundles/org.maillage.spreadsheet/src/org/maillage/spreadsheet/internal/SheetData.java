/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.internal;

import java.util.List;

/**
 * A sheet ready to be written: its columns and its rows of typed values ({@link Column#value}).
 *
 * @param name the sheet's name
 * @param columns the columns
 * @param rows one array of values per row, in column order
 */
public record SheetData(String name, List<Column> columns, List<Object[]> rows) {

    /** @return the width of each column in characters: its longest text, between 8 and 60 */
    public int[] widths() {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.max(8, columns.get(c).header().length() + 2);
        }
        // The first rows are enough to size the columns; a huge sheet is not read twice.
        for (Object[] row : rows.subList(0, Math.min(rows.size(), 500))) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], CellText.format(row[c]).length() + 2);
            }
        }
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.min(widths[c], 60);
        }
        return widths;
    }
}
