/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.edit.ui.internal.Messages;
import org.maillage.model.financement.FinancementPackage;
import org.maillage.model.plan.PlanPackage;

/**
 * Text typed by a user, turned into the value of an attribute, and back: the one place where forms and the
 * Properties view agree on how dates and numbers are written (French style: {@code 24/11/2026}, {@code 1 234,5}).
 * <p>
 * Input that is not a value of the attribute's type is refused with a message in the user's language saying what
 * is expected; the caller shows it and keeps the text, so that nothing typed is lost silently. The model's own
 * data type constraints (through the {@link Diagnostician}) are checked too.
 */
public final class PropertyValues {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

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
            return FRENCH_DATE.format(date);
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
            return LocalDate.parse(text, FRENCH_DATE);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException iso) {
                throw new IllegalArgumentException(Messages.get("value.notDate", text), iso);
            }
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
