/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.ui.internal;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Préférences &gt; Équipe: the author recorded with each version; forgetting the stored credentials. */
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
        Button forget = new Button(getFieldEditorParent(), SWT.PUSH);
        forget.setText(Messages.get("preferences.forget"));
        forget.addListener(SWT.Selection, e -> TeamSettings.forgetAll());
    }
}
