/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal.seance;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.maillage.app.internal.Messages;
import org.maillage.edit.ui.HelpContexts;
import org.maillage.model.instance.Instance;

/**
 * "Nouvelle séance": the date, the name (which follows the date until the user types one) and the agenda, one item
 * per line, prefilled with what the roadmap's figures propose; all editable.
 */
public final class NewSeanceDialog extends Dialog {

    private final Instance instance;
    private final List<String> proposedAgenda;
    private LocalDate date;
    private String name;
    private List<String> agenda;
    private DateTime dateField;
    private Text nameField;
    private Text agendaField;
    private boolean nameTyped;

    /**
     * @param parent the parent shell
     * @param instance the instance the séance will belong to (named in the dialog)
     * @param date the date proposed
     * @param proposedAgenda the agenda proposed
     */
    public NewSeanceDialog(Shell parent, Instance instance, LocalDate date, List<String> proposedAgenda) {
        super(parent);
        this.instance = instance;
        this.date = date;
        this.proposedAgenda = proposedAgenda;
        this.name = SeanceEdits.defaultName(date);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.get("seance.new.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        HelpContexts.set(area, HelpContexts.NEW_SEANCE);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.get("seance.new.intro", instance.getNom()));
        GridDataFactory.fillDefaults().span(2, 1).hint(520, SWT.DEFAULT).applyTo(intro);

        new Label(area, SWT.NONE).setText(Messages.get("seance.new.date"));
        dateField = new DateTime(area, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        dateField.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        dateField.addListener(SWT.Selection, e -> dateChanged());

        new Label(area, SWT.NONE).setText(Messages.get("seance.new.name"));
        nameField = new Text(area, SWT.BORDER);
        nameField.setText(name);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(nameField);
        // Only a name the user typed stops following the date.
        nameField.addListener(SWT.Modify, e -> {
            nameTyped = !nameField.getText().equals(SeanceEdits.defaultName(date));
            updateButtons();
        });

        Label agendaLabel = new Label(area, SWT.NONE);
        agendaLabel.setText(Messages.get("seance.new.agenda"));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(agendaLabel);
        agendaField = new Text(area, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
        agendaField.setText(String.join("\n", proposedAgenda));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(520, 140).applyTo(agendaField);
        Label note = new Label(area, SWT.WRAP);
        note.setText(Messages.get("seance.new.agenda.note"));
        GridDataFactory.fillDefaults().span(2, 1).hint(520, SWT.DEFAULT).applyTo(note);
        return area;
    }

    private void dateChanged() {
        date = LocalDate.of(dateField.getYear(), dateField.getMonth() + 1, dateField.getDay());
        if (!nameTyped) {
            nameField.setText(SeanceEdits.defaultName(date));
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        updateButtons();
    }

    private void updateButtons() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(!nameField.getText().isBlank());
        }
    }

    @Override
    protected void okPressed() {
        date = LocalDate.of(dateField.getYear(), dateField.getMonth() + 1, dateField.getDay());
        name = nameField.getText().strip();
        agenda = Arrays.stream(agendaField.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        super.okPressed();
    }

    /** @return the date chosen */
    public LocalDate date() {
        return date;
    }

    /** @return the name chosen */
    public String name() {
        return name;
    }

    /** @return the agenda items, one per non-blank line, in order */
    public List<String> agenda() {
        return agenda;
    }
}
