/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.tests;

import org.eclipse.emf.ecore.EObject;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.OrganisationPackage;
import org.maillage.validation.AbstractValidationRule;
import org.maillage.validation.ProblemReporter;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.Severity;

/** A rule contributed through {@code fragment.xml}, as a plug-in would: an organisation has a functional mailbox. */
public class ContributedRule extends AbstractValidationRule {

    /** The code of this test rule. */
    static final String CODE = "TEST-ORGANISATION-001";

    /** Called by the extension registry. */
    public ContributedRule() {
        super(CODE, Severity.INFO, OrganisationPackage.Literals.ORGANISATION);
    }

    @Override
    public void check(EObject object, ProblemReporter reporter) {
        String courriel = ((Organisation) object).getCourriel();
        if (courriel == null || courriel.isBlank()) {
            reporter.report(object, "pas de boîte fonctionnelle");
        }
    }

    /** A contribution that takes a built-in code: must be refused. */
    public static class TakesBuiltinCode extends AbstractValidationRule {

        /** Called by the extension registry. */
        public TakesBuiltinCode() {
            super(RuleCodes.CHANTIER_PILOTE, Severity.INFO, OrganisationPackage.Literals.ORGANISATION);
        }

        @Override
        public void check(EObject object, ProblemReporter reporter) {
            reporter.report(object, "ne doit jamais apparaître");
        }
    }
}
