/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.viewpoint.ViewpointRegistry;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.IdentifiedElement;
import org.maillage.viewpoint.model.description.TableDescription;
import org.maillage.viewpoint.table.TableDescriptions;
import org.maillage.viewpoint.ui.DiagramEditors;

/**
 * Opens a diagram or a table of the active roadmap (the active editor's, or the first one open). With the command's
 * description parameter (the "Diagrammes" menu's entries) it opens that one; without it, it asks among the
 * descriptions that apply to the roadmap.
 */
public final class OpenDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IWorkbenchPage page = window.getActivePage();
        Shell shell = window.getShell();
        RoadmapDocument document = RoadmapEditors.activeDocument(page);
        if (document == null || document.getFile() == null) {
            MessageDialog.openInformation(shell, Messages.get("command.title"),
                    Messages.get(document == null ? "command.noRoadmap" : "command.notSaved"));
            return null;
        }
        String id = event.getParameter(DiagramEditors.DESCRIPTION_PARAMETER);
        if (id == null) {
            ViewpointRegistry registry = ViewpointRegistry.fromExtensions();
            List<IdentifiedElement> descriptions = new ArrayList<>(registry.applicable(document.getModel()));
            descriptions.addAll(TableDescriptions.applicable(registry, document.getModel(), new ArrayList<>()));
            id = choose(shell, descriptions);
        }
        if (id != null) {
            DiagramEditors.open(page, document.getFile(), id);
        }
        return null;
    }

    private static String choose(Shell shell, List<IdentifiedElement> descriptions) {
        if (descriptions.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.get("command.title"), Messages.get("command.none"));
            return null;
        }
        if (descriptions.size() == 1) {
            return qualifiedId(descriptions.get(0));
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((IdentifiedElement) element).getLabel();
            }
        });
        dialog.setTitle(Messages.get("command.title"));
        dialog.setMessage(Messages.get("command.choose"));
        dialog.setElements(descriptions.toArray());
        dialog.setMultipleSelection(false);
        if (dialog.open() != ElementListSelectionDialog.OK || dialog.getFirstResult() == null) {
            return null;
        }
        return qualifiedId((IdentifiedElement) dialog.getFirstResult());
    }

    private static String qualifiedId(IdentifiedElement description) {
        return description instanceof TableDescription table ? TableDescriptions.qualifiedId(table)
                : ViewpointRegistry.qualifiedId((DiagramDescription) description);
    }
}
