/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Aide > À propos de Maillage: the product's logo, name, version, licences and data sources, and one « Fermer »
 * button. The platform's own About dialog is not used: it needs the product's aboutText in the branding bundle and
 * shows English-only buttons (Installation Details) that mean nothing to our users.
 */
public final class AboutDialog extends Dialog {

    private Image logo;

    /** @param parent the workbench window's shell */
    public AboutDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.get("about.title", AboutContent.productName()));
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(16, 8).applyTo(area);
        logo = ImageDescriptor.createFromURL(getClass().getResource("/icons/maillage48.png")).createImage(false);
        Label picture = new Label(area, SWT.NONE);
        if (logo != null) {
            picture.setImage(logo);
        }
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 2).applyTo(picture);
        Label name = new Label(area, SWT.NONE);
        name.setText(AboutContent.productName());
        name.setFont(JFaceResources.getHeaderFont());
        // Read-only text: a user can copy the version and licences into a message to the support.
        StyledText text = new StyledText(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setText(AboutContent.text());
        text.setBackground(area.getBackground());
        text.setCaret(null); // read, not typed into: no cursor blinking before the version
        String all = text.getText();
        for (String heading : AboutContent.headings()) {
            int at = all.indexOf("\n" + heading + "\n");
            if (at >= 0) {
                text.setStyleRange(new StyleRange(at + 1, heading.length(), null, null, SWT.BOLD));
            }
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 380).applyTo(text);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        // The cancel id: Dialog closes on it (and on Escape) with no handling of our own.
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    public boolean close() {
        if (logo != null) {
            logo.dispose();
            logo = null;
        }
        return super.close();
    }
}
