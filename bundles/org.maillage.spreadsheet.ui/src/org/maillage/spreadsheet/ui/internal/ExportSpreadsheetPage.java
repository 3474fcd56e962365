/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.maillage.core.persistence.OutputPaths;
import org.maillage.core.persistence.OutputRefusedException;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.spreadsheet.SpreadsheetException;
import org.maillage.spreadsheet.SpreadsheetFormat;
import org.maillage.spreadsheet.Spreadsheets;

/** The export page: tables as checkboxes (all checked), format, output file (beside the roadmap). */
final class ExportSpreadsheetPage extends WizardPage {

    private final RoadmapDocument document;
    Table tables;
    Combo format;
    Text file;

    ExportSpreadsheetPage(RoadmapDocument document) {
        super("export");
        this.document = document;
        setTitle(Messages.get("export.page.title"));
        setDescription(Messages.get("export.page.description"));
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(root);

        new Label(root, SWT.NONE).setText(Messages.get("export.tables"));
        tables = new Table(root, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 180).applyTo(tables);
        for (String table : Spreadsheets.tables()) {
            TableItem item = new TableItem(tables, SWT.NONE);
            item.setText(tableLabel(table));
            item.setData(table);
            item.setChecked(true);
        }
        tables.addListener(SWT.Selection, e -> validate());

        new Label(root, SWT.NONE).setText(Messages.get("export.format"));
        format = new Combo(root, SWT.READ_ONLY);
        for (SpreadsheetFormat f : SpreadsheetFormat.values()) {
            format.add(Messages.get("format." + f.extension()));
        }
        format.select(0);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(format);
        format.addListener(SWT.Selection, e -> formatChanged());

        new Label(root, SWT.NONE).setText(Messages.get("export.file"));
        file = new Text(root, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        file.setText(ActiveRoadmap.folder(document).resolve(baseName() + ".xlsx").toString());
        file.addListener(SWT.Modify, e -> validate());
        Button browse = new Button(root, SWT.PUSH);
        browse.setText(Messages.get("browse"));
        browse.addListener(SWT.Selection, e -> browse());

        setControl(root);
        validate();
    }

    /** @return a table's French (or English) name; the table's own name when there is none */
    static String tableLabel(String table) {
        String label = Messages.get("table." + table);
        return label.startsWith("!") ? table : label;
    }

    private String baseName() {
        if (document.getFile() == null) {
            return Messages.get("export.defaultName");
        }
        String name = document.getFile().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private SpreadsheetFormat chosenFormat() {
        return SpreadsheetFormat.values()[Math.max(0, format.getSelectionIndex())];
    }

    /** The file follows the format: its extension is replaced. */
    private void formatChanged() {
        String text = file.getText().trim();
        String extension = chosenFormat().extension();
        int dot = text.lastIndexOf('.');
        int slash = Math.max(text.lastIndexOf('/'), text.lastIndexOf('\\'));
        file.setText((dot > slash ? text.substring(0, dot) : text) + "." + extension);
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + chosenFormat().extension() });
        dialog.setOverwrite(true);
        Path current = output();
        if (current != null && current.getParent() != null) {
            dialog.setFilterPath(current.getParent().toString());
            dialog.setFileName(current.getFileName().toString());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    /** @return the checked tables, in the list's order */
    List<String> chosenTables() {
        List<String> chosen = new ArrayList<>();
        Arrays.stream(tables.getItems()).filter(TableItem::getChecked).forEach(i -> chosen.add((String) i.getData()));
        return chosen;
    }

    /** @return the output file typed, or {@code null} when it is not a path */
    Path output() {
        return ActiveRoadmap.typedPath(file.getText());
    }

    private void validate() {
        String error = problem();
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    /** @return what keeps Finish disabled, in the user's language, or {@code null} */
    private String problem() {
        List<String> chosen = chosenTables();
        if (chosen.isEmpty()) {
            return Messages.get("export.noTable");
        }
        Path out = output();
        if (out == null) {
            return Messages.get("export.noFile");
        }
        if (SpreadsheetFormat.of(out).isEmpty()) {
            return Messages.get("export.badExtension", out.getFileName());
        }
        try {
            List<Path> protectedFiles = document.getFile() == null ? List.of()
                    : OutputPaths.protectedFilesOf(document.getFile().toAbsolutePath());
            // A CSV export of several sheets writes several files: each is checked.
            for (Path written : Spreadsheets.outputs(document.getModel(), chosen, out)) {
                OutputPaths.checkFile(written, protectedFiles);
            }
        } catch (OutputRefusedException | SpreadsheetException e) {
            return e.getMessage();
        }
        return null;
    }
}
