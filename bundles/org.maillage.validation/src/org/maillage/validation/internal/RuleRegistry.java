/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.maillage.validation.IValidationRule;

/**
 * Reads the contributions to {@code org.maillage.validation.rules}: the one place that knows the extension point.
 * <p>
 * Read at each validation rather than cached, so that plug-ins installed or removed while the workbench runs are
 * taken into account; reading is cheap next to validating a model.
 */
public final class RuleRegistry {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.maillage.validation.rules";

    /**
     * @param rules the contributed rules that can be used, in registry order
     * @param problems one localised sentence per contribution that cannot be used
     */
    public record Contributions(List<IValidationRule> rules, List<String> problems) {
    }

    private RuleRegistry() {
    }

    /**
     * @param present the rules already in use (the built-in ones), whose codes contributions may not take
     * @return the contributions of the running platform; none in plain Java
     */
    public static Contributions readRunningPlatform(Collection<? extends IValidationRule> present) {
        return read(RegistryFactory.getRegistry(), present);
    }

    /**
     * @param registry an extension registry, or {@code null} outside a running platform
     * @param present the rules already in use, whose codes contributions may not take
     * @return the usable rules (the first contribution wins on a duplicate code) and the problems met
     */
    public static Contributions read(IExtensionRegistry registry, Collection<? extends IValidationRule> present) {
        List<IValidationRule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (registry == null) {
            return new Contributions(rules, problems);
        }
        Set<String> codes = new HashSet<>();
        present.forEach(rule -> codes.add(rule.code()));
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = element.getContributor().getName();
            String className = element.getAttribute("class");
            try {
                IValidationRule rule = (IValidationRule) element.createExecutableExtension("class");
                if (rule.code() == null || rule.code().isBlank() || rule.severity() == null
                        || rule.target() == null) {
                    problems.add(Messages.get("registry.incomplete", className, contributor));
                } else if (!codes.add(rule.code())) {
                    problems.add(Messages.get("registry.duplicate", rule.code(), className, contributor));
                } else {
                    rules.add(rule);
                }
            } catch (CoreException | ClassCastException e) {
                problems.add(Messages.get("registry.cannotCreate", className, contributor, e.getMessage()));
            }
        }
        return new Contributions(rules, problems);
    }
}
