/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation;

import org.eclipse.emf.common.util.Diagnostic;

/** How serious a problem a rule finds: only errors make {@code maillage validate} exit with code 1. */
public enum Severity {
    /** The model is wrong or incomplete in a way that falsifies reports or diagrams. */
    ERROR(Diagnostic.ERROR),
    /** Something users should look at, e.g. a PRAPS measure no chantier declines yet. */
    WARNING(Diagnostic.WARNING),
    /** A remark that needs no action. */
    INFO(Diagnostic.INFO);

    private final int diagnosticSeverity;

    Severity(int diagnosticSeverity) {
        this.diagnosticSeverity = diagnosticSeverity;
    }

    /** @return the matching {@link Diagnostic} severity constant */
    public int toDiagnostic() {
        return diagnosticSeverity;
    }

    /**
     * @param diagnosticSeverity a {@link Diagnostic} severity
     * @return the matching severity; {@link Diagnostic#CANCEL} counts as an error, {@link Diagnostic#OK} as info
     */
    public static Severity fromDiagnostic(int diagnosticSeverity) {
        if (diagnosticSeverity >= Diagnostic.ERROR) {
            return ERROR;
        }
        return diagnosticSeverity == Diagnostic.WARNING ? WARNING : INFO;
    }
}
