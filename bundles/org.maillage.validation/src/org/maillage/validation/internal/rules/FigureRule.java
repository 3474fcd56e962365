/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal.rules;

import java.time.LocalDate;
import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EObject;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.figures.Figures;
import org.maillage.validation.AbstractValidationRule;
import org.maillage.validation.ProblemReporter;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.Severity;
import org.maillage.validation.internal.Messages;

/**
 * A rule that reports what a figure of {@link Figures} lists, judged today as the explorer and the diagrams judge it,
 * so that the problems view names the same late chantiers and coverage gaps as every other place (definitions in
 * docs/figures.md). Model-wide: the figures are computed once per validation, not once per element.
 */
public final class FigureRule extends AbstractValidationRule {

    private final BiConsumer<Figures, ProblemReporter> check;

    private FigureRule(String code, Severity severity, BiConsumer<Figures, ProblemReporter> check) {
        super(code, severity, MaillagePackage.Literals.MODELE_MAILLAGE);
        this.check = check;
    }

    /** @return {@link RuleCodes#CHANTIER_RETARD}: each late chantier (warning) */
    public static FigureRule lateChantiers() {
        return new FigureRule(RuleCodes.CHANTIER_RETARD, Severity.WARNING, (figures, reporter) -> figures
                .chantiersEnRetard().forEach(c -> reporter.report(c, Messages.get("rule.chantier.retard"))));
    }

    /** @return {@link RuleCodes#COUVERTURE_EPCI}: each EPCI no CLS covers (information) */
    public static FigureRule epcisWithoutCls() {
        return new FigureRule(RuleCodes.COUVERTURE_EPCI, Severity.INFO, (figures, reporter) -> figures
                .epcisSansCls().forEach(e -> reporter.report(e, Messages.get("rule.couverture.epci"))));
    }

    /** @return {@link RuleCodes#COUVERTURE_QPV}: each QPV no CLS fiche action targets (information) */
    public static FigureRule qpvWithoutAction() {
        return new FigureRule(RuleCodes.COUVERTURE_QPV, Severity.INFO, (figures, reporter) -> figures
                .qpvSansActionCls().forEach(q -> reporter.report(q, Messages.get("rule.couverture.qpv"))));
    }

    /**
     * @return {@link RuleCodes#COUVERTURE_CPTS}: each EPCI with communes outside every CPTS, once with their number
     *         (information; one line per commune would bury the other problems)
     */
    public static FigureRule communesOutsideCpts() {
        return new FigureRule(RuleCodes.COUVERTURE_CPTS, Severity.INFO, (figures, reporter) -> figures
                .couvertures().stream().filter(c -> !c.communesSansCpts().isEmpty())
                .forEach(c -> reporter.report(c.epci(), Messages.get("rule.couverture.cpts",
                        c.communesSansCpts().size(), c.communes()), c.communesSansCpts().toArray())));
    }

    @Override
    public void check(EObject object, ProblemReporter reporter) {
        check.accept(Figures.of((ModeleMaillage) object, LocalDate.now()), reporter);
    }
}
