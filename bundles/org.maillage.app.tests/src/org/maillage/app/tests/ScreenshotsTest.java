/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.maillage.app.MaillageUi;
import org.maillage.app.internal.ChangesView;
import org.maillage.app.internal.ProblemsView;
import org.maillage.app.internal.RoadmapView;
import org.maillage.app.internal.seance.SeanceEdits;
import org.maillage.app.internal.wizard.NewRoadmapWizard;
import org.maillage.help.ui.internal.HelpWindow;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.instance.Seance;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.PlanPackage;
import org.maillage.model.seance.Snapshots;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.viewpoint.ui.DiagramEditors;

/**
 * Covered cases: the main screens can be shown one after the other on the first start's Eure example without
 * error, each written as a PNG into {@code target/screenshots/<language>/} for people to look at
 * (releng/scripts/screenshots.sh copies them to docs/screenshots/): the home page, the explorer with the editor on a
 * chantier, the explorer filtered, the articulation diagram
 * editor, the problems view, the changes since the December séance frozen (after a fiche action targeting QPV
 * Navarre), the new roadmap wizard, the help window on the guide's first page (Aide > Contenu de l'aide). Nothing is compared with the images.
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

            // The December séance frozen, then a fiche action of a CLS targeting QPV Navarre: what changed since.
            RoadmapDocument document = UiSupport.document(editor);
            Seance december = Snapshots.findSeance(document.getModel(), "2024-12-12").orElseThrow();
            UiSupport.execute(document, SeanceEdits.freeze(document.getEditingDomain(), december));
            Axe axe = document.getModel().getDispositifs().stream().filter(Cls.class::isInstance)
                    .flatMap(c -> ((Cls) c).getAxes().stream()).filter(a -> "eure-axe-evreux-2".equals(a.getUuid()))
                    .findFirst().orElseThrow();
            FicheAction fiche = DispositifFactory.eINSTANCE.createFicheAction();
            fiche.setNumero("2.3");
            fiche.setNom("Sport-santé à Navarre");
            fiche.getQpvCibles().addAll(document.getModel().getQpvs().stream()
                    .filter(q -> "eure-qpv-evreux-navarre".equals(q.getUuid())).toList());
            UiSupport.execute(document, AddCommand.create(document.getEditingDomain(), axe,
                    DispositifPackage.Literals.AXE__FICHES_ACTIONS, fiche));
            ChangesView changes = (ChangesView) page.showView(MaillageUi.CHANGES_VIEW_ID);
            UiSupport.waitUntil("the changes view", () -> !changes.isPending() && !changes.getRows().isEmpty());
            capture(shell, "changements");

            WizardDialog dialog = new WizardDialog(shell, new NewRoadmapWizard(page.getWorkbenchWindow()));
            dialog.setBlockOnOpen(false);
            dialog.open();
            try {
                capture(dialog.getShell(), "nouvelle-feuille-de-route");
            } finally {
                dialog.close();
            }

            PlatformUI.getWorkbench().getService(IHandlerService.class)
                    .executeCommand("org.eclipse.ui.help.helpContents", null);
            UiSupport.spin();
            HelpWindow help = HelpWindow.current();
            try {
                capture(help.getShell(), "aide");
            } finally {
                help.getShell().close();
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
