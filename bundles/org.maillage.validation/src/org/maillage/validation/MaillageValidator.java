/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.maillage.model.MaillagePackage;
import org.maillage.validation.internal.BasicConstraints;
import org.maillage.validation.internal.Labels;
import org.maillage.validation.internal.Messages;

/**
 * The {@link EValidator} of the Maillage packages: runs EMF's basic constraints ({@link BasicConstraints}, with
 * French messages) and then every rule whose {@link IValidationRule#target() target} is the object's class or one
 * of its supertypes.
 * <p>
 * It is registered in a {@link org.eclipse.emf.ecore.util.Diagnostician Diagnostician}'s own registry by
 * {@link #registerIn(EValidator.Registry)}, never in the global {@link EValidator.Registry#INSTANCE}: the set of
 * rules depends on the caller (tests, plug-ins present), and a global registration would leak between them.
 * Every diagnostic it adds is a {@link RuleDiagnostic}. Stateless apart from a cache: safe to share.
 */
public final class MaillageValidator implements EValidator {

    private final List<IValidationRule> rules;
    private final BasicConstraints basicConstraints = new BasicConstraints();
    private final Map<EClass, List<IValidationRule>> rulesByClass = new ConcurrentHashMap<>();

    /** @param rules the rules to run, in the order their diagnostics should appear for one object */
    public MaillageValidator(Collection<? extends IValidationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** @return the rules this validator runs */
    public List<IValidationRule> rules() {
        return rules;
    }

    /**
     * Registers this validator for the Maillage root package and each of its sub-packages. Kinds that plug-ins add
     * in their own packages (subclasses of {@code Dispositif}) reach it too: EMF's {@code Diagnostician} walks up the
     * supertypes until a package has a validator.
     *
     * @param registry the diagnostician's own registry
     */
    public void registerIn(EValidator.Registry registry) {
        registry.put(MaillagePackage.eINSTANCE, this);
        for (EPackage sub : MaillagePackage.eINSTANCE.getESubpackages()) {
            registry.put(sub, this);
        }
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = validateBasicConstraints(eObject, diagnostics, context);
        // The object's own class, not eClass: Diagnostician passes the class it validates, which is the same.
        for (IValidationRule rule : rulesFor(eObject.eClass())) {
            ProblemReporter reporter = new ProblemReporter(rule, diagnostics);
            try {
                rule.check(eObject, reporter);
            } catch (RuntimeException e) {
                // A broken (contributed) rule must not hide the other rules' findings: report it and go on.
                reportFailure(rule, eObject, e, diagnostics);
                valid = false;
            }
            valid &= reporter.count() == 0;
        }
        return valid;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        // Data values are checked with their owning object, by the basic constraints.
        return true;
    }

    private boolean validateBasicConstraints(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        BasicDiagnostic collected = new BasicDiagnostic();
        boolean valid = basicConstraints.validate_EveryDefaultConstraint(eObject, collected, context);
        if (diagnostics != null) {
            for (Diagnostic found : collected.getChildren()) {
                List<Object> related = new ArrayList<>(found.getData());
                if (!related.isEmpty() && related.get(0) == eObject) {
                    related.remove(0);
                }
                diagnostics.add(new RuleDiagnostic(Severity.fromDiagnostic(found.getSeverity()),
                        RuleCodes.emf(found.getCode()), found.getMessage(), eObject, related.toArray()));
            }
        }
        return valid;
    }

    private static void reportFailure(IValidationRule rule, EObject eObject, RuntimeException e,
            DiagnosticChain diagnostics) {
        if (diagnostics != null) {
            String message = Messages.get("rule.failed", rule.code(), e.getClass().getName(), e.getMessage());
            diagnostics.add(new RuleDiagnostic(Severity.ERROR, RuleCodes.RULE_FAILED,
                    Messages.get("diagnostic.message", Labels.describe(eObject), message),
                    eObject, e));
        }
    }

    private List<IValidationRule> rulesFor(EClass eClass) {
        return rulesByClass.computeIfAbsent(eClass, c -> rules.stream()
                .filter(rule -> rule.target() == c || rule.target().isSuperTypeOf(c)).toList());
    }
}
