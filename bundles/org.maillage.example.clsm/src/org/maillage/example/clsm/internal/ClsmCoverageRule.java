/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.example.clsm.internal;

import org.eclipse.emf.ecore.EObject;
import org.maillage.example.clsm.Clsm;
import org.maillage.example.clsm.ClsmPackage;
import org.maillage.validation.AbstractValidationRule;
import org.maillage.validation.ProblemReporter;
import org.maillage.validation.Severity;

/**
 * {@value #CODE}: a CLSM covers at least one commune or EPCI and carries the mental-health axis of a CLS. Without a
 * territory the CLSM appears on no coverage map; without a CLS the roadmap loses the link the ARS follows it by.
 * Each missing piece is its own problem, so that the message says what to add.
 */
public final class ClsmCoverageRule extends AbstractValidationRule {

    /** The rule's code, stable: users filter and ignore problems by it. */
    public static final String CODE = "CLSM-001";

    /** Creates the rule, an error on every {@link Clsm}. */
    public ClsmCoverageRule() {
        super(CODE, Severity.ERROR, ClsmPackage.Literals.CLSM);
    }

    @Override
    public void check(EObject object, ProblemReporter reporter) {
        Clsm clsm = (Clsm) object;
        // Dispositif.territoires counts too: a modeller may have filled the inherited reference instead.
        if (clsm.getCommunes().isEmpty() && clsm.getEpcis().isEmpty() && clsm.getTerritoires().isEmpty()) {
            reporter.report(clsm, Messages.get("rule.territoire"));
        }
        if (clsm.getCls() == null) {
            reporter.report(clsm, Messages.get("rule.cls"));
        }
    }
}
