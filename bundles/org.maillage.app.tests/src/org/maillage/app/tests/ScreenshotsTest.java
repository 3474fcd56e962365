/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.junit.jupiter.api.Test;
import org.maillage.app.MaillageUi;
import org.maillage.app.internal.ProblemsView;
import org.maillage.app.internal.RoadmapView;
import org.maillage.app.internal.wizard.NewRoadmapWizard;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.PlanPackage;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.viewpoint.ui.DiagramEditors;

/**
 * Covered cases: the main screens can be shown one after the other on the first start's Eure example without
 * error, each written as a PNG into {@code target/screenshots/<language>/} for people to look at
 * (releng/scripts/screenshots.sh copies them to docs/screenshots/): the home page, the explorer with the editor on a
 * chantier, the explorer filtered, the articulation diagram
 * editor, the problems view, the new roadmap wizard. Nothing is compared with the images.
 */
class ScreenshotsTest {

    private static final Path FOLDER = Path.of("target", "screenshots", Locale.getDefault().getLanguage());

    @Test
    void mainScreens() throws Exception {
        IWorkbenchPage page = UiSupport.page();
        Shell shell = page.getWorkbenchWindow().getShell();
        // The copy of the Eure example that the first start opens, as a new user sees it; changes are undone after.
        Path eure = Path.of(System.getProperty("user.home"), ".maillage", "exemples", "eure.maillage");
        IEditorPart editor = RoadmapEditors.open(page, eure);
        try {
            IWorkbenchPartReference home = page.getReference(page.showView(MaillageUi.HOME_VIEW_ID));
            page.setPartState(home, IWorkbenchPage.STATE_MAXIMIZED);
            capture(shell, "accueil");
            page.setPartState(home, IWorkbenchPage.STATE_RESTORED);

            RoadmapView explorer = (RoadmapView) page.showView(MaillageUi.ROADMAP_VIEW_ID);
            Chantier chantier = UiSupport.document(editor).getModel().getFeuillesDeRoute().get(0).getChantiers()
                    .get(0);
            explorer.getViewer().setSelection(new StructuredSelection(chantier), true);
            capture(shell, "explorateur-et-editeur");

            explorer.getFilterBar().setFilterText("navarre");
            capture(shell, "explorateur-filtre");
            explorer.getFilterBar().setFilterText("");

            IEditorPart diagram = DiagramEditors.open(page, eure, "org.maillage.viewpoints.articulation/articulation");
            page.setPartState(page.getReference(diagram), IWorkbenchPage.STATE_MAXIMIZED);
            capture(shell, "diagramme-articulation");
            page.setPartState(page.getReference(diagram), IWorkbenchPage.STATE_RESTORED);
            page.closeEditor(diagram, false);

            // The example is valid: a chantier loses its pilot, as a user might do, for the problems to show.
            UiSupport.execute(UiSupport.document(editor), SetCommand.create(UiSupport.document(editor)
                    .getEditingDomain(), chantier, PlanPackage.Literals.CHANTIER__PILOTE, null));
            ProblemsView problems = (ProblemsView) page.showView(MaillageUi.PROBLEMS_VIEW_ID);
            UiSupport.waitUntil("the validation", () -> !problems.isValidating() && !problems.getProblems().isEmpty());
            capture(shell, "problemes");

            WizardDialog dialog = new WizardDialog(shell, new NewRoadmapWizard(page.getWorkbenchWindow()));
            dialog.setBlockOnOpen(false);
            dialog.open();
            try {
                capture(dialog.getShell(), "nouvelle-feuille-de-route");
            } finally {
                dialog.close();
            }
        } finally {
            while (UiSupport.document(editor).getCommandStack().canUndo()) {
                UiSupport.document(editor).getCommandStack().undo();
            }
            UiSupport.restoreHome();
        }
    }

    private static void capture(Shell shell, String name) throws Exception {
        Path file = FOLDER.resolve(name + ".png");
        UiSupport.screenshot(shell, file);
        assertTrue(Files.size(file) > 0);
    }
}
