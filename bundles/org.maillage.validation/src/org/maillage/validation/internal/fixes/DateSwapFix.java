/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal.fixes;

import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.maillage.validation.IQuickFixProvider;
import org.maillage.validation.QuickFix;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.RuleDiagnostic;
import org.maillage.validation.internal.Messages;

/**
 * « Échanger « debut » et « fin » » for a start after its end ({@link RuleCodes#DATES_DISPOSITIF},
 * {@link RuleCodes#DATES_CHANTIER}, {@link RuleCodes#DATES_PRS}, {@link RuleCodes#DATES_INDICATEUR}): two values typed
 * in the wrong fields is the usual cause, and swapping them is the one correction that needs no other information.
 * Not offered for a CLS signed after its end ({@link RuleCodes#DATES_SIGNATURE_CLS}): a signature date is not an end.
 */
public final class DateSwapFix implements IQuickFixProvider {

    private final EAttribute start;
    private final EAttribute end;

    /**
     * @param start the attribute that must not be later
     * @param end the attribute that must not be earlier
     */
    public DateSwapFix(EAttribute start, EAttribute end) {
        this.start = start;
        this.end = end;
    }

    @Override
    public List<QuickFix> fixesFor(RuleDiagnostic problem) {
        EObject element = problem.getElement();
        if (!start.getEContainingClass().isInstance(element)) {
            return List.of();
        }
        Object from = element.eGet(start);
        Object to = element.eGet(end);
        String label = Messages.get("fix.dates.swap", start.getName(), end.getName());
        return List.of(new QuickFix(label, domain -> {
            CompoundCommand command = new CompoundCommand(label);
            command.append(SetCommand.create(domain, element, start, to));
            command.append(SetCommand.create(domain, element, end, from));
            return command;
        }));
    }
}
