/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.maillage.app.internal.wizard.NewRoadmapPage;
import org.maillage.app.internal.wizard.NewRoadmapWizard;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.roadmap.ui.RoadmapEditors;

/**
 * Covered cases: the wizard, filled as a user would, creates the roadmap in a background job, saves a file that
 * loads (département and year as chosen, communes and EPCI from the built-in data, no folder asked) and opens it in
 * the roadmap editor; asking for another millésime without its folder keeps the page incomplete with a French
 * message; the département proposed first is the open roadmap's.
 */
class NewRoadmapWizardTest {

    @Test
    void createsAFileThatLoadsAndOpensIt() throws Exception {
        Path file = Files.createTempDirectory("maillage-nouvelle").resolve("sous-dossier").resolve("fdr-2031");
        NewRoadmapWizard wizard = new NewRoadmapWizard(PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        WizardDialog dialog = new WizardDialog(UiSupport.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            NewRoadmapPage page = wizard.getPage();
            page.fill("2A", 2031, file, true, Path.of("/dossier/absent"));
            assertFalse(page.isPageComplete(), "another millésime needs its data folder");
            assertTrue(page.getErrorMessage().contains("autre millésime"), page.getErrorMessage());
            page.fill("2A", 2031, file, true, null);
            assertTrue(page.isPageComplete());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        Job.getJobManager().join(NewRoadmapWizard.JOB_FAMILY, null);
        Path saved = file.resolveSibling("fdr-2031.maillage");
        UiSupport.waitUntil("the new roadmap's editor", () -> RoadmapEditors.activeDocument(UiSupport.page()) != null
                && saved.toAbsolutePath().equals(RoadmapEditors.activeDocument(UiSupport.page()).getFile()));

        ModeleMaillage loaded = MaillageFiles.load(saved);
        FeuilleDeRoute feuille = loaded.getFeuillesDeRoute().get(0);
        assertEquals(2031, feuille.getAnnee());
        assertEquals("2A", feuille.getDepartement().getCode());
        assertEquals("Corse", loaded.getRegions().get(0).getNom());
        assertTrue(feuille.getDepartement().getCommunes().size() > 100, "the built-in communes of Corse-du-Sud");
        assertFalse(loaded.getEpcis().isEmpty(), "the built-in EPCI");

        IEditorPart editor = UiSupport.page().getActiveEditor();
        RoadmapDocument document = UiSupport.document(editor);
        assertNotNull(document);
        assertFalse(editor.isDirty(), "saved on creation");

        NewRoadmapWizard next = new NewRoadmapWizard(PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        WizardDialog nextDialog = new WizardDialog(UiSupport.page().getWorkbenchWindow().getShell(), next);
        nextDialog.setBlockOnOpen(false);
        nextDialog.open();
        try {
            assertTrue(next.getPage().isPageComplete(), "département and file proposed from the open roadmap");
        } finally {
            nextDialog.close();
            UiSupport.page().closeEditor(editor, false);
            UiSupport.spin();
        }
    }
}
