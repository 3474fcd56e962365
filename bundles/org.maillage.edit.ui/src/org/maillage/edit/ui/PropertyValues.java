/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.MissingResourceException;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.core.text.Dates;
import org.maillage.edit.ui.internal.Messages;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.financement.FinancementPackage;
import org.maillage.model.plan.PlanPackage;
import org.maillage.model.provider.MaillageEditPlugin;

/**
 * Text typed by a user, turned into the value of an attribute, and back: the one place where forms and the
 * Properties view agree on how dates and numbers are written (French style: {@code 24/11/2026}, {@code 1 234,5}).
 * <p>
 * Input that is not a value of the attribute's type is refused with a message in the user's language saying what
 * is expected; the caller shows it and keeps the text, so that nothing typed is lost silently. The model's own
 * data type constraints (through the {@link Diagnostician}) are checked too.
 */
public final class PropertyValues {

    private PropertyValues() {
    }

    /**
     * @param attribute a single-valued attribute with a data type
     * @param value its value, may be {@code null}
     * @return the text to show for it, empty for {@code null}
     */
    public static String toText(EAttribute attribute, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return Dates.format(date);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString().replace('.', ',');
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString()
                    .replace('.', ',');
        }
        if (value instanceof String text) {
            return text;
        }
        return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
    }

    /**
     * Reads the value typed for an attribute.
     *
     * @param attribute a single-valued attribute with a data type
     * @param text what the user typed
     * @return the value; {@code null} for an empty text when the attribute may be unset
     * @throws IllegalArgumentException with a message for the user (in their language) when the text is not a value
     *             of the attribute
     */
    public static Object parse(EAttribute attribute, String text) {
        EDataType type = attribute.getEAttributeType();
        Class<?> kind = type.getInstanceClass();
        String trimmed = text == null ? "" : text.strip();
        if (kind == String.class) {
            return text == null || text.isEmpty() ? null : text;
        }
        if (trimmed.isEmpty()) {
            if (kind != null && kind.isPrimitive()) {
                throw new IllegalArgumentException(Messages.get("value.required"));
            }
            return null;
        }
        Object value = convert(type, kind, trimmed);
        check(type, value);
        checkRange(attribute, value, trimmed);
        return value;
    }

    /**
     * The bounds the domain gives and the model type does not (the validation rules MAILLAGE-CHANTIER-005 and
     * MAILLAGE-FIN-003 report them in files): refused at typing, so that -5 % never reaches the model.
     */
    private static void checkRange(EAttribute attribute, Object value, String text) {
        if (attribute == PlanPackage.Literals.CHANTIER__AVANCEMENT && value instanceof Integer percent
                && (percent < 0 || percent > 100)) {
            throw new IllegalArgumentException(Messages.get("value.notPercent", text));
        }
        if (attribute == FinancementPackage.Literals.FINANCEMENT__MONTANT && value instanceof BigDecimal amount
                && amount.signum() < 0) {
            throw new IllegalArgumentException(Messages.get("value.negative", text));
        }
    }

    /** Dates of one element that must be in order, as the rules MAILLAGE-DATES-001, -002 and -005 check in files. */
    private static final List<EAttribute[]> ORDERED_DATES = List.of(
            new EAttribute[] { DispositifPackage.Literals.DISPOSITIF__DEBUT,
                DispositifPackage.Literals.DISPOSITIF__FIN },
            new EAttribute[] { PlanPackage.Literals.CHANTIER__DEBUT, PlanPackage.Literals.CHANTIER__ECHEANCE },
            new EAttribute[] { DispositifPackage.Literals.CLS__DATE_SIGNATURE,
                DispositifPackage.Literals.DISPOSITIF__FIN });

    /**
     * Checks a date against the other date of its pair on the same element (a CLS's début and fin): a fin before
     * the début is refused at typing, as a progress of 150 % is.
     *
     * @param owner the element edited
     * @param attribute the attribute being set
     * @param value the value read by {@link #parse}
     * @return {@code null} when the order holds (or the other date is unknown), else the message saying why not
     */
    public static String checkOrder(EObject owner, EAttribute attribute, Object value) {
        if (!(value instanceof LocalDate date)) {
            return null;
        }
        for (EAttribute[] pair : ORDERED_DATES) {
            if (!pair[0].getEContainingClass().isSuperTypeOf(owner.eClass())
                    || !pair[1].getEContainingClass().isSuperTypeOf(owner.eClass())) {
                continue;
            }
            if (attribute == pair[0] && owner.eGet(pair[1]) instanceof LocalDate end && date.isAfter(end)) {
                return Messages.get("value.afterEnd", Dates.format(date), featureName(pair[1]), Dates.format(end));
            }
            if (attribute == pair[1] && owner.eGet(pair[0]) instanceof LocalDate start && date.isBefore(start)) {
                return Messages.get("value.beforeStart", Dates.format(date), featureName(pair[0]),
                        Dates.format(start));
            }
        }
        return null;
    }

    /** @return the property's name as the forms show it ("Début"), from the model's edit bundle */
    private static String featureName(EAttribute attribute) {
        try {
            return MaillageEditPlugin.INSTANCE.getString("_UI_" + attribute.getEContainingClass().getName() + "_"
                    + attribute.getName() + "_feature");
        } catch (MissingResourceException e) {
            return attribute.getName();
        }
    }

    /**
     * @param attribute a single-valued attribute with a data type
     * @param text what the user typed
     * @return {@code null} when the text is a valid value, else the message saying why not
     */
    public static String validate(EAttribute attribute, String text) {
        try {
            parse(attribute, text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static Object convert(EDataType type, Class<?> kind, String text) {
        String number = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(',', '.');
        try {
            if (kind == int.class || kind == Integer.class) {
                return Integer.valueOf(number);
            }
            if (kind == long.class || kind == Long.class) {
                return Long.valueOf(number);
            }
            if (kind == short.class || kind == Short.class) {
                return Short.valueOf(number);
            }
            if (kind == BigInteger.class) {
                return new BigInteger(number);
            }
            if (kind == BigDecimal.class) {
                return new BigDecimal(number);
            }
            if (kind == double.class || kind == Double.class) {
                return Double.valueOf(number);
            }
            if (kind == float.class || kind == Float.class) {
                return Float.valueOf(number);
            }
        } catch (NumberFormatException e) {
            boolean whole = kind != BigDecimal.class && kind != double.class && kind != Double.class
                    && kind != float.class && kind != Float.class;
            throw new IllegalArgumentException(Messages.get(whole ? "value.notInteger" : "value.notNumber", text), e);
        }
        if (kind == LocalDate.class) {
            return parseDate(text);
        }
        if (kind == boolean.class || kind == Boolean.class) {
            return switch (text.toLowerCase(java.util.Locale.ROOT)) {
                case "oui", "vrai", "true", "yes" -> Boolean.TRUE;
                case "non", "faux", "false", "no" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(Messages.get("value.notBoolean", text));
            };
        }
        try {
            return EcoreUtil.createFromString(type, text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(Messages.get("value.invalid", text, type.getName()), e);
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return Dates.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Messages.get("value.notDate", text), e);
        }
    }

    private static void check(EDataType type, Object value) {
        BasicDiagnostic diagnostics = new BasicDiagnostic();
        if (!Diagnostician.INSTANCE.validate(type, value, diagnostics, Diagnostician.INSTANCE.createDefaultContext())) {
            String message = diagnostics.getChildren().stream().map(Diagnostic::getMessage).findFirst()
                    .orElse(Messages.get("value.invalid", value, type.getName()));
            throw new IllegalArgumentException(message);
        }
    }
}
