/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.team.Author;
import org.maillage.team.TeamRepository;

/**
 * « Partager dans un dépôt Git… »: makes the roadmap's folder a repository with a first version, and optionally
 * names the remote (a bare repository on a shared drive, an HTTPS URL) that « Synchroniser » sends versions to.
 */
public final class ShareHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        String title = Messages.get("title.share");
        RoadmapDocument document = TeamUi.activeRoadmap(event, title);
        if (document == null || !TeamUi.savedFirst(shell, title, document)) {
            return null;
        }
        Author author = TeamUi.author(shell, title);
        if (author == null) {
            return null;
        }
        InputDialog remote = new InputDialog(shell, title, Messages.get("share.remote"), "", null);
        if (remote.open() != InputDialog.OK) {
            return null;
        }
        Path folder = document.getFile().toAbsolutePath().getParent();
        try (TeamRepository repository = TeamRepository.share(folder, author)) {
            if (!remote.getValue().isBlank()) {
                repository.setRemote(remote.getValue().strip());
            }
            MessageDialog.openInformation(shell, title, Messages.get("share.done", folder));
        } catch (IOException e) {
            MessageDialog.openError(shell, title, e.getMessage());
        }
        return null;
    }
}
