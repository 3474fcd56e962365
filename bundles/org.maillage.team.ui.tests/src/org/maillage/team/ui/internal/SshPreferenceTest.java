/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.team.SshSettings.HostKeyPolicy;
import org.maillage.testsupport.ui.Screenshots;

/*
 * Covered cases: the SSH host key policy of Préférences > Équipe: « Le refuser : hôtes connus seulement » by
 * default and for an unknown value, « L'accepter la première fois » once chosen, with the user's ~/.ssh; the page
 * shows both choices in French (screenshot looked at).
 */
class SshPreferenceTest {

    private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(TeamSettings.QUALIFIER);

    @AfterEach
    void clear() {
        preferences.remove(TeamSettings.SSH_HOST_KEYS);
    }

    @Test
    void thePolicyFollowsThePreference() {
        preferences.remove(TeamSettings.SSH_HOST_KEYS);
        assertEquals(HostKeyPolicy.KNOWN_HOSTS_ONLY, TeamSettings.ssh().hostKeys());
        assertEquals(Path.of(System.getProperty("user.home"), ".ssh"), TeamSettings.ssh().sshDirectory());
        preferences.put(TeamSettings.SSH_HOST_KEYS, "TOUT_ACCEPTER");
        assertEquals(HostKeyPolicy.KNOWN_HOSTS_ONLY, TeamSettings.ssh().hostKeys());
        preferences.put(TeamSettings.SSH_HOST_KEYS, HostKeyPolicy.ACCEPT_NEW.name());
        assertEquals(HostKeyPolicy.ACCEPT_NEW, TeamSettings.ssh().hostKeys());
    }

    @Test
    void thePageOffersBothPoliciesInFrench() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, "org.maillage.team.ui.preferences",
                null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            List<String> radios = new java.util.ArrayList<>();
            collect(dialog.getShell(), radios);
            assertTrue(radios.stream().anyMatch(t -> t.contains("hôtes connus seulement")), radios::toString);
            assertTrue(radios.stream().anyMatch(t -> t.contains("accepter la première fois")), radios::toString);
            Screenshots.save(dialog.getShell(), Path.of("target", "screenshots", "preferences-equipe-ssh.png"));
        } finally {
            dialog.close();
        }
    }

    private static void collect(Control control, List<String> texts) {
        if (control instanceof Button button) {
            texts.add(button.getText().replace("&", ""));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, texts);
            }
        }
    }
}
