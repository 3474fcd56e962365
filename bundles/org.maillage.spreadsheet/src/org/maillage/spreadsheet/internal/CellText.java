/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * How values read and write as text in sheets: French conventions (dates JJ/MM/AAAA, decimal comma, no grouping so
 * that a value reads back exactly), and the neutralisation of text a spreadsheet would run as a formula.
 */
public final class CellText {

    /** Date as written in CSV and compared on import. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    /** Dates typed by people: day and month with or without a leading zero; 31/02 is refused, not rounded. */
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private CellText() {
    }

    /**
     * @param text a text cell's content
     * @return true when a spreadsheet would read it as a formula or a command (CSV injection): it starts with
     *         {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return
     */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** @return a decimal with a comma, without trailing zeros nor exponent: {@code 1234,5} */
    public static String decimal(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        return plain.toPlainString().replace('.', ',');
    }

    /** @return the value as text, the French way; empty for {@code null} */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal(decimal);
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof Boolean b) {
            return b ? "Oui" : "Non";
        }
        return value.toString();
    }

    /**
     * Reads a number written the French way or the international way: spaces (also non-breaking) as thousands
     * separators, comma or point as decimal mark, a trailing {@code €} or {@code %}.
     *
     * @return the number, or {@code null} when the text is not one
     */
    public static BigDecimal parseDecimal(String text) {
        String s = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("€", "")
                .replace("%", "").trim();
        if (s.indexOf(',') >= 0) {
            if (s.indexOf('.') >= 0) {
                return null;
            }
            s = s.replace(',', '.');
        }
        if (s.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** @return the date of a text JJ/MM/AAAA or AAAA-MM-JJ (with an optional time after it), or {@code null} */
    public static LocalDate parseDate(String text) {
        String s = text.trim();
        int space = s.indexOf(' ');
        if (space > 0) {
            s = s.substring(0, space);
        }
        int t = s.indexOf('T');
        if (t > 0) {
            s = s.substring(0, t);
        }
        try {
            return s.contains("/") ? LocalDate.parse(s, DAY_MONTH_YEAR)
                    : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** @return the boolean of Oui/Non, Vrai/Faux, true/false, 1/0, or {@code null} */
    public static Boolean parseBoolean(String text) {
        String s = Headers.normalise(text);
        return switch (s) {
            case "oui", "vrai", "true", "1", "x" -> Boolean.TRUE;
            case "non", "faux", "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }
}
