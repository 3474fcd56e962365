/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.maillage.app.MaillageUi;

/** Fichier > Ouvrir... : chooses a roadmap file and shows it in the roadmap explorer. */
final class OpenRoadmapAction extends Action {

    private final IWorkbenchWindow window;

    OpenRoadmapAction(IWorkbenchWindow window) {
        super(Messages.get("action.open"));
        this.window = window;
        setId("org.maillage.app.open");
        setAccelerator(SWT.MOD1 | 'O');
    }

    @Override
    public void run() {
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.maillage", "*.*" });
        dialog.setFilterNames(new String[] { Messages.get("action.open.filter"), Messages.get("action.open.all") });
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            RoadmapView view = (RoadmapView) window.getActivePage().showView(MaillageUi.ROADMAP_VIEW_ID);
            view.open(Path.of(chosen));
        } catch (PartInitException e) {
            org.eclipse.core.runtime.Platform.getLog(getClass()).error(e.getMessage(), e);
        }
    }
}
