/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.maillage.merge.ui.ConflictsDialog;
import org.maillage.model.edit.RoadmapDocument;

/**
 * « Conflits de fusion… »: the conflicts a merge left in the active roadmap, whoever merged it (Synchroniser, Git's
 * merge driver, {@code maillage merge}), one "garder la mienne / la leur / les deux" each on the editor's stack.
 */
public final class ConflictsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        String title = Messages.get("title.conflicts");
        RoadmapDocument document = TeamUi.activeRoadmap(event, title);
        if (document == null) {
            return null;
        }
        if (document.getModel().getConflits().isEmpty()) {
            MessageDialog.openInformation(shell, title,
                    Messages.get("conflicts.none", document.getFile().getFileName()));
            return null;
        }
        open(shell, document);
        return null;
    }

    /** Opens the conflicts dialog on the roadmap of that document. */
    static void open(Shell shell, RoadmapDocument document) {
        new ConflictsDialog(shell, document.getModel().eResource(), document.getCommandStack()).open();
    }
}
