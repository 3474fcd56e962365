/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.data;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.maillage.model.plan.StatutChantier;

/**
 * French wording of values in report rows: the reports are French documents for the CTS, whatever the language of
 * the person who runs them. Enumeration labels come from {@code labels.properties} in this package.
 */
final class Formats {

    private static final Locale FRENCH = Locale.FRANCE;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", FRENCH);

    private Formats() {
    }

    /** @return the French label of a literal, e.g. "En retard"; empty for {@code null} */
    static String label(Enumerator literal) {
        if (literal == null) {
            return "";
        }
        ResourceBundle labels = ResourceBundle.getBundle("org.maillage.report.data.labels", Locale.ROOT,
                Formats.class.getClassLoader());
        String key = literal.getClass().getSimpleName() + '.' + literal.getName();
        return labels.containsKey(key) ? labels.getString(key) : literal.getLiteral();
    }

    static String statut(StatutChantier statut) {
        return label(statut);
    }

    /** @return e.g. "20 juin 2024"; empty for {@code null} */
    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** @return e.g. "1 234,5" */
    static String nombre(Number value) {
        return value == null ? "" : printable(NumberFormat.getNumberInstance(FRENCH).format(value));
    }

    /** @return e.g. "30 000 €" */
    static String euros(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(FRENCH);
        format.setMaximumFractionDigits(2);
        return printable(format.format(value)) + "\u00a0€";
    }

    /**
     * Java's French grouping separator is a narrow no-break space (U+202F), which the PDF emitter's standard fonts
     * (WinAnsi) lack: the PDF then names a font viewers may not have, and the digits' separator disappears. A plain
     * no-break space reads the same and is in every font.
     */
    static String printable(String number) {
        return number.replace('\u202f', '\u00a0');
    }

    /** @return the items' texts joined with ", " */
    static <T> String join(Collection<? extends T> items, Function<? super T, String> text) {
        return items.stream().map(text).filter(s -> s != null && !s.isEmpty()).collect(Collectors.joining(", "));
    }
}
