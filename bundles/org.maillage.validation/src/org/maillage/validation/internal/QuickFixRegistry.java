/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.indicateur.IndicateurPackage;
import org.maillage.model.plan.PlanPackage;
import org.maillage.validation.IQuickFixProvider;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.internal.fixes.DateSwapFix;
import org.maillage.validation.internal.fixes.QpvActionFix;
import org.maillage.validation.internal.fixes.QpvContratDeVilleFix;

/**
 * The quick fix providers for a rule code: the built-in ones (always, also in plain Java) and the contributions to
 * {@code org.maillage.validation.quickFixes} (the one place that knows that extension point), read at each call so
 * that plug-ins installed while the workbench runs count.
 */
public final class QuickFixRegistry {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.maillage.validation.quickFixes";

    private QuickFixRegistry() {
    }

    /** @return the built-in providers by rule code, a new map at each call */
    public static Map<String, IQuickFixProvider> builtin() {
        return Map.of(RuleCodes.COUVERTURE_QPV, new QpvActionFix(),
                RuleCodes.QPV_CONTRAT_DE_VILLE, new QpvContratDeVilleFix(),
                RuleCodes.DATES_DISPOSITIF, new DateSwapFix(DispositifPackage.Literals.DISPOSITIF__DEBUT,
                        DispositifPackage.Literals.DISPOSITIF__FIN),
                RuleCodes.DATES_CHANTIER, new DateSwapFix(PlanPackage.Literals.CHANTIER__DEBUT,
                        PlanPackage.Literals.CHANTIER__ECHEANCE),
                RuleCodes.DATES_PRS, new DateSwapFix(PlanPackage.Literals.PRS__ANNEE_DEBUT,
                        PlanPackage.Literals.PRS__ANNEE_FIN),
                RuleCodes.DATES_INDICATEUR, new DateSwapFix(IndicateurPackage.Literals.INDICATEUR__ANNEE_REFERENCE,
                        IndicateurPackage.Literals.INDICATEUR__ANNEE_CIBLE));
    }

    /**
     * Logs a provider that failed, when the platform runs (in plain Java there is no log to write to).
     *
     * @param provider the provider
     * @param ruleCode the code of the problem it was asked about
     * @param e what it threw
     */
    public static void logFailure(IQuickFixProvider provider, String ruleCode, RuntimeException e) {
        if (RegistryFactory.getRegistry() != null) {
            Platform.getLog(QuickFixRegistry.class).error(Messages.get("registry.fix.failed",
                    provider.getClass().getName(), ruleCode, String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * @param ruleCode a rule's code
     * @return its providers: the built-in one first, then the contributions in registry order; a contribution that
     *         cannot be created is left out and logged
     */
    public static List<IQuickFixProvider> providers(String ruleCode) {
        List<IQuickFixProvider> providers = new ArrayList<>();
        IQuickFixProvider builtin = builtin().get(ruleCode);
        if (builtin != null) {
            providers.add(builtin);
        }
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return providers;
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!ruleCode.equals(element.getAttribute("ruleCode"))) {
                continue;
            }
            try {
                providers.add((IQuickFixProvider) element.createExecutableExtension("class"));
            } catch (CoreException | ClassCastException e) {
                // A broken contribution must not take the other fixes away: log it, naming the plug-in.
                Platform.getLog(QuickFixRegistry.class).warn(Messages.get("registry.fix.cannotCreate",
                        element.getAttribute("class"), element.getContributor().getName(), ruleCode,
                        e.getMessage()));
            }
        }
        return providers;
    }
}
