/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.team.TeamException;
import org.maillage.team.TeamRepository;

/**
 * « Cloner un dépôt… »: copies a repository into a new folder, in the background, and opens its roadmap. The new
 * folder is named after the repository, inside the folder the user picks.
 */
public final class CloneHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        String title = Messages.get("title.clone");
        InputDialog address = new InputDialog(shell, title, Messages.get("clone.uri"), "",
                text -> text.isBlank() ? "" : null);
        if (address.open() != InputDialog.OK) {
            return null;
        }
        String uri = address.getValue().strip();
        DirectoryDialog where = new DirectoryDialog(shell);
        where.setText(Messages.get("clone.folder"));
        String parent = where.open();
        if (parent == null) {
            return null;
        }
        String name = uri.replaceAll("[/\\\\]+$", "").replaceAll(".*[/\\\\:]", "").replaceAll("\\.git$", "");
        Path target = Path.of(parent).resolve(name.isBlank() ? "depot" : name);
        TeamSettings.RemoteCredentials credentials = TeamSettings.credentials(shell, uri);
        if (credentials == null && TeamSettings.needsCredentials(uri)) {
            return null;
        }
        Job job = Job.create(Messages.get("title.clone"), monitor -> {
            try (TeamRepository repository = TeamRepository.cloneFrom(uri, target,
                    credentials == null ? null : credentials.provider(), TeamSettings.ssh(), monitor)) {
                if (credentials != null) {
                    credentials.accepted();
                }
                Optional<Path> roadmap = firstRoadmap(target);
                shell.getDisplay().asyncExec(() -> {
                    if (roadmap.isPresent()) {
                        RoadmapEditors.open(page, roadmap.get());
                    }
                    MessageDialog.openInformation(shell, title, Messages.get(
                            roadmap.isPresent() ? "clone.done" : "clone.noRoadmap", target));
                });
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException e) {
                if (credentials != null && e instanceof TeamException team
                        && team.getKind() == TeamException.Kind.CREDENTIALS) {
                    credentials.refused();
                }
                shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, title, e.getMessage()));
                return Status.info(e.getMessage());
            }
        });
        job.setUser(true);
        job.schedule();
        return null;
    }

    private static Optional<Path> firstRoadmap(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder, 3)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".maillage"))
                    .filter(p -> !p.toString().contains("/.git/")).sorted().findFirst();
        }
    }
}
