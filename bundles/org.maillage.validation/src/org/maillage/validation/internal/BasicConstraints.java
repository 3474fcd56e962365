/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * EMF's basic constraints (multiplicities, data values, unique ids, paired opposites...) with French messages
 * for those a Maillage model can break.
 * <p>
 * The two reference constraints are left to the rules {@code MAILLAGE-REF-001} and {@code MAILLAGE-REF-002},
 * which say which reference is broken and why in the user's words; keeping EMF's too would report each broken
 * reference twice.
 */
public final class BasicConstraints extends EObjectValidator {

    @Override
    public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }

    @Override
    public boolean validate_EveryReferenceIsContained(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true;
    }

    @Override
    protected String getEcoreString(String key, Object[] substitutions) {
        String ours = "emf." + key;
        return Messages.has(ours) ? Messages.get(ours, substitutions) : super.getEcoreString(key, substitutions);
    }
}
