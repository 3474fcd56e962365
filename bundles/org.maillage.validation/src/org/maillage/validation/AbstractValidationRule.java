/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation;

import java.util.Objects;

import org.eclipse.emf.ecore.EClass;

/**
 * Base class for rules: holds the code, severity and target given at construction; subclasses write only
 * {@link #check(org.eclipse.emf.ecore.EObject, ProblemReporter)}.
 * <p>
 * Contributed rules are created by the extension registry with a public no-argument constructor, which passes
 * constant values to this one.
 */
public abstract class AbstractValidationRule implements IValidationRule {

    private final String code;
    private final Severity severity;
    private final EClass target;

    /**
     * @param code the stable code, e.g. {@code ACME-CLS-001}
     * @param severity the severity of the problems reported
     * @param target the class of the objects to check
     */
    protected AbstractValidationRule(String code, Severity severity, EClass target) {
        this.code = Objects.requireNonNull(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.target = Objects.requireNonNull(target, "target");
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final EClass target() {
        return target;
    }

    @Override
    public String toString() {
        return code + " (" + severity + ", " + target.getName() + ")";
    }
}
