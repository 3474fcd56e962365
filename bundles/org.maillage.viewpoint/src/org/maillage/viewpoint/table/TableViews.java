/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.table;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

import org.maillage.core.text.Search;

/**
 * Sort and filter of a table's lines, the same in every view (the workbench editor, tests): view state, not part of
 * the description. Headless.
 */
public final class TableViews {

    private static final Pattern AMOUNT = Pattern.compile("-?[0-9][0-9\\s\\u00a0\\u202f]*(,[0-9]+)?(\\s?\u20ac)?");

    private TableViews() {
    }

    /**
     * @param table the table
     * @param column the column to sort by, or {@code null} for the line headers
     * @return lines by that column's text, as French readers sort (case and accents second); numbers and amounts
     *         ("1 500 €") by value, before texts; empty cells last
     */
    public static Comparator<TableLine> byColumn(Table table, TableColumn column) {
        int index = column == null ? -1 : table.columns().indexOf(column);
        Collator collator = Collator.getInstance(Locale.FRANCE);
        collator.setStrength(Collator.TERTIARY);
        return (a, b) -> compareTexts(text(table, a, index), text(table, b, index), collator);
    }

    private static String text(Table table, TableLine line, int index) {
        return index < 0 ? line.header() : table.cells(line).get(index).text();
    }

    private static int compareTexts(String a, String b, Collator collator) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
        }
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        if (x != null || y != null) {
            return x != null ? -1 : 1;
        }
        return collator.compare(a, b);
    }

    /** @return the value of "1 500,5 €" or "12", or {@code null} for other texts */
    static BigDecimal number(String text) {
        String t = text.strip();
        if (!AMOUNT.matcher(t).matches()) {
            return null;
        }
        String digits = t.replace("\u20ac", "").replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * @param table the table
     * @param line a line
     * @param filter what the user typed; blank keeps every line
     * @return whether the line header or one of its cells contains the filter, ignoring case and accents
     *         ("evreux" finds "Évreux", "EVREUX" too)
     */
    public static boolean matches(Table table, TableLine line, String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String wanted = Search.normalize(filter);
        if (Search.normalize(line.header()).contains(wanted)) {
            return true;
        }
        for (TableCell cell : table.cells(line)) {
            if (Search.normalize(cell.text()).contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
