/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.team.Author;
import org.maillage.team.SyncResult;
import org.maillage.team.TeamException;
import org.maillage.team.TeamRepository;

/**
 * « Synchroniser »: unsaved editor changes are saved first (or nothing is done), unrecorded changes become a
 * version first, then the fetch, merge and push run in a cancellable background job; the editor is reloaded after,
 * unless it was edited meanwhile (then nothing is overwritten and the user is told).
 */
public final class SyncHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        String title = Messages.get("title.sync");
        RoadmapDocument document = TeamUi.activeRoadmap(event, title);
        if (document == null || !TeamUi.savedFirst(shell, title, document)) {
            return null;
        }
        TeamRepository repository = TeamUi.repository(shell, title, document.getFile());
        if (repository == null) {
            return null;
        }
        try {
            if (!repository.uncommittedChanges().isEmpty()
                    && !CommitHandler.commit(shell, repository, Messages.get("commit.uncommitted"))) {
                repository.close();
                return null;
            }
        } catch (IOException e) {
            repository.close();
            MessageDialog.openError(shell, title, e.getMessage());
            return null;
        }
        Author author = TeamUi.author(shell, title);
        if (author == null) {
            repository.close();
            return null;
        }
        String uri = repository.getRemoteUri();
        TeamSettings.RemoteCredentials credentials = TeamSettings.credentials(shell, uri);
        if (credentials == null && TeamSettings.needsCredentials(uri)) {
            // The user cancelled the credentials: no attempt that the remote would refuse.
            repository.close();
            return null;
        }
        Job job = Job.create(Messages.get("sync.job", document.getFile().getFileName()), monitor -> {
            try (repository) {
                repository.setSshSettings(TeamSettings.ssh());
                SyncResult result = repository.synchronise(TeamSettings.merger(), author,
                        credentials == null ? null : credentials.provider(), monitor);
                if (credentials != null) {
                    credentials.accepted();
                }
                shell.getDisplay().asyncExec(() -> finished(shell, page, document, result));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException e) {
                if (credentials != null && e instanceof TeamException team
                        && team.getKind() == TeamException.Kind.CREDENTIALS) {
                    credentials.refused();
                }
                shell.getDisplay().asyncExec(() -> {
                    TeamUi.reload(page, document);
                    MessageDialog.openError(shell, title, e.getMessage());
                });
                return Status.info(e.getMessage());
            }
        });
        job.setUser(true);
        job.schedule();
        return null;
    }

    private static void finished(Shell shell, IWorkbenchPage page, RoadmapDocument document, SyncResult result) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get(switch (result.outcome()) {
            case UP_TO_DATE -> "sync.upToDate";
            case FAST_FORWARD -> "sync.fastForward";
            case MERGED -> "sync.merged";
        }));
        if (result.pushed()) {
            lines.add(Messages.get("sync.pushed"));
        }
        if (!result.modelConflicts().isEmpty()) {
            lines.add(Messages.get("sync.modelConflicts", String.join(", ", result.modelConflicts())));
        }
        if (!result.keptBoth().isEmpty()) {
            lines.add(Messages.get("sync.keptBoth", String.join(", ", result.keptBoth())));
        }
        boolean reloaded = TeamUi.reload(page, document);
        if (!reloaded) {
            lines.add(Messages.get("sync.editedMeanwhile"));
        }
        MessageDialog.openInformation(shell, Messages.get("title.sync"), String.join("\n\n", lines));
        if (reloaded) {
            showConflicts(shell, page, document);
        }
    }

    /**
     * The conflicts the merge recorded in the roadmap, one "garder la mienne / la leur / les deux" each, on the
     * reloaded editor's command stack (each choice undoable).
     */
    private static void showConflicts(Shell shell, IWorkbenchPage page, RoadmapDocument before) {
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart editor = reference.getEditor(false);
            RoadmapDocument document = editor == null ? null : editor.getAdapter(RoadmapDocument.class);
            if (document != null && before.getFile().equals(document.getFile())
                    && !document.getModel().getConflits().isEmpty()) {
                ConflictsHandler.open(shell, document);
                return;
            }
        }
    }
}
