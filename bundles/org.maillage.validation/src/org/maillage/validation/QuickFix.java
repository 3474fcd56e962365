/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation;

import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * One way to correct one problem, as the user sees it in a menu: a French label (« Cibler ce QPV depuis une fiche
 * action du CLS « CLS de l'agglomération d'Évreux » ») and the EMF command that does it, run on the roadmap's command
 * stack so that one undo takes it back whole.
 * <p>
 * Offered by an {@link IQuickFixProvider} for a {@link RuleDiagnostic} whose element is an object of the edited
 * model (not of a copy validated in the background). Immutable.
 */
public final class QuickFix {

    private final String label;
    private final Function<EditingDomain, Command> command;

    /**
     * @param label what the fix does, in the user's language, as a menu item
     * @param command creates the command on the given editing domain; the command must be executable at once
     */
    public QuickFix(String label, Function<EditingDomain, Command> command) {
        this.label = Objects.requireNonNull(label, "label");
        this.command = Objects.requireNonNull(command, "command");
    }

    /** @return what the fix does, as a menu item */
    public String label() {
        return label;
    }

    /**
     * @param domain the editing domain of the model the problem's element belongs to
     * @return the command to execute on {@code domain}'s command stack; its label is {@link #label()}
     */
    public Command createCommand(EditingDomain domain) {
        return command.apply(domain);
    }

    @Override
    public String toString() {
        return label;
    }
}
