/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * A problem found by a rule: an EMF {@link org.eclipse.emf.common.util.Diagnostic} that also carries the rule's
 * code.
 * <p>
 * {@link #getData()} starts with the offending object (what EMF tools expect, e.g. to select it), followed by
 * related objects when the rule gives some. {@link #getSource()} is {@link ModelValidation#DIAGNOSTIC_SOURCE};
 * {@link #getCode()} is always 0, because codes are strings such as {@code MAILLAGE-CHANTIER-001}: see
 * {@link #getRuleCode()}.
 */
public final class RuleDiagnostic extends BasicDiagnostic {

    private final String ruleCode;

    /**
     * @param severity the severity
     * @param ruleCode the code of the rule that found the problem
     * @param message the complete message, naming the element, in the user's language
     * @param element the offending object
     * @param related other objects involved, in an order the rule documents
     */
    public RuleDiagnostic(Severity severity, String ruleCode, String message, EObject element, Object... related) {
        super(severity.toDiagnostic(), ModelValidation.DIAGNOSTIC_SOURCE, 0, message, data(element, related));
        this.ruleCode = ruleCode;
    }

    private static Object[] data(EObject element, Object[] related) {
        Object[] data = new Object[related.length + 1];
        data[0] = element;
        System.arraycopy(related, 0, data, 1, related.length);
        return data;
    }

    /** @return the rule's code, e.g. {@code MAILLAGE-CHANTIER-001} */
    public String getRuleCode() {
        return ruleCode;
    }

    /** @return the severity as an enum */
    public Severity getSeverityLevel() {
        return Severity.fromDiagnostic(getSeverity());
    }

    /** @return the offending object, the first of {@link #getData()} */
    public EObject getElement() {
        return (EObject) getData().get(0);
    }
}
