/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.ui.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks the user name and password of an HTTPS/SSH remote. */
final class CredentialsDialog extends Dialog {

    private final String uri;
    private Text userText;
    private Text passwordText;
    private Button rememberButton;
    private String user = "";
    private String password = "";
    private boolean remember = true;

    CredentialsDialog(Shell parent, String uri) {
        super(parent);
        this.uri = uri;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.get("credentials.title", uri));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        new Label(area, SWT.NONE).setText(Messages.get("credentials.user"));
        userText = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(userText);
        new Label(area, SWT.NONE).setText(Messages.get("credentials.password"));
        passwordText = new Text(area, SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(passwordText);
        rememberButton = new Button(area, SWT.CHECK);
        rememberButton.setText(Messages.get("credentials.remember"));
        rememberButton.setSelection(true);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(rememberButton);
        return area;
    }

    @Override
    protected void okPressed() {
        user = userText.getText();
        password = passwordText.getText();
        remember = rememberButton.getSelection();
        super.okPressed();
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    boolean remember() {
        return remember;
    }
}
