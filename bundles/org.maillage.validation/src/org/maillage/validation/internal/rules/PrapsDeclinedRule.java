/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.figures.Figures;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.MesurePraps;
import org.maillage.validation.AbstractValidationRule;
import org.maillage.validation.ProblemReporter;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.Severity;
import org.maillage.validation.internal.Messages;

/**
 * Every PRAPS measure of a roadmap is declined: the « mesure non déclinée » of {@link Figures#mesuresNonDeclinees()}
 * (a chantier of the roadmap declines it, directly or by a "declines" articulation), so that the problems view,
 * the reports and the diagrams list the same measures. With several roadmaps, a measure declined by one of them
 * is not reported. A warning, not an error: a measure may be declined in a later year's roadmap.
 * <p>
 * Model-wide, because the declension is computed in one pass over the roadmap, not once per measure.
 */
public final class PrapsDeclinedRule extends AbstractValidationRule {

    /** Creates the rule {@link RuleCodes#PRAPS_DECLINAISON}. */
    public PrapsDeclinedRule() {
        super(RuleCodes.PRAPS_DECLINAISON, Severity.WARNING, MaillagePackage.Literals.MODELE_MAILLAGE);
    }

    @Override
    public void check(EObject object, ProblemReporter reporter) {
        ModeleMaillage root = (ModeleMaillage) object;
        List<FeuilleDeRoute> feuilles = new ArrayList<>(root.getFeuillesDeRoute());
        if (feuilles.isEmpty()) {
            feuilles.add(null);
        }
        Set<MesurePraps> nonDeclinees = new LinkedHashSet<>();
        Set<MesurePraps> declinees = new HashSet<>();
        for (FeuilleDeRoute feuille : feuilles) {
            // The declension does not depend on the date.
            for (Figures.Declinaison declinaison : new Figures(root, feuille, LocalDate.now()).declinaisons()) {
                (declinaison.declinee() ? declinees : nonDeclinees).add(declinaison.mesure());
            }
        }
        nonDeclinees.removeAll(declinees);
        for (MesurePraps mesure : nonDeclinees) {
            reporter.report(mesure, Messages.get("rule.praps"));
        }
    }
}
