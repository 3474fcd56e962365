/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.roadmap.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.roadmap.ui.internal.Messages;

/** Opening roadmaps in the workbench, the one way every menu, view and start-up path does it. */
public final class RoadmapEditors {

    /** The roadmap editor's id. */
    public static final String EDITOR_ID = "org.maillage.roadmap.ui.editor";

    private RoadmapEditors() {
    }

    /**
     * Opens a roadmap file in the roadmap editor, or activates the editor already open on it. The file is loaded
     * first: a broken or hostile file is reported in a dialog with the model layer's message (what and where), and
     * the workbench stays as it was.
     *
     * @param page the page to open the editor in
     * @param file the roadmap file
     * @return the editor, or {@code null} when the file could not be opened (the user was told)
     */
    public static IEditorPart open(IWorkbenchPage page, Path file) {
        RoadmapEditorInput key = new RoadmapEditorInput(file, null);
        IEditorPart existing = page.findEditor(key);
        if (existing != null) {
            page.activate(existing);
            return existing;
        }
        RoadmapDocument document;
        try {
            document = RoadmapDocument.open(file);
        } catch (ModelLoadException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.get("open.failed"),
                    e.getMessage());
            return null;
        }
        return open(page, new RoadmapEditorInput(file, document));
    }

    /**
     * Opens a roadmap already in memory (a new roadmap from the wizard, for instance).
     *
     * @param page the page
     * @param input the input, usually carrying its document
     * @return the editor, or {@code null} if the workbench could not create it (logged)
     */
    public static IEditorPart open(IWorkbenchPage page, RoadmapEditorInput input) {
        try {
            return page.openEditor(input, EDITOR_ID);
        } catch (PartInitException e) {
            RoadmapDocument unused = input.takeDocument();
            if (unused != null) {
                unused.dispose();
            }
            Platform.getLog(RoadmapEditors.class).error(e.getMessage(), e);
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.get("open.failed"),
                    e.getMessage());
            return null;
        }
    }

    /**
     * @param page a workbench page
     * @return the roadmap document of the active editor, or of the first roadmap editor open, or {@code null}
     */
    public static RoadmapDocument activeDocument(IWorkbenchPage page) {
        if (page == null) {
            return null;
        }
        IEditorPart active = page.getActiveEditor();
        RoadmapDocument document = active == null ? null : active.getAdapter(RoadmapDocument.class);
        if (document != null) {
            return document;
        }
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart editor = reference.getEditor(false);
            document = editor == null ? null : editor.getAdapter(RoadmapDocument.class);
            if (document != null) {
                return document;
            }
        }
        return null;
    }
}
