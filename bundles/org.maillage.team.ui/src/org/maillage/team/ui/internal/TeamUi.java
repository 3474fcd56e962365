/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.HandlerUtil;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.team.Author;
import org.maillage.team.TeamRepository;

/** What the Équipe handlers share: the active roadmap, saving it first, the author, reloading after a change. */
final class TeamUi {

    static final String PREFERENCE_PAGE = "org.maillage.team.ui.preferences";

    private TeamUi() {
    }

    /** @return the active roadmap with a file, or {@code null} after saying to open one */
    static RoadmapDocument activeRoadmap(ExecutionEvent event, String title) {
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event) == null ? null
                : HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        RoadmapDocument document = RoadmapEditors.activeDocument(page);
        if (document == null || document.getFile() == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), title, Messages.get("noRoadmap"));
            return null;
        }
        return document;
    }

    /**
     * Unsaved editor changes are saved, or the operation is not done: a team operation never overwrites them.
     *
     * @return whether the document has no unsaved change now
     */
    static boolean savedFirst(Shell shell, String title, RoadmapDocument document) {
        if (!document.isDirty()) {
            return true;
        }
        MessageDialog question = new MessageDialog(shell, title, null,
                Messages.get("saveFirst", document.getFile().getFileName()), MessageDialog.QUESTION, 0,
                Messages.get("saveFirst.save"), Messages.get("cancel"));
        if (question.open() != 0) {
            return false;
        }
        try {
            document.save();
            return true;
        } catch (IOException e) {
            MessageDialog.openError(shell, title, e.getMessage());
            return false;
        }
    }

    /** @return the repository of the roadmap's folder, or {@code null} after showing why not */
    static TeamRepository repository(Shell shell, String title, Path file) {
        try {
            return TeamRepository.open(file);
        } catch (IOException e) {
            MessageDialog.openError(shell, title, e.getMessage());
            return null;
        }
    }

    /** @return the author from the preferences, or {@code null} after opening the preference page to fill it */
    static Author author(Shell shell, String title) {
        Author author = TeamSettings.author();
        if (author.isComplete()) {
            return author;
        }
        MessageDialog.openInformation(shell, title, Messages.get("author.missing"));
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, PREFERENCE_PAGE,
                new String[] { PREFERENCE_PAGE }, null);
        dialog.open();
        author = TeamSettings.author();
        return author.isComplete() ? author : null;
    }

    /**
     * Reopens the editors of {@code file} after a team operation rewrote it, unless they were edited meanwhile.
     *
     * @return {@code false} when an editor had unsaved changes and was left as it is
     */
    static boolean reload(IWorkbenchPage page, RoadmapDocument document) {
        if (document.isDirty()) {
            return false;
        }
        if (!document.isChangedOnDisk()) {
            return true;
        }
        Path file = document.getFile();
        // This document is about to be dropped: no "changed on disk" question when the window regains focus.
        document.acknowledgeDiskState();
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart editor = reference.getEditor(false);
            if (editor != null && editor.getAdapter(RoadmapDocument.class) == document) {
                page.closeEditor(editor, false);
            }
        }
        RoadmapEditors.open(page, file);
        return true;
    }
}
