/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal.seance;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.maillage.app.internal.Messages;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.Seance;
import org.maillage.roadmap.ui.RoadmapEditors;

/**
 * Rapports > Nouvelle séance...: a séance of the instance selected (or of the selected séance's instance), or else of
 * the active roadmap's plenary CTS.
 */
public final class NewSeanceHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        Object selected = HandlerUtil.getCurrentStructuredSelection(event).getFirstElement();
        Instance instance = selected instanceof Instance i ? i
                : selected instanceof Seance s ? s.getInstance() : null;
        RoadmapDocument document = RoadmapEditors.activeDocument(page);
        if (instance == null && document == null) {
            MessageDialog.openInformation(shell, Messages.get("seance.new.title"), Messages.get("roadmap.none"));
            return null;
        }
        SeanceActions.create(shell, page, instance, document == null ? null : document.getModel());
        return null;
    }
}
