/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.spreadsheet.ImportPreview;
import org.maillage.spreadsheet.ImportPreview.FieldChange;
import org.maillage.spreadsheet.ImportPreview.Refusal;
import org.maillage.spreadsheet.ImportPreview.RowChange;
import org.maillage.spreadsheet.SpreadsheetException;
import org.maillage.spreadsheet.Spreadsheets;

/**
 * The preview: rows added, changed (each field before and after), unchanged and refused (with the French reason),
 * elements the sheet does not list (kept) and columns left out. Nothing changes until Finish; with refused values
 * Finish waits for "Importer les lignes valides".
 */
final class ImportPreviewPage extends WizardPage {

    private final RoadmapDocument document;
    private final ImportFilePage filePage;
    private final ImportMappingPage mappingPage;
    private ImportPreview preview;
    private Path previewed;
    private Map<String, String> previewedMapping = Map.of();
    Label summary;
    Tree tree;
    /** The selected line in full: reasons are longer than a column. */
    Label details;
    Button validRows;

    ImportPreviewPage(RoadmapDocument document, ImportFilePage filePage, ImportMappingPage mappingPage) {
        super("preview");
        this.document = document;
        this.filePage = filePage;
        this.mappingPage = mappingPage;
        setTitle(Messages.get("import.preview.title"));
        setDescription(Messages.get("import.preview.description"));
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(root);
        summary = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        tree = new Tree(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setHeaderVisible(true);
        tree.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(900, 340).applyTo(tree);
        column(Messages.get("import.column.what"), 380);
        column(Messages.get("import.column.before"), 220);
        column(Messages.get("import.column.after"), 280);
        details = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(details);
        tree.addListener(SWT.Selection, e -> showDetails(tree.getSelection()));
        validRows = new Button(root, SWT.CHECK);
        validRows.setText(Messages.get("import.validRows"));
        validRows.setEnabled(false);
        validRows.addListener(SWT.Selection, e -> updateComplete());
        setControl(root);
    }

    private void column(String text, int width) {
        TreeColumn column = new TreeColumn(tree, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            Path file = filePage.input();
            if (preview == null || file == null || !file.equals(previewed)
                    || !mappingPage.mapping().equals(previewedMapping)) {
                BusyIndicator.showWhile(getShell().getDisplay(), () -> read(file));
            }
        }
        super.setVisible(visible);
    }

    /** Reads the file again, even when it was read before (the user may have saved it meanwhile). */
    void read(Path file) {
        preview = null;
        previewed = file;
        tree.removeAll();
        validRows.setSelection(false);
        validRows.setEnabled(false);
        previewedMapping = mappingPage.mapping();
        try {
            preview = Spreadsheets.preview(document.getModel(), file, previewedMapping);
        } catch (SpreadsheetException e) {
            summary.setText("");
            setErrorMessage(e.getMessage());
            setPageComplete(false);
            return;
        }
        summary.setText(preview.summary());
        fill();
        // The first refusal is selected, so that its reason shows in full at once.
        TreeItem first = firstRefusal();
        if (first != null) {
            tree.setSelection(first);
        }
        showDetails(tree.getSelection());
        validRows.setEnabled(!preview.refusals().isEmpty());
        updateComplete();
        summary.getParent().layout(true, true);
    }

    private void fill() {
        rows(Messages.get("import.group.added", preview.added().size()), preview.added(), true);
        rows(Messages.get("import.group.changed", preview.changed().size()), preview.changed(), true);
        List<Refusal> refusals = preview.refusals();
        TreeItem refused = group(Messages.get("import.group.refused", refusals.size()), !refusals.isEmpty());
        for (Refusal refusal : refusals) {
            item(refused, Messages.get("import.row", refusal.sheet(), refusal.row(), refusal.column()), "",
                    refusal.reason());
        }
        refused.setExpanded(!refusals.isEmpty());
        rows(Messages.get("import.group.unchanged", preview.unchanged().size()), preview.unchanged(), false);
        TreeItem absent = group(Messages.get("import.group.absent", preview.absent().size()), false);
        preview.absent().forEach(a -> item(absent, a, "", ""));
        if (!preview.notes().isEmpty()) {
            TreeItem notes = group(Messages.get("import.group.notes", preview.notes().size()), false);
            preview.notes().forEach(n -> item(notes, n, "", ""));
        }
    }

    private void rows(String title, List<RowChange> rows, boolean expanded) {
        TreeItem group = group(title, expanded && !rows.isEmpty());
        for (RowChange row : rows) {
            TreeItem item = item(group, Messages.get("import.element", row.sheet(), row.row(), row.element()), "",
                    "");
            for (FieldChange change : row.changes()) {
                item(item, change.column(), change.before(), change.after());
            }
        }
        // Parents first: GTK ignores expanding an item whose parent is collapsed.
        group.setExpanded(expanded && !rows.isEmpty());
        for (TreeItem item : group.getItems()) {
            item.setExpanded(expanded);
        }
    }

    private TreeItem firstRefusal() {
        for (TreeItem group : tree.getItems()) {
            if (group.getText().equals(Messages.get("import.group.refused", preview.refusals().size()))
                    && group.getItemCount() > 0) {
                return group.getItem(0);
            }
        }
        return null;
    }

    private void showDetails(TreeItem[] selection) {
        String text = "";
        if (selection.length == 1 && selection[0].getParentItem() != null) {
            TreeItem item = selection[0];
            if (item.getText(1).isEmpty() && item.getText(2).isEmpty()) {
                text = item.getText(0);
            } else if (item.getText(1).isEmpty()) {
                text = Messages.get("import.details.after", item.getText(0), item.getText(2));
            } else {
                text = Messages.get("import.details", item.getText(0), item.getText(1), item.getText(2));
            }
        }
        details.setText(text);
        details.getParent().layout(true, true);
    }

    private TreeItem group(String title, boolean expanded) {
        TreeItem group = new TreeItem(tree, SWT.NONE);
        group.setText(title);
        group.setExpanded(expanded);
        return group;
    }

    private static TreeItem item(TreeItem parent, String what, String before, String after) {
        TreeItem item = new TreeItem(parent, SWT.NONE);
        item.setText(new String[] { what, before, after });
        return item;
    }

    private void updateComplete() {
        if (preview == null) {
            setPageComplete(false);
            return;
        }
        String error = null;
        String message = null;
        if (!preview.refusals().isEmpty() && !validRows.getSelection()) {
            error = Messages.get("import.refused", preview.refusals().size());
        } else if (!preview.hasChanges()) {
            message = Messages.get("import.nothing");
        }
        setErrorMessage(error);
        setMessage(message, INFORMATION);
        setPageComplete(error == null);
    }

    /** @return the preview shown, or {@code null} when the file could not be read */
    ImportPreview preview() {
        return preview;
    }

    /** @return whether the user chose to import the valid rows despite refused values */
    boolean validRowsOnly() {
        return validRows.getSelection();
    }
}
