/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation;

import java.util.ArrayList;
import java.util.List;

import org.maillage.validation.internal.QuickFixRegistry;

/**
 * Entry point of quick fixes: the fixes offered for a problem, by the built-in providers (for
 * {@code MAILLAGE-COUV-002}, {@code MAILLAGE-QPV-001} and the date order rules {@code MAILLAGE-DATES-001} to
 * {@code 004}) and by the contributions to {@code org.maillage.validation.quickFixes}. The Problems view and the
 * diagram editor both ask here, and run the chosen fix's command on the roadmap's command stack.
 */
public final class QuickFixes {

    private QuickFixes() {
    }

    /**
     * @param problem a problem whose element is in the edited model
     * @return the fixes offered, in menu order; empty when none is obvious. A provider that fails is skipped.
     */
    public static List<QuickFix> forProblem(RuleDiagnostic problem) {
        List<QuickFix> fixes = new ArrayList<>();
        for (IQuickFixProvider provider : QuickFixRegistry.providers(problem.getRuleCode())) {
            try {
                fixes.addAll(provider.fixesFor(problem));
            } catch (RuntimeException e) {
                // A fix is a convenience: a broken provider must not take away the menu that lists the others.
                QuickFixRegistry.logFailure(provider, problem.getRuleCode(), e);
            }
        }
        return fixes;
    }
}
