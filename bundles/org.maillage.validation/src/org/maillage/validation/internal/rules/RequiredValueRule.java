/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal.rules;

import java.util.Collection;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.maillage.validation.AbstractValidationRule;
import org.maillage.validation.ProblemReporter;
import org.maillage.validation.Severity;
import org.maillage.validation.internal.Messages;

/**
 * A feature that must have a value, when a condition holds: a reference set, a text not blank, a list not empty.
 * The metamodel keeps these features optional (lower bound 0) on purpose, so that a roadmap can be saved while
 * it is being written; validation says what is still missing.
 */
public final class RequiredValueRule extends AbstractValidationRule {

    private final EStructuralFeature feature;
    private final Predicate<EObject> applies;
    private final String messageKey;

    /**
     * @param code the rule's code
     * @param severity the severity
     * @param target the class holding the feature
     * @param feature the feature that must have a value
     * @param applies when the value is required; objects for which it is false are not checked
     * @param messageKey the key of the message in {@code messages.properties}
     */
    public RequiredValueRule(String code, Severity severity, EClass target, EStructuralFeature feature,
            Predicate<EObject> applies, String messageKey) {
        super(code, severity, target);
        this.feature = feature;
        this.applies = applies;
        this.messageKey = messageKey;
    }

    @Override
    public void check(EObject object, ProblemReporter reporter) {
        if (applies.test(object) && missing(object.eGet(feature))) {
            reporter.report(object, Messages.get(messageKey));
        }
    }

    private static boolean missing(Object value) {
        return value == null || value instanceof String text && text.isBlank()
                || value instanceof Collection<?> list && list.isEmpty();
    }
}
