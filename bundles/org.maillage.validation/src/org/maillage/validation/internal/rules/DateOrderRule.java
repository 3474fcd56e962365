/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.maillage.validation.AbstractValidationRule;
import org.maillage.validation.ProblemReporter;
import org.maillage.validation.Severity;
import org.maillage.validation.internal.Messages;

/**
 * A start that must not come after an end: two dates ({@code LocalDate}) or two years ({@code int}) of one
 * element. Nothing is checked while either is unknown: {@code null}, or 0 for a year (EMF's default for an unset
 * {@code int}), because a plan being written often has one and not yet the other.
 */
public final class DateOrderRule extends AbstractValidationRule {

    private final EAttribute start;
    private final EAttribute end;

    /**
     * @param code the rule's code
     * @param target the class holding both attributes
     * @param start the attribute that must not be later
     * @param end the attribute that must not be earlier
     */
    public DateOrderRule(String code, EClass target, EAttribute start, EAttribute end) {
        super(code, Severity.ERROR, target);
        this.start = start;
        this.end = end;
    }

    @Override
    public void check(EObject object, ProblemReporter reporter) {
        Object from = object.eGet(start);
        Object to = object.eGet(end);
        if (known(from) && known(to) && compare(from, to) > 0) {
            reporter.report(object, Messages.get("rule.dates", start.getName(), text(from), end.getName(), text(to)));
        }
    }

    private static boolean known(Object value) {
        return value != null && !(value instanceof Integer year && year.intValue() == 0);
    }

    @SuppressWarnings("unchecked")
    private static int compare(Object from, Object to) {
        return ((Comparable<Object>) from).compareTo(to);
    }

    /** Dates as users read them (« 1 juin 2025 »); years without a thousands separator. */
    private static String text(Object value) {
        if (value instanceof LocalDate date) {
            Locale locale = Locale.getDefault();
            return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        }
        return String.valueOf(value);
    }
}
