/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal.rules;

import org.eclipse.emf.ecore.EObject;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.TerritoirePackage;
import org.maillage.model.util.ModelQuery;
import org.maillage.validation.AbstractValidationRule;
import org.maillage.validation.ProblemReporter;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.Severity;
import org.maillage.validation.internal.Messages;

/**
 * A QPV of the roadmap's département (same scope as {@link QpvCoverageRule}) names the EPCI that pilots its
 * contrat de ville. A warning: without it the coverage rule cannot be checked, but the QPV itself is not wrong.
 */
public final class QpvEpciRule extends AbstractValidationRule {

    /** Creates the rule {@link RuleCodes#QPV_EPCI}. */
    public QpvEpciRule() {
        super(RuleCodes.QPV_EPCI, Severity.WARNING, TerritoirePackage.Literals.QPV);
    }

    @Override
    public void check(EObject object, ProblemReporter reporter) {
        Qpv qpv = (Qpv) object;
        ModeleMaillage root = ModelQuery.root(qpv);
        if (root != null && qpv.getEpci() == null && QpvCoverageRule.concerned(qpv, root)) {
            reporter.report(qpv, Messages.get("rule.qpv.epci"));
        }
    }
}
