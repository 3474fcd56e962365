/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal.rules;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.ContratDeVille;
import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.TerritoirePackage;
import org.maillage.model.util.ModelQuery;
import org.maillage.validation.AbstractValidationRule;
import org.maillage.validation.ProblemReporter;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.Severity;
import org.maillage.validation.internal.Messages;

/**
 * Every QPV of the roadmap's département is in a contrat de ville whose EPCI is the QPV's EPCI
 * ({@code ContratDeVille.qpvs} and {@code ContratDeVille.epci} against {@code Qpv.epci}).
 * <p>
 * An error, not a warning: since 2024 every QPV is covered by a contrat de ville piloted by its EPCI, so a QPV
 * without one means a contract missing from the model or a wrong EPCI, and both falsify the CLS / contrat de ville
 * articulation that the diagrams and the CTS reports show. The département is the one of the model's roadmaps
 * ({@code FeuilleDeRoute.departement}); territory data may include communes of other départements through EPCI
 * that straddle the border, and their QPV are not the delegation's to check. A model without a roadmap naming its
 * département has all its QPV checked. A QPV without EPCI is left to {@link QpvEpciRule}.
 */
public final class QpvCoverageRule extends AbstractValidationRule {

    /** Creates the rule {@link RuleCodes#QPV_CONTRAT_DE_VILLE}. */
    public QpvCoverageRule() {
        super(RuleCodes.QPV_CONTRAT_DE_VILLE, Severity.ERROR, TerritoirePackage.Literals.QPV);
    }

    @Override
    public void check(EObject object, ProblemReporter reporter) {
        Qpv qpv = (Qpv) object;
        ModeleMaillage root = ModelQuery.root(qpv);
        if (root == null || qpv.getEpci() == null || !concerned(qpv, root)) {
            return;
        }
        ContratDeVille elsewhere = null;
        for (Dispositif dispositif : root.getDispositifs()) {
            if (dispositif instanceof ContratDeVille contrat && contrat.getQpvs().contains(qpv)) {
                if (contrat.getEpci() == qpv.getEpci()) {
                    return;
                }
                elsewhere = contrat;
            }
        }
        String epci = reporter.label(qpv.getEpci());
        if (elsewhere == null) {
            reporter.report(qpv, Messages.get("rule.qpv.absent", epci), qpv.getEpci());
        } else {
            reporter.report(qpv, Messages.get("rule.qpv.autreEpci", epci, reporter.label(elsewhere)), qpv.getEpci(),
                    elsewhere);
        }
    }

    /**
     * @param qpv a QPV of {@code root}
     * @param root the model
     * @return whether the QPV lies in a département of the model's roadmaps, or the roadmaps name none
     */
    static boolean concerned(Qpv qpv, ModeleMaillage root) {
        Set<Departement> departements = new HashSet<>();
        for (FeuilleDeRoute feuille : root.getFeuillesDeRoute()) {
            if (feuille.getDepartement() != null) {
                departements.add(feuille.getDepartement());
            }
        }
        if (departements.isEmpty()) {
            return true;
        }
        for (Commune commune : qpv.getCommunes()) {
            if (departements.contains(commune.getDepartement())) {
                return true;
            }
        }
        return false;
    }
}
