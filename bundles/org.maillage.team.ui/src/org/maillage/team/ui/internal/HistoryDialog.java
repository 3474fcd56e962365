/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.ui.internal;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.team.TeamRepository;
import org.maillage.team.Version;

/**
 * « Historique »: the versions of the roadmap (date, author, message, id); the changes from the selected one to
 * the editor's current state, or between two selected versions (Ctrl+clic), as the CTS cycle's sentences;
 * « Restaurer cette version » as one command on the editor's stack.
 */
final class HistoryDialog extends Dialog {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    private final RoadmapDocument document;
    private final TeamRepository repository;
    private final List<Version> versions;
    private Table table;
    private org.eclipse.swt.widgets.List changes;
    private Button compare;
    private Button restore;
    private Label changesLabel;

    HistoryDialog(Shell parent, RoadmapDocument document, TeamRepository repository, List<Version> versions) {
        super(parent);
        this.document = document;
        this.repository = repository;
        this.versions = versions;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.get("title.history") + " – " + document.getFile().getFileName());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        table = new Table(area, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(720, 200).span(1, 2).applyTo(table);
        for (String[] column : new String[][] { { "history.date", "130" }, { "history.author", "150" },
                { "history.message", "340" }, { "history.version", "80" } }) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(Messages.get(column[0]));
            c.setWidth(Integer.parseInt(column[1]));
        }
        for (Version version : versions) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { DATE.format(version.date()), version.author(),
                    version.message().lines().findFirst().orElse(""), version.shortId() });
            item.setData(version);
        }
        compare = new Button(area, SWT.PUSH);
        compare.setText(Messages.get("history.compare"));
        compare.setToolTipText(Messages.get("history.compareHint"));
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(compare);
        restore = new Button(area, SWT.PUSH);
        restore.setText(Messages.get("history.restore"));
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(restore);
        changesLabel = new Label(area, SWT.NONE);
        changesLabel.setText(Messages.get("history.changes"));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(changesLabel);
        changes = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(720, 160).span(2, 1).applyTo(changes);
        table.addListener(SWT.Selection, e -> updateButtons());
        compare.addListener(SWT.Selection, e -> compareSelected());
        restore.addListener(SWT.Selection, e -> restoreSelected());
        table.select(0);
        updateButtons();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        // The cancel id: Dialog closes on it (and on Escape) with no handling of our own.
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** One version: compare it with the current state or restore it; two: compare them; more: nothing to do. */
    private void updateButtons() {
        int count = table.getSelectionCount();
        compare.setText(Messages.get(count == 2 ? "history.compareTwo" : "history.compare"));
        compare.setEnabled(count == 1 || count == 2);
        restore.setEnabled(count == 1);
        compare.getParent().layout(new Control[] { compare });
    }

    private Version selected() {
        return (Version) table.getItem(table.getSelectionIndex()).getData();
    }

    private ModeleMaillage load(Version version) {
        try {
            return RoadmapVersions.load(repository.contentAt(document.getFile(), version.id()));
        } catch (IOException e) {
            MessageDialog.openError(getShell(), Messages.get("title.history"),
                    Messages.get("history.unreadable", version.shortId(), e.getMessage()));
            return null;
        }
    }

    /**
     * Shows the changes from the selected version to the editor's current model (saved or not), or, with two
     * versions selected, from the older to the newer whatever the order of the clicks.
     */
    void compareSelected() {
        int[] rows = table.getSelectionIndices();
        if (rows.length == 2) {
            // The table lists the newest first: the higher row is the older version.
            Arrays.sort(rows);
            Version older = (Version) table.getItem(rows[1]).getData();
            Version newer = (Version) table.getItem(rows[0]).getData();
            ModeleMaillage from = load(older);
            ModeleMaillage to = from == null ? null : load(newer);
            if (to != null) {
                show(Messages.get("history.changesBetween", older.shortId(), newer.shortId()),
                        RoadmapVersions.changesSince(from, to));
            }
            return;
        }
        ModeleMaillage version = load(selected());
        if (version != null) {
            show(Messages.get("history.changes"), RoadmapVersions.changesSince(version, document.getModel()));
        }
    }

    private void show(String title, List<String> sentences) {
        changesLabel.setText(title);
        changes.setItems(sentences.isEmpty() ? new String[] { Messages.get("history.noChange") }
                : sentences.toArray(String[]::new));
    }

    /** Restores the selected version in the editor, as one undoable command. */
    void restoreSelected() {
        Version chosen = selected();
        ModeleMaillage version = load(chosen);
        if (version == null) {
            return;
        }
        Command command = RoadmapVersions.restore(document, version,
                Messages.get("history.restoreLabel", chosen.shortId()));
        document.getCommandStack().execute(command);
        // Said in the dialog, not in a second window: the user goes on comparing or closes.
        changes.setItems(new String[] { Messages.get("history.restored", chosen.shortId()) });
    }

    /** @return the list of changes shown, for tests */
    org.eclipse.swt.widgets.List changes() {
        return changes;
    }

    /** @return « Comparer… », for tests */
    Button compareButton() {
        return compare;
    }

    /** @return « Restaurer cette version », for tests */
    Button restoreButton() {
        return restore;
    }

    /** @return the title of the list of changes, for tests */
    Label changesLabel() {
        return changesLabel;
    }

    /** @return the versions table, for tests */
    Table table() {
        return table;
    }
}
