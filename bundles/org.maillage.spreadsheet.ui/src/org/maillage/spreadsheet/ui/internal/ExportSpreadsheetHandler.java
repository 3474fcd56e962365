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

/** Fichier &gt; Exporter &gt; Tableur... on the roadmap of the active editor. */
public final class ExportSpreadsheetHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        RoadmapDocument document = ActiveRoadmap.of(event, Messages.get("export.title"));
        if (document != null) {
            new WizardDialog(HandlerUtil.getActiveShell(event), new ExportSpreadsheetWizard(document)).open();
        }
        return null;
    }
}
