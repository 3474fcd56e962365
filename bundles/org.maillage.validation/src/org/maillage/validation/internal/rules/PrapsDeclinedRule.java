/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.PlanPackage;
import org.maillage.model.util.ModelQuery;
import org.maillage.validation.AbstractValidationRule;
import org.maillage.validation.ProblemReporter;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.Severity;
import org.maillage.validation.internal.Messages;

/**
 * Every PRAPS measure is declined by at least one chantier of a roadmap of the model ({@code Chantier.declines}).
 * A warning, not an error: a measure may be declined in a later year's roadmap.
 */
public final class PrapsDeclinedRule extends AbstractValidationRule {

    /** Creates the rule {@link RuleCodes#PRAPS_DECLINAISON}. */
    public PrapsDeclinedRule() {
        super(RuleCodes.PRAPS_DECLINAISON, Severity.WARNING, PlanPackage.Literals.MESURE_PRAPS);
    }

    @Override
    public void check(EObject mesure, ProblemReporter reporter) {
        ModeleMaillage root = ModelQuery.root(mesure);
        if (root == null) {
            return;
        }
        for (FeuilleDeRoute feuille : root.getFeuillesDeRoute()) {
            for (Chantier chantier : feuille.getChantiers()) {
                if (chantier.getDeclines().contains(mesure)) {
                    return;
                }
            }
        }
        reporter.report(mesure, Messages.get("rule.praps"));
    }
}
