/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal.fixes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.figures.Figures;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.util.ModelQuery;
import org.maillage.validation.IQuickFixProvider;
import org.maillage.validation.QuickFix;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.RuleDiagnostic;
import org.maillage.validation.internal.Messages;

/**
 * {@link RuleCodes#COUVERTURE_QPV}: « Cibler ce QPV depuis une fiche action du CLS « … » ». Adds to the CLS a fiche
 * action that targets the QPV ({@code FicheAction.qpvCibles}), in the CLS's first axis, or in a new axis when it has
 * none: exactly what the gap's definition asks (docs/figures.md). The CLS are those that the figures count for the
 * QPV's EPCI; when some of them cover a commune of the QPV itself, only those. One fix per CLS, so that the user
 * chooses when there are several; none when the EPCI has no CLS (then the gap is « EPCI sans CLS », not for a
 * quick fix).
 */
public final class QpvActionFix implements IQuickFixProvider {

    @Override
    public List<QuickFix> fixesFor(RuleDiagnostic problem) {
        if (!(problem.getElement() instanceof Qpv qpv) || qpv.getEpci() == null) {
            return List.of();
        }
        ModeleMaillage root = ModelQuery.root(qpv);
        if (root == null) {
            return List.of();
        }
        List<Cls> candidates = Figures.of(root, LocalDate.now()).couvertures().stream()
                .filter(c -> c.epci() == qpv.getEpci()).flatMap(c -> c.cls().stream()).toList();
        List<Cls> onTheQpv = candidates.stream().filter(cls -> !Collections
                .disjoint(ModelQuery.communesCouvertes(cls), qpv.getCommunes())).toList();
        List<QuickFix> fixes = new ArrayList<>();
        for (Cls cls : onTheQpv.isEmpty() ? candidates : onTheQpv) {
            String label = Messages.get("fix.qpv.action", cls.getNom());
            fixes.add(new QuickFix(label, domain -> command(domain, label, cls, qpv)));
        }
        return fixes;
    }

    private static Command command(EditingDomain domain, String label, Cls cls, Qpv qpv) {
        FicheAction fiche = DispositifFactory.eINSTANCE.createFicheAction();
        fiche.setNom(Messages.get("fix.qpv.fiche", qpv.getNom()));
        fiche.getQpvCibles().add(qpv);
        CompoundCommand command = new CompoundCommand(label);
        if (cls.getAxes().isEmpty()) {
            Axe axe = DispositifFactory.eINSTANCE.createAxe();
            axe.setNom(Messages.get("fix.qpv.axe"));
            axe.getFichesActions().add(fiche);
            command.append(AddCommand.create(domain, cls, DispositifPackage.Literals.CLS__AXES, axe));
        } else {
            command.append(AddCommand.create(domain, cls.getAxes().get(0),
                    DispositifPackage.Literals.AXE__FICHES_ACTIONS, fiche));
        }
        return command;
    }
}
