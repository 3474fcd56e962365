/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.ui.internal;

import org.eclipse.jface.wizard.Wizard;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.spreadsheet.ImportPreview;

/**
 * Fichier &gt; Importer &gt; Tableur...: the file, the columns whose headers are not Maillage's, then the preview of what changes; Finish executes ONE command on
 * the roadmap's command stack, so that one Undo takes the whole import back.
 */
final class ImportSpreadsheetWizard extends Wizard {

    private final RoadmapDocument document;
    private ImportFilePage filePage;
    private ImportMappingPage mappingPage;
    private ImportPreviewPage previewPage;

    ImportSpreadsheetWizard(RoadmapDocument document) {
        this.document = document;
        setWindowTitle(Messages.get("import.title"));
    }

    @Override
    public void addPages() {
        filePage = new ImportFilePage(document);
        mappingPage = new ImportMappingPage(document, filePage);
        previewPage = new ImportPreviewPage(document, filePage, mappingPage);
        addPage(filePage);
        addPage(mappingPage);
        addPage(previewPage);
    }

    ImportFilePage filePage() {
        return filePage;
    }

    ImportMappingPage mappingPage() {
        return mappingPage;
    }

    ImportPreviewPage previewPage() {
        return previewPage;
    }

    /** Only from the preview: nothing is imported that the user has not seen. */
    @Override
    public boolean canFinish() {
        return getContainer() != null && getContainer().getCurrentPage() == previewPage
                && previewPage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        ImportPreview preview = previewPage.preview();
        if (preview == null || !preview.hasChanges()) {
            return true;
        }
        document.getCommandStack().execute(
                preview.command(document.getEditingDomain(), previewPage.validRowsOnly()));
        mappingPage.remember();
        return true;
    }
}
