/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.internal;

import java.util.List;

/**
 * A sheet as read from a file: headers and cells as French text (numbers with a decimal comma, dates JJ/MM/AAAA),
 * whatever the format they came from, so that one importer reads all formats.
 *
 * @param name the sheet's name (for a CSV file, the file's name without extension)
 * @param headers the first row
 * @param rows the following non-empty rows
 */
public record RawSheet(String name, List<String> headers, List<Row> rows) {

    /**
     * @param number the row's number as the spreadsheet shows it (the header row is 1)
     * @param cells its cells, as many as it has up to its last non-empty one
     */
    public record Row(int number, List<String> cells) {
        /** @return the cell of a column, empty when the row is shorter */
        public String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column) : "";
        }
    }
}
