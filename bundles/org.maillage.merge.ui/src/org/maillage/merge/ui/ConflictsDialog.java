/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge.ui;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.maillage.merge.Conflicts;
import org.maillage.merge.Conflicts.Resolution;
import org.maillage.merge.ui.internal.Messages;
import org.maillage.model.Conflit;
import org.maillage.model.edit.ModelLabels;
import org.maillage.model.seance.SnapshotFields;

/**
 * The conflicts a merge left in a model, one line each with the element, the field and both values, and per
 * conflict "Garder la mienne", "Garder la leur", "Garder les deux". Each choice is one command on the given stack
 * ({@link Conflicts#resolve}), so Édition &gt; Annuler undoes it like any edit. The dialog only reads and resolves:
 * opening it after a merge (Fichier &gt; Équipe &gt; Synchroniser, or on a merged file) is the caller's part.
 */
public class ConflictsDialog extends Dialog {

    private final Resource model;
    private final CommandStack commandStack;
    private Table table;
    private Text details;
    private Button keepOurs;
    private Button keepTheirs;
    private Button keepBoth;
    private Label summary;
    private List<Conflit> conflicts = List.of();

    /**
     * @param parent the parent shell
     * @param model the merged model (a roadmap or a diagram file)
     * @param commandStack where the resolutions are executed (the editor's), for undo
     */
    public ConflictsDialog(Shell parent, Resource model, CommandStack commandStack) {
        super(parent);
        this.model = model;
        this.commandStack = commandStack;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.get("dialog.title"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        summary = new Label(area, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.widthHint = 960;
        tableData.heightHint = 260;
        table.setLayoutData(tableData);
        for (String column : List.of("column.element", "column.field", "column.base", "column.ours",
                "column.theirs")) {
            TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
            tableColumn.setText(Messages.get(column));
            // The element and the kind of conflict are the longest texts; values are shown in full below.
            tableColumn.setWidth("column.element".equals(column) ? 230 : "column.field".equals(column) ? 310 : 140);
        }
        details = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        GridData detailsData = new GridData(SWT.FILL, SWT.FILL, true, false);
        detailsData.heightHint = 70;
        details.setLayoutData(detailsData);
        Composite buttons = new Composite(area, SWT.NONE);
        buttons.setLayout(new GridLayout(3, true));
        keepOurs = choice(buttons, "keep.ours", Resolution.KEEP_OURS);
        keepTheirs = choice(buttons, "keep.theirs", Resolution.KEEP_THEIRS);
        keepBoth = choice(buttons, "keep.both", Resolution.KEEP_BOTH);
        table.addListener(SWT.Selection, e -> selectionChanged());
        refresh();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.get("dialog.close"), true);
    }

    private Button choice(Composite parent, String key, Resolution resolution) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(Messages.get(key));
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> resolveSelected(resolution));
        return button;
    }

    /** Resolves the selected conflict; the next one is selected. */
    void resolveSelected(Resolution resolution) {
        int index = table.getSelectionIndex();
        if (index < 0) {
            return;
        }
        Command command = Conflicts.resolve(conflicts.get(index), resolution);
        if (command.canExecute()) {
            commandStack.execute(command);
        }
        refresh();
        if (table.getItemCount() > 0) {
            table.setSelection(Math.min(index, table.getItemCount() - 1));
        }
        selectionChanged();
    }

    /** Reads the conflicts again (after a resolution, an undo or a redo). */
    public void refresh() {
        conflicts = Conflicts.of(model);
        table.removeAll();
        for (Conflit conflict : conflicts) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {element(conflict), field(conflict), oneLine(conflict.getValeurBase()),
                oneLine(conflict.getValeurNous()), oneLine(conflict.getValeurEux())});
        }
        summary.setText(conflicts.isEmpty() ? Messages.get("summary.none")
                : Messages.get("summary.some", conflicts.size()));
        if (!conflicts.isEmpty() && table.getSelectionIndex() < 0) {
            table.setSelection(0);
        }
        selectionChanged();
    }

    private void selectionChanged() {
        int index = table.getSelectionIndex();
        Conflit conflict = index < 0 || index >= conflicts.size() ? null : conflicts.get(index);
        keepOurs.setEnabled(conflict != null);
        keepTheirs.setEnabled(conflict != null && Conflicts.resolve(conflict, Resolution.KEEP_THEIRS).canExecute());
        keepBoth.setEnabled(conflict != null && Conflicts.resolve(conflict, Resolution.KEEP_BOTH).canExecute());
        details.setText(conflict == null ? ""
                : Messages.get("details", element(conflict), field(conflict), text(conflict.getValeurNous()),
                        text(conflict.getValeurEux())));
    }

    private static String element(Conflit conflict) {
        String name = conflict.getElementNom() == null || conflict.getElementNom().isEmpty()
                ? conflict.getElementUuid() : conflict.getElementNom();
        return Messages.get("element", typeName(conflict.getElementType()), name);
    }

    /** « Fiche action » for FicheAction; a kind Maillage does not know (a diagram's) keeps its name. */
    private static String typeName(String type) {
        EClass eClass = type == null ? null : SnapshotFields.classNamed(type);
        return eClass == null ? text(type) : ModelLabels.typeName(eClass);
    }

    private static String field(Conflit conflict) {
        String kind = Messages.get("kind." + conflict.getNature());
        if (conflict.getAttribut() == null || conflict.getAttribut().isEmpty()) {
            return kind;
        }
        EClass eClass = conflict.getElementType() == null ? null
                : SnapshotFields.classNamed(conflict.getElementType());
        EStructuralFeature feature = eClass == null ? null : eClass.getEStructuralFeature(conflict.getAttribut());
        return kind + " : " + (feature == null ? conflict.getAttribut() : ModelLabels.featureName(feature));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String oneLine(String value) {
        return text(value).replace('\n', ',');
    }

    /** @return the table, for tests */
    Table table() {
        return table;
    }

    /** @return the three choice buttons: mine, theirs, both; for tests */
    List<Button> choices() {
        return List.of(keepOurs, keepTheirs, keepBoth);
    }
}
