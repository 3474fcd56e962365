/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import org.eclipse.emf.ecore.EObject;
import org.maillage.validation.RuleDiagnostic;
import org.maillage.validation.Severity;

/**
 * One row of the problems view: a diagnostic of the validation rules, on the element of the roadmap shown.
 *
 * @param severity its severity
 * @param element the element of the roadmap shown (not of the copy the validation ran on)
 * @param message the rule's message, in the user's language
 * @param ruleCode the rule's code, e.g. {@code MAILLAGE-CHANTIER-001}
 */
public record Problem(Severity severity, EObject element, String message, String ruleCode) {

    /** @return the problem as the validation API gives it, e.g. to ask for its quick fixes */
    public RuleDiagnostic diagnostic() {
        return new RuleDiagnostic(severity, ruleCode, message, element);
    }
}
