/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchWindow;
import org.maillage.app.internal.wizard.NewRoadmapWizard;

/** Fichier > Nouvelle feuille de route... : opens the new roadmap wizard. */
final class NewRoadmapAction extends Action {

    private final IWorkbenchWindow window;

    NewRoadmapAction(IWorkbenchWindow window) {
        super(Messages.get("action.new"));
        this.window = window;
        setId("org.maillage.app.new");
        setAccelerator(SWT.MOD1 | 'N');
    }

    @Override
    public void run() {
        open(window);
    }

    /** Opens the wizard in a window (the home page's link does this too). */
    static void open(IWorkbenchWindow window) {
        new WizardDialog(window.getShell(), new NewRoadmapWizard(window)).open();
    }
}
