/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.ui.internal;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.team.Author;
import org.maillage.team.TeamRepository;

/** « Enregistrer une version… »: saves the roadmap if needed, then records the folder's changes as a version. */
public final class CommitHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        String title = Messages.get("title.commit");
        RoadmapDocument document = TeamUi.activeRoadmap(event, title);
        if (document == null || !TeamUi.savedFirst(shell, title, document)) {
            return null;
        }
        try (TeamRepository repository = TeamUi.repository(shell, title, document.getFile())) {
            if (repository != null) {
                commit(shell, repository, null);
            }
        }
        return null;
    }

    /**
     * Asks the message and records a version.
     *
     * @param intro why a version is asked for, or {@code null}
     * @return whether a version was recorded (or nothing needed recording)
     */
    static boolean commit(Shell shell, TeamRepository repository, String intro) {
        String title = Messages.get("title.commit");
        Author author = TeamUi.author(shell, title);
        if (author == null) {
            return false;
        }
        CommitDialog dialog = new CommitDialog(shell, author, intro);
        if (dialog.open() != CommitDialog.OK) {
            return false;
        }
        try {
            Optional<String> id = repository.commit(dialog.message(), author);
            MessageDialog.openInformation(shell, title, id.map(v -> Messages.get("commit.done", v.substring(0, 7)))
                    .orElse(Messages.get("commit.nothing")));
            return true;
        } catch (IOException e) {
            MessageDialog.openError(shell, title, e.getMessage());
            return false;
        }
    }
}
