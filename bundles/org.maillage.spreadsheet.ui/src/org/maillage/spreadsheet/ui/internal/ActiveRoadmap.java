/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.ui.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.maillage.model.edit.RoadmapDocument;

/** The roadmap both wizards work on: the one of the active editor, as for the report wizard. */
final class ActiveRoadmap {

    private ActiveRoadmap() {
    }

    /**
     * @param event the handler's event
     * @param title the wizard's title, for the message when no roadmap is open
     * @return the roadmap of the active editor, or {@code null} after telling the user to open one
     */
    static RoadmapDocument of(ExecutionEvent event, String title) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        RoadmapDocument document = editor == null ? null : editor.getAdapter(RoadmapDocument.class);
        if (document == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), title,
                    Messages.get("handler.noRoadmap"));
        }
        return document;
    }

    /** @return the roadmap's folder, where the wizards propose their files, or the home folder for a new roadmap */
    static Path folder(RoadmapDocument document) {
        return document.getFile() == null ? Path.of(System.getProperty("user.home"))
                : document.getFile().toAbsolutePath().getParent();
    }

    /**
     * @param text a file name typed in a wizard
     * @return it as an absolute path, or {@code null} when it is empty or not a path
     */
    static Path typedPath(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return Path.of(trimmed).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
