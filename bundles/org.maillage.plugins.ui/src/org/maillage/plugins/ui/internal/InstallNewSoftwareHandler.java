/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.plugins.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Aide > Installer de nouveaux logiciels... : p2's install wizard on the running installation's profile. A Maillage
 * started from the build (tests, an IDE launch) has no p2 profile: the wizard would fail deep inside p2 with an
 * English error, so the user is told in French why nothing can be installed there.
 */
public final class InstallNewSoftwareHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        open(HandlerUtil.getActiveShell(event), ProvisioningUI.getDefaultUI());
        return null;
    }

    /**
     * Opens the install wizard of {@code ui}, or says in French why there is nothing to install into.
     *
     * @param shell the parent of the message
     * @param ui p2's UI on a profile (the running installation's, or a test's)
     */
    static void open(Shell shell, ProvisioningUI ui) {
        if (!hasProfile(ui)) {
            MessageDialog.openInformation(shell, Messages.get("install.title"), Messages.get("install.noProfile"));
            return;
        }
        ui.openInstallWizard(null, null, null);
    }

    /** @return whether p2 manages the installation {@code ui} works on (a product unpacked from its archive) */
    static boolean hasProfile(ProvisioningUI ui) {
        if (ui == null || ui.getProfileId() == null) {
            return false;
        }
        IProfileRegistry registry = ui.getSession().getProvisioningAgent().getService(IProfileRegistry.class);
        return registry != null && registry.getProfile(ui.getProfileId()) != null;
    }
}
