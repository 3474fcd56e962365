/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * One validation rule: a stable code, a severity, the kind of element it checks, and the check.
 * <p>
 * Rules are built in ({@link ModelValidation#builtinRules()}) or contributed by plug-ins through the
 * {@code org.maillage.validation.rules} extension point. Contract:
 * <ul>
 * <li>{@link #code()} is stable across releases, because users filter and discuss problems by it; built-in codes
 * start with {@code MAILLAGE-}, a plug-in uses its own prefix (e.g. {@code ACME-CLS-001}).</li>
 * <li>{@link #check(EObject, ProblemReporter)} is called once for every object whose class is {@link #target()} or a
 * subclass of it, including kinds that plug-ins add by subclassing. A model-wide rule targets
 * {@code ModeleMaillage} and is called once, with the root.</li>
 * <li>A check only reads the model, reports what is wrong through the reporter (a message in the user's
 * language, without the element's name, which the reporter adds), and is fast: it runs for every object.
 * An exception thrown by a check is reported as a problem of the rule itself, not of the model.</li>
 * </ul>
 * {@link AbstractValidationRule} implements the first three methods.
 */
public interface IValidationRule {

    /** @return the stable code, e.g. {@code MAILLAGE-CHANTIER-001} */
    String code();

    /** @return the severity of every problem this rule reports */
    Severity severity();

    /** @return the class of the objects to check; {@code ModeleMaillage} for a model-wide rule */
    EClass target();

    /**
     * Checks one object and reports each problem found.
     *
     * @param object an instance of {@link #target()}
     * @param reporter where to report problems; it knows the rule's code and severity
     */
    void check(EObject object, ProblemReporter reporter);
}
