/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.maillage.validation.internal.Labels;
import org.maillage.validation.internal.Messages;

/**
 * What a rule reports problems to, for one rule and one validation run.
 * <p>
 * The reporter turns a short message (« pas de pilote ») into a {@link RuleDiagnostic} with the rule's code and
 * severity and a message that names the element by its kind and name (« Chantier « Renforcer le maillage des
 * PASS » : pas de pilote »), so that every rule names elements the same way.
 */
public final class ProblemReporter {

    private final IValidationRule rule;
    private final DiagnosticChain chain;
    private int count;

    /**
     * @param rule the rule that reports
     * @param chain where diagnostics go; {@code null} when the caller only wants to know whether there is a problem
     */
    ProblemReporter(IValidationRule rule, DiagnosticChain chain) {
        this.rule = rule;
        this.chain = chain;
    }

    /**
     * Reports one problem.
     *
     * @param element the offending object; the message is prefixed with its kind and name
     * @param message what is wrong, in the user's language, without the element's name
     * @param related other objects involved (put after {@code element} in the diagnostic's data)
     */
    public void report(EObject element, String message, Object... related) {
        count++;
        if (chain != null) {
            String full = Messages.get("diagnostic.message", Labels.describe(element), message);
            chain.add(new RuleDiagnostic(rule.severity(), rule.code(), full, element, related));
        }
    }

    /**
     * @param element any object of a model
     * @return how messages name it: its kind and name, e.g. « Chantier « Renforcer le maillage des PASS » »
     */
    public String label(EObject element) {
        return Labels.describe(element);
    }

    /** @return how many problems were reported through this reporter */
    int count() {
        return count;
    }
}
