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
import org.maillage.model.instance.Seance;
import org.maillage.roadmap.ui.RoadmapEditors;

/**
 * Rapports > Figer l'état pour cette séance: the séance selected (in the explorer or the editor), or else the latest
 * séance of the active roadmap, as {@code maillage snapshot} does.
 */
public final class FreezeSeanceHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        if (HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof Seance seance) {
            SeanceActions.freeze(shell, page, seance);
            return null;
        }
        RoadmapDocument document = RoadmapEditors.activeDocument(page);
        if (document == null) {
            MessageDialog.openInformation(shell, Messages.get("seance.freeze.title"), Messages.get("roadmap.none"));
            return null;
        }
        SeanceActions.freezeLatest(shell, page, document.getModel());
        return null;
    }
}
