/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.examples.Examples;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.report.ReportDesign;
import org.maillage.report.ReportDesigns;
import org.maillage.report.ReportOptions;
import org.maillage.roadmap.ui.RoadmapEditors;

/**
 * Covered cases: for the dossier de séance, the wizard offers a checklist of the diagrams that apply to the Eure
 * roadmap (from the installed figure providers), the articulation diagram checked by default; the checklist is off
 * for another design; the chosen diagrams reach the request as the {@code diagrammes} parameter, in the list's
 * order; with none checked, Finish is disabled with a French message. A screenshot is kept in target/screenshots.
 */
class DiagramChoiceTest {

    private static final String TERRITOIRES = "diagram:org.maillage.viewpoints.territoires/territoires";

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private IEditorPart editor;

    @BeforeEach
    void openEure() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        editor = RoadmapEditors.open(page, Examples.eure().copyTo(folder));
    }

    @AfterEach
    void close() {
        page.closeEditor(editor, false);
    }

    @Test
    void theDossierTakesTheChosenDiagrams() throws Exception {
        RoadmapDocument document = editor.getAdapter(RoadmapDocument.class);
        List<ReportDesign> designs = ReportDesigns.read(Platform.getExtensionRegistry(), problem -> { });
        GenerateReportWizard wizard = new GenerateReportWizard(designs, document.getModel(), folder, r -> { });
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        try {
            GenerateReportPage form = wizard.page();
            form.design.select(form.design.indexOf("Dossier de séance du CTS"));
            form.design.notifyListeners(SWT.Selection, null);
            List<String> titles = Arrays.stream(form.diagrams.getItems()).map(TableItem::getText).toList();
            assertTrue(titles.contains("Articulation des dispositifs"), titles.toString());
            assertTrue(titles.contains("Carte des territoires"), titles.toString());
            assertTrue(form.diagrams.isEnabled());
            assertEquals(List.of("articulation"), form.chosenDiagrams(), "the default");

            TableItem territoires = Arrays.stream(form.diagrams.getItems())
                    .filter(i -> TERRITOIRES.equals(i.getData())).findFirst().orElseThrow();
            territoires.setChecked(true);
            form.diagrams.notifyListeners(SWT.Selection, null);
            GenerateReportWizardTest.screenshot(dialog.getShell(),
                    Path.of("target", "screenshots", "generer-un-rapport-diagrammes.png"));
            ReportRequest request = form.request();
            List<String> expected = Arrays.stream(form.diagrams.getItems()).filter(TableItem::getChecked)
                    .map(i -> (String) i.getData()).toList();
            assertEquals(expected, request.diagrams());
            assertTrue(request.diagrams().containsAll(List.of("articulation", TERRITOIRES)));
            assertEquals(String.join(",", expected), request.options().parameters().get(ReportOptions.DIAGRAMS));

            for (TableItem item : form.diagrams.getItems()) {
                item.setChecked(false);
            }
            form.diagrams.notifyListeners(SWT.Selection, null);
            assertFalse(form.isPageComplete());
            assertEquals("Choisissez au moins un diagramme pour le dossier de séance.", form.getErrorMessage());

            form.design.select(form.design.indexOf("Bilan de la feuille de route"));
            form.design.notifyListeners(SWT.Selection, null);
            assertFalse(form.diagrams.isEnabled(), "only the dossier takes diagrams");
            assertTrue(form.isPageComplete());
            assertEquals(List.of(), form.request().diagrams());
        } finally {
            dialog.close();
        }
    }
}
