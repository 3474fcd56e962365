/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.ui.internal;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.maillage.team.SshSettings.HostKeyPolicy;

/**
 * Préférences &gt; Équipe: the author recorded with each version; what to do with an SSH server not in known_hosts;
 * forgetting the stored credentials.
 */
public final class TeamPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** Creates the page (extension point org.eclipse.ui.preferencePages). */
    public TeamPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, TeamSettings.QUALIFIER));
        setDescription(Messages.get("preferences.description"));
    }

    @Override
    public void init(IWorkbench workbench) {
        // Nothing: the store is set in the constructor.
    }

    @Override
    protected void createFieldEditors() {
        addField(new StringFieldEditor(TeamSettings.AUTHOR_NAME, Messages.get("preferences.name"),
                getFieldEditorParent()));
        addField(new StringFieldEditor(TeamSettings.AUTHOR_EMAIL, Messages.get("preferences.email"),
                getFieldEditorParent()));
        addField(new RadioGroupFieldEditor(TeamSettings.SSH_HOST_KEYS, Messages.get("preferences.sshHostKeys"), 1,
                new String[][] {
                        { Messages.get("preferences.sshKnownOnly"), HostKeyPolicy.KNOWN_HOSTS_ONLY.name() },
                        { Messages.get("preferences.sshAcceptNew"), HostKeyPolicy.ACCEPT_NEW.name() } },
                getFieldEditorParent(), true));
        Button forget = new Button(getFieldEditorParent(), SWT.PUSH);
        forget.setText(Messages.get("preferences.forget"));
        forget.addListener(SWT.Selection, e -> TeamSettings.forgetAll());
    }
}
