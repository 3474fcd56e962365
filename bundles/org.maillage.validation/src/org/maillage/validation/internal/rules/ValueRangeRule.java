/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal.rules;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.maillage.validation.AbstractValidationRule;
import org.maillage.validation.ProblemReporter;
import org.maillage.validation.Severity;
import org.maillage.validation.internal.Messages;

/**
 * A number that the domain bounds (a progress in percent, an amount in euros) but the model type does not: the
 * file, an import or a script can hold -5 % or -3 000 €, which would then skew every total and chart. An unset
 * value ({@code null}) is not checked: it is another problem, or none.
 */
public final class ValueRangeRule extends AbstractValidationRule {

    private final EAttribute attribute;
    private final BigDecimal min;
    private final BigDecimal max;
    private final String messageKey;

    /**
     * @param code the rule's code
     * @param target the class holding the attribute
     * @param attribute a numeric attribute
     * @param min the smallest allowed value
     * @param max the largest allowed value, {@code null} for none
     * @param messageKey the message, given the attribute's name and the value as users read it
     */
    public ValueRangeRule(String code, EClass target, EAttribute attribute, BigDecimal min, BigDecimal max,
            String messageKey) {
        super(code, Severity.ERROR, target);
        this.attribute = attribute;
        this.min = min;
        this.max = max;
        this.messageKey = messageKey;
    }

    @Override
    public void check(EObject object, ProblemReporter reporter) {
        if (!(object.eGet(attribute) instanceof Number number)) {
            return;
        }
        BigDecimal value = number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
        if (value.compareTo(min) < 0 || max != null && value.compareTo(max) > 0) {
            String text = NumberFormat.getNumberInstance(Locale.getDefault()).format(value.stripTrailingZeros());
            reporter.report(object, Messages.get(messageKey, attribute.getName(), text));
        }
    }
}
