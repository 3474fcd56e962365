/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.scheme.SchemeTypes;
import org.maillage.validation.internal.BuiltinRules;
import org.maillage.validation.internal.Labels;
import org.maillage.validation.internal.Messages;
import org.maillage.validation.internal.RuleRegistry;

/**
 * Entry point of validation: checks a whole roadmap model and returns an EMF {@link Diagnostic} whose leaves
 * are {@link RuleDiagnostic}s.
 * <p>
 * Works in plain Java (built-in rules only) and inside the platform, where the rules contributed to
 * {@code org.maillage.validation.rules} are added. Each call builds its own {@link Diagnostician} with its own
 * {@link EValidator.Registry}; nothing global is changed.
 */
public final class ModelValidation {

    /** {@link Diagnostic#getSource()} of every diagnostic of Maillage validation. */
    public static final String DIAGNOSTIC_SOURCE = "org.maillage.validation";

    private ModelValidation() {
    }

    /** @return the built-in rules, a new list at each call, always present with or without a platform */
    public static List<IValidationRule> builtinRules() {
        return BuiltinRules.create();
    }

    /**
     * Validates with the built-in rules and, when the platform runs, the contributed ones. A contribution that
     * cannot be used (a rule, or a kind of dispositif of {@code org.maillage.model.schemeTypes}) is reported as a
     * warning {@link RuleCodes#RULE_UNUSABLE} on the model.
     *
     * @param model the root of the model
     * @return the result; its children are the problems found, in model order
     */
    public static Diagnostic validate(ModeleMaillage model) {
        return validate(model, (IProgressMonitor) null);
    }

    /**
     * Validates as {@link #validate(ModeleMaillage)}, for a background job: reports progress (one unit per element
     * directly under the root) and stops when the monitor is cancelled.
     *
     * @param model the root of the model; nobody may change it during the validation
     * @param monitor the progress monitor, or {@code null}
     * @return the result, the same as {@link #validate(ModeleMaillage)}'s
     * @throws OperationCanceledException when the monitor was cancelled; the partial result is dropped
     */
    public static Diagnostic validate(ModeleMaillage model, IProgressMonitor monitor) {
        List<IValidationRule> rules = builtinRules();
        RuleRegistry.Contributions contributions = RuleRegistry.readRunningPlatform(rules);
        rules.addAll(contributions.rules());
        BasicDiagnostic result = (BasicDiagnostic) validate(model, rules, monitor);
        List<String> unusable = new ArrayList<>(contributions.problems());
        // Plug-ins' kinds of dispositif that cannot be used show in the Problems view and in validate too.
        unusable.addAll(SchemeTypes.running().problems());
        for (String problem : unusable) {
            result.add(new RuleDiagnostic(Severity.WARNING, RuleCodes.RULE_UNUSABLE,
                    Messages.get("diagnostic.message", Labels.describe(model), problem), model));
        }
        return result;
    }

    /**
     * Validates with exactly the given rules, plus EMF's basic constraints.
     *
     * @param model the root of the model
     * @param rules the rules to run
     * @return the result; its children are the problems found, in model order
     */
    public static Diagnostic validate(ModeleMaillage model, Collection<? extends IValidationRule> rules) {
        return validate(model, rules, null);
    }

    private static Diagnostic validate(ModeleMaillage model, Collection<? extends IValidationRule> rules,
            IProgressMonitor monitor) {
        // Without a monitor, no SubMonitor: plain Java callers need not have the platform's classes.
        SubMonitor progress = monitor == null ? null
                : SubMonitor.convert(monitor, Messages.get("validation.root", Labels.describe(model)),
                        model.eContents().size() + 1);
        Diagnostician diagnostician = newDiagnostician(rules, model, progress);
        BasicDiagnostic result = new BasicDiagnostic(DIAGNOSTIC_SOURCE, 0,
                Messages.get("validation.root", Labels.describe(model)), new Object[] { model });
        Map<Object, Object> context = diagnostician.createDefaultContext();
        diagnostician.validate(model, result, context);
        return result;
    }

    /**
     * @param rules the rules to run
     * @return a diagnostician whose own registry has a {@link MaillageValidator} for every Maillage package and
     *         delegates other packages to the global registry; it labels objects as the messages do
     */
    public static Diagnostician newDiagnostician(Collection<? extends IValidationRule> rules) {
        return newDiagnostician(rules, null, null);
    }

    /** A diagnostician that also checks for cancellation at each object and counts the root's children. */
    private static Diagnostician newDiagnostician(Collection<? extends IValidationRule> rules, ModeleMaillage root,
            SubMonitor progress) {
        EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        new MaillageValidator(rules).registerIn(registry);
        return new Diagnostician(registry) {
            @Override
            public String getObjectLabel(EObject eObject) {
                return Labels.describe(eObject);
            }

            @Override
            public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics,
                    Map<Object, Object> context) {
                if (progress != null) {
                    progress.checkCanceled();
                    if (eObject.eContainer() == root) {
                        progress.worked(1);
                    }
                }
                return super.validate(eClass, eObject, diagnostics, context);
            }
        };
    }

    /**
     * @param diagnostic a result of {@link #validate(ModeleMaillage)}
     * @return its problems, depth first, in order
     */
    public static List<RuleDiagnostic> problems(Diagnostic diagnostic) {
        List<RuleDiagnostic> found = new ArrayList<>();
        collect(diagnostic, found);
        return found;
    }

    private static void collect(Diagnostic diagnostic, List<RuleDiagnostic> found) {
        if (diagnostic instanceof RuleDiagnostic problem) {
            found.add(problem);
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, found);
        }
    }
}
