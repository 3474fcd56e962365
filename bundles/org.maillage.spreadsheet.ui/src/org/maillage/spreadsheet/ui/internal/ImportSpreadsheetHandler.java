/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.maillage.model.edit.RoadmapDocument;

/** Fichier &gt; Importer &gt; Tableur... into the roadmap of the active editor, on its command stack. */
public final class ImportSpreadsheetHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        RoadmapDocument document = ActiveRoadmap.of(event, Messages.get("import.title"));
        if (document != null) {
            new WizardDialog(HandlerUtil.getActiveShell(event), new ImportSpreadsheetWizard(document)).open();
        }
        return null;
    }
}
