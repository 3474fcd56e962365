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
import org.maillage.roadmap.ui.RoadmapEditors;

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
        RoadmapEditors.open(window.getActivePage(), Path.of(chosen));
    }
}
