/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.cli;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.maillage.model.ModeleMaillage;
import org.maillage.validation.ModelValidation;

/**
 * The only class of the viewpoint engine that reads {@code org.maillage.validation} (an optional import): the
 * problems {@code maillage validate} reports, for {@code maillage diagram --problems}. Loading it fails with
 * {@link NoClassDefFoundError} when validation is not installed; the caller then draws no decorator.
 */
final class ValidationProblems {

    private ValidationProblems() {
    }

    /** @return the problems of the model, as {@code maillage validate} and the Problems view find them */
    static List<? extends Diagnostic> of(ModeleMaillage model) {
        return ModelValidation.problems(ModelValidation.validate(model));
    }
}
