/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.maillage.team.Author;

/** « Enregistrer une version… »: the message, and who records it (from the preferences). */
final class CommitDialog extends TitleAreaDialog {

    private final Author author;
    private final String intro;
    private Text messageText;
    private String message = "";

    /**
     * @param parent the shell
     * @param author who records the version
     * @param intro a sentence above the message (why a version is asked for), or {@code null}
     */
    CommitDialog(Shell parent, Author author, String intro) {
        super(parent);
        this.author = author;
        this.intro = intro;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.get("title.commit"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.get("title.commit"));
        setMessage(intro != null ? intro : Messages.get("commit.intro"));
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().applyTo(body);
        new Label(body, SWT.NONE).setText(Messages.get("commit.message"));
        messageText = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(460, 120).applyTo(messageText);
        messageText.addModifyListener(e -> validate());
        Label who = new Label(body, SWT.NONE);
        who.setText(Messages.get("commit.author", author.name(), author.email()));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        boolean ok = messageText != null && !messageText.getText().isBlank();
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(ok);
        }
        setErrorMessage(ok || messageText == null || messageText.getText().isEmpty() ? null
                : Messages.get("commit.emptyMessage"));
    }

    /** @return the OK button, for tests */
    org.eclipse.swt.widgets.Button okButton() {
        return getButton(IDialogConstants.OK_ID);
    }

    /** @return the message field, for tests */
    Text messageText() {
        return messageText;
    }

    @Override
    protected void okPressed() {
        message = messageText.getText().strip();
        super.okPressed();
    }

    /** @return the message typed, once the dialog is closed with OK */
    String message() {
        return message;
    }
}
