/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.viewpoint.ViewpointRegistry;
import org.maillage.viewpoint.table.TableDescriptions;
import org.maillage.viewpoint.ui.internal.Messages;

/** Opening diagrams and tables in the workbench: the one way the menus, the explorer and tests do it. */
public final class DiagramEditors {

    /** The diagram editor's id. */
    public static final String EDITOR_ID = "org.maillage.viewpoint.ui.editor";
    /** The table editor's id (tables and cross tables open with the same command and input as diagrams). */
    public static final String TABLE_EDITOR_ID = "org.maillage.viewpoint.ui.tableEditor";
    /** The command that opens a diagram of the active roadmap. */
    public static final String OPEN_COMMAND_ID = "org.maillage.viewpoint.ui.openDiagram";
    /** Its optional parameter: the qualified id of the diagram description. */
    public static final String DESCRIPTION_PARAMETER = "org.maillage.viewpoint.ui.openDiagram.description";

    private DiagramEditors() {
    }

    /**
     * Opens a diagram of a roadmap, or activates the editor already open on it. The roadmap editor of the file is
     * opened first if needed (the diagram edits through its document, so that undo/redo and the dirty state are
     * shared), then the diagram editor.
     *
     * @param page the page
     * @param roadmapFile the roadmap file
     * @param descriptionId the qualified id of the diagram or table description ({@code viewpointId/diagramId})
     * @return the diagram editor, or {@code null} when it could not be opened (the user was told)
     */
    public static IEditorPart open(IWorkbenchPage page, Path roadmapFile, String descriptionId) {
        return open(page, roadmapFile, descriptionId, null);
    }

    /**
     * Opens the diagram of a description on one element of a roadmap (a CLS, an EPCI...): the one saved in the
     * diagram file if there is one, a new one otherwise; or activates the editor already open on it.
     *
     * @param page the page
     * @param roadmapFile the roadmap file
     * @param descriptionId the qualified id of the diagram description ({@code viewpointId/diagramId})
     * @param targetUuid the uuid of the element, of the description's domain class; {@code null} for the root
     * @return the diagram editor, or {@code null} when it could not be opened (the user was told)
     */
    public static IEditorPart open(IWorkbenchPage page, Path roadmapFile, String descriptionId, String targetUuid) {
        if (findDocument(page, roadmapFile) == null && RoadmapEditors.open(page, roadmapFile) == null) {
            return null;
        }
        try {
            return page.openEditor(new DiagramEditorInput(roadmapFile, descriptionId, targetUuid),
                    editorFor(descriptionId));
        } catch (PartInitException e) {
            Platform.getLog(DiagramEditors.class).error(e.getMessage(), e);
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.get("open.failed"),
                    e.getMessage());
            return null;
        }
    }

    /** @return the table editor's id when {@code descriptionId} names a table and no diagram, else the diagram's */
    static String editorFor(String descriptionId) {
        ViewpointRegistry registry = ViewpointRegistry.fromExtensions();
        return registry.find(descriptionId).isEmpty()
                && TableDescriptions.find(registry, descriptionId).isPresent() ? TABLE_EDITOR_ID : EDITOR_ID;
    }

    /**
     * @param page a page
     * @param roadmapFile a roadmap file
     * @return the document of the roadmap editor open on that file in the page, or {@code null}
     */
    public static RoadmapDocument findDocument(IWorkbenchPage page, Path roadmapFile) {
        Path wanted = roadmapFile.toAbsolutePath().normalize();
        for (IEditorReference reference : page.getEditorReferences()) {
            if (!RoadmapEditors.EDITOR_ID.equals(reference.getId())) {
                continue;
            }
            IEditorPart editor = reference.getEditor(true);
            RoadmapDocument document = editor == null ? null : editor.getAdapter(RoadmapDocument.class);
            if (document != null && document.getFile() != null
                    && wanted.equals(document.getFile().toAbsolutePath().normalize())) {
                return document;
            }
        }
        return null;
    }
}
