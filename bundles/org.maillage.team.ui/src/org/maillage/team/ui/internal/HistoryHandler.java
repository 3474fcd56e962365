/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.ui.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.team.TeamRepository;
import org.maillage.team.Version;

/** « Historique »: the versions of the active roadmap, to compare with or restore. */
public final class HistoryHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        String title = Messages.get("title.history");
        RoadmapDocument document = TeamUi.activeRoadmap(event, title);
        if (document == null) {
            return null;
        }
        try (TeamRepository repository = TeamUi.repository(shell, title, document.getFile())) {
            if (repository == null) {
                return null;
            }
            List<Version> versions = repository.history(document.getFile());
            if (versions.isEmpty()) {
                MessageDialog.openInformation(shell, title,
                        Messages.get("history.empty", document.getFile().getFileName()));
                return null;
            }
            new HistoryDialog(shell, document, repository, versions).open();
        } catch (IOException e) {
            MessageDialog.openError(shell, title, e.getMessage());
        }
        return null;
    }
}
