/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal.fixes;

import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.ContratDeVille;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.util.ModelQuery;
import org.maillage.validation.IQuickFixProvider;
import org.maillage.validation.QuickFix;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.RuleDiagnostic;
import org.maillage.validation.internal.Messages;

/**
 * {@link RuleCodes#QPV_CONTRAT_DE_VILLE}: « Ajouter ce QPV au contrat de ville « … » », offered only when the QPV's
 * EPCI pilots exactly one contrat de ville (with none, a contract is missing from the model; with several, which one
 * is a judgement). A QPV listed in another EPCI's contract stays there: removing it is a separate decision.
 */
public final class QpvContratDeVilleFix implements IQuickFixProvider {

    @Override
    public List<QuickFix> fixesFor(RuleDiagnostic problem) {
        if (!(problem.getElement() instanceof Qpv qpv) || qpv.getEpci() == null) {
            return List.of();
        }
        ModeleMaillage root = ModelQuery.root(qpv);
        List<ContratDeVille> contrats = root == null ? List.of()
                : root.getDispositifs().stream().filter(ContratDeVille.class::isInstance)
                        .map(ContratDeVille.class::cast).filter(c -> c.getEpci() == qpv.getEpci()).toList();
        if (contrats.size() != 1) {
            return List.of();
        }
        ContratDeVille contrat = contrats.get(0);
        String label = Messages.get("fix.qpv.contrat", contrat.getNom());
        // In a compound command only to carry the fix's label, which Édition > Annuler shows.
        return List.of(new QuickFix(label, domain -> new CompoundCommand(label, List.of(AddCommand.create(domain,
                contrat, DispositifPackage.Literals.CONTRAT_DE_VILLE__QPVS, qpv)))));
    }
}
