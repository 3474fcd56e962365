/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The workbench application: opens the Maillage window and runs until it is closed. */
public final class MaillageApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        SavedLayout.discardIfOutdated();
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new MaillageWorkbenchAdvisor());
            if (code != PlatformUI.RETURN_RESTART) {
                return IApplication.EXIT_OK;
            }
            if (Relauncher.hasNativeLauncher()) {
                return IApplication.EXIT_RESTART;
            }
            // Started by the maillage scripts, which do not restart: start the next workbench ourselves.
            Relauncher.relaunchAtExit();
            return IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
