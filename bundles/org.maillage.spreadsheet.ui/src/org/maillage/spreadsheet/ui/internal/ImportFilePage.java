/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.spreadsheet.SpreadsheetFormat;

/** The first import page: which spreadsheet. */
final class ImportFilePage extends WizardPage {

    private final RoadmapDocument document;
    Text file;

    ImportFilePage(RoadmapDocument document) {
        super("file");
        this.document = document;
        setTitle(Messages.get("import.file.title"));
        setDescription(Messages.get("import.file.description"));
    }

    @Override
    public void createControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(root);
        new Label(root, SWT.NONE).setText(Messages.get("import.file"));
        file = new Text(root, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(file);
        file.addListener(SWT.Modify, e -> validate());
        Button browse = new Button(root, SWT.PUSH);
        browse.setText(Messages.get("browse"));
        browse.addListener(SWT.Selection, e -> browse());
        setControl(root);
        setPageComplete(false);
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.xlsx;*.csv;*.ods", "*.*" });
        dialog.setFilterPath(ActiveRoadmap.folder(document).toString());
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    /** @return the file typed, or {@code null} when it is not a path */
    Path input() {
        return ActiveRoadmap.typedPath(file.getText());
    }

    private void validate() {
        Path in = input();
        String error = null;
        if (in == null) {
            error = Messages.get("import.noFile");
        } else if (!Files.isRegularFile(in)) {
            error = Messages.get("import.missingFile", in);
        } else if (SpreadsheetFormat.of(in).isEmpty()) {
            error = Messages.get("import.badExtension", in.getFileName());
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }
}
