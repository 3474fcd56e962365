/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates as users read and type them in forms, tables, the dashboard, the explorer and dialogs: JJ/MM/AAAA. One
 * formatter, so that no view falls back to the ISO form of the files (AAAA-MM-JJ). Prose (reports, sentences)
 * may spell the month out; the command line keeps ISO dates for scripts.
 */
public final class Dates {

    /** JJ/MM/AAAA, strict: 31/02 is refused rather than turned into 28/02. */
    public static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    /**
     * @param date a date, or {@code null}
     * @return it as JJ/MM/AAAA, empty for {@code null}
     */
    public static String format(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    /**
     * @param text a date as typed: JJ/MM/AAAA, or AAAA-MM-JJ for users who type the files' form
     * @return the date
     * @throws DateTimeParseException when it is neither
     */
    public static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text, SHORT);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(text);
        }
    }
}
