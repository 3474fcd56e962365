/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.part.ViewPart;

/** The first thing a user sees: what Maillage is for and where to start. */
public final class HomeView extends ViewPart {

    private FormToolkit toolkit;
    private ScrolledForm form;

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText(Messages.get("home.title"));
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));
        addParagraph(body, Messages.get("home.intro"));
        addParagraph(body, Messages.get("home.users"));
        toolkit.decorateFormHeading(form.getForm());
    }

    private void addParagraph(Composite body, String text) {
        Label label = toolkit.createLabel(body, text, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 600;
        label.setLayoutData(data);
    }

    /** @return the form's title, for tests */
    public String getFormTitle() {
        return form.getText();
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }
}
