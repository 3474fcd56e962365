/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a table of texts (a viewpoint table, whose cells are labels computed by expressions) into a typed sheet:
 * a column whose every non-empty cell reads as an amount in euros, a percentage, a number or a date becomes a column
 * of that kind, so that a spreadsheet sums, sorts and filters it; any other column stays text. A whole column, not a
 * cell: one column with numbers and texts mixed would sort and sum wrongly in a spreadsheet.
 */
public final class TextTables {

    /**
     * Numbers as Maillage's labels write them (French grouping by spaces, decimal comma, {@code vp:euros}), with no
     * leading zero: {@code 01001} is an INSEE code and {@code 1.2} a fiche's number, they stay text.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "-?(0|[1-9]\\d{0,2}([ \u00a0\u202f]\\d{3})+|[1-9]\\d*)(,\\d+)?([ \u00a0\u202f]?[€%])?");

    private static final Pattern DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

    private TextTables() {
    }

    /**
     * @param name the sheet's name
     * @param headers the column headers
     * @param rows the rows, one text per column ({@code null} or empty for an empty cell)
     * @return the sheet, each column typed by its cells
     */
    public static SheetData sheet(String name, List<String> headers, List<List<String>> rows) {
        List<Column> columns = new ArrayList<>();
        List<Object[]> values = new ArrayList<>();
        for (List<String> row : rows) {
            values.add(new Object[headers.size()]);
        }
        for (int c = 0; c < headers.size(); c++) {
            Column.Kind kind = kind(rows, c);
            columns.add(new Column(headers.get(c), kind, null, 0));
            for (int r = 0; r < rows.size(); r++) {
                String text = c < rows.get(r).size() ? rows.get(r).get(c) : null;
                values.get(r)[c] = text == null || text.isBlank() ? null : value(kind, text);
            }
        }
        return new SheetData(sheetName(name), columns, values);
    }

    private static Column.Kind kind(List<List<String>> rows, int c) {
        Column.Kind kind = null;
        for (List<String> row : rows) {
            String text = c < row.size() ? row.get(c) : null;
            if (text == null || text.isBlank()) {
                continue;
            }
            Column.Kind cell = kindOf(text.strip());
            if (kind == null) {
                kind = cell;
            } else if (kind != cell) {
                return Column.Kind.TEXT;
            }
            if (kind == Column.Kind.TEXT) {
                return kind;
            }
        }
        return kind == null ? Column.Kind.TEXT : kind;
    }

    private static Column.Kind kindOf(String text) {
        String s = text.replace('\u2212', '-');
        if (DATE.matcher(s).matches()) {
            return CellText.parseDate(s) != null ? Column.Kind.DATE : Column.Kind.TEXT;
        }
        if (!NUMBER.matcher(s).matches()) {
            return Column.Kind.TEXT;
        }
        return s.endsWith("€") ? Column.Kind.EURO : s.endsWith("%") ? Column.Kind.PERCENT : Column.Kind.DECIMAL;
    }

    private static Object value(Column.Kind kind, String text) {
        String s = text.strip().replace('\u2212', '-');
        return switch (kind) {
            case DATE -> {
                LocalDate date = CellText.parseDate(s);
                yield date == null ? text : date;
            }
            case EURO, PERCENT, DECIMAL -> {
                BigDecimal number = CellText.parseDecimal(s);
                yield number == null ? text : number;
            }
            default -> text;
        };
    }

    /**
     * @return a name every spreadsheet accepts for a sheet: without {@code [ ] : * ? / \}, not starting or ending
     *         with an apostrophe, at most 31 characters (Excel's limit), never empty
     */
    static String sheetName(String name) {
        String s = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("\\s+", " ").strip();
        s = s.replaceAll("^'+|'+$", "").strip();
        if (s.length() > 31) {
            s = s.substring(0, 31).strip();
        }
        return s.isEmpty() ? "Tableau" : s;
    }
}
