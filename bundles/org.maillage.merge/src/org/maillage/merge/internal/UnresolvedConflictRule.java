/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge.internal;

import org.eclipse.emf.ecore.EObject;
import org.maillage.model.Conflit;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.validation.AbstractValidationRule;
import org.maillage.validation.ProblemReporter;
import org.maillage.validation.Severity;

/**
 * MAILLAGE-FUSION-001: each conflict a merge left in a roadmap, reported on the element concerned (or the roadmap
 * when that element is not in it, e.g. deleted on our side), until it is resolved. An error: a roadmap with an
 * unresolved conflict holds a value that somebody did not choose.
 */
public final class UnresolvedConflictRule extends AbstractValidationRule {

    /** The rule's code. */
    public static final String CODE = "MAILLAGE-FUSION-001";

    /** Created by the extension registry. */
    public UnresolvedConflictRule() {
        super(CODE, Severity.ERROR, MaillagePackage.Literals.MODELE_MAILLAGE);
    }

    @Override
    public void check(EObject object, ProblemReporter reporter) {
        ModeleMaillage model = (ModeleMaillage) object;
        for (Conflit conflict : model.getConflits()) {
            EObject element = model.eResource() == null || conflict.getElementUuid() == null ? null
                    : model.eResource().getEObject(conflict.getElementUuid());
            String message = ConflictTexts.describe(conflict, element == null);
            reporter.report(element == null ? model : element, message, conflict);
        }
    }

}
