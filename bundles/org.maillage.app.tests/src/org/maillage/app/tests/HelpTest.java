/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.app.MaillageUi;
import org.maillage.app.internal.RoadmapView;
import org.maillage.app.internal.seance.NewSeanceDialog;
import org.maillage.app.internal.wizard.NewRoadmapWizard;
import org.maillage.edit.ui.HelpContexts;
import org.maillage.help.ui.internal.HelpWindow;
import org.maillage.roadmap.ui.internal.RoadmapEditor;

/**
 * Covered cases: the Aide menu offers the user guide (Contenu de l'aide), its search and context help before « À
 * propos de Maillage »; the platform's Help Contents command is enabled and opens the help window on the guide's
 * first page, with the French table of contents and, without an embedded browser, the page's text and screenshots
 * (written as a PNG to {@code target/screenshots/<language>/} for people to look at); F1 on the explorer opens its
 * page with the context's description, and F1 in the new roadmap wizard the page on creating a roadmap, in a window
 * above the wizard; F1 in the new séance dialog opens the page on preparing a séance, above the dialog; F1 in the
 * home, Problèmes, Changements and Représentations views (from the control each gives the focus to) opens its page;
 * the Rechercher command opens the window, whose search (accents ignored)
 * lists the pages holding the words.
 */
class HelpTest {

    private static final Path FOLDER = Path.of("target", "screenshots", Locale.getDefault().getLanguage());

    @AfterEach
    void closeHelp() {
        HelpWindow window = HelpWindow.current();
        if (window != null) {
            window.getShell().close();
        }
        UiSupport.spin();
    }

    @Test
    void theHelpMenuOffersTheGuide() {
        List<String> items = UiSupport.menuItems(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), "Aide");
        assertTrue(items.size() >= 4, items.toString());
        assertTrue(items.get(0).startsWith("Contenu de l'aide"), items.toString());
        assertTrue(items.get(1).startsWith("Rechercher dans l'aide"), items.toString());
        assertTrue(items.get(2).startsWith("Aide contextuelle"), items.toString());
        assertTrue(items.contains("À propos de Maillage"), items.toString());
    }

    @Test
    void helpContentsOpensTheFrenchGuide() throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command helpContents = commands.getCommand("org.eclipse.ui.help.helpContents");
        assertTrue(helpContents.isEnabled(), "Contenu de l'aide is enabled");
        PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand("org.eclipse.ui.help.helpContents", null);
        UiSupport.spin();

        HelpWindow window = HelpWindow.current();
        assertNotNull(window, "the help window is open");
        assertEquals("Aide de Maillage", window.getShell().getText());
        assertEquals(List.of("Guide de l'utilisateur de Maillage"), window.getTreeLabels());
        assertEquals("/org.maillage.help/html/index.html", window.getShownHref());
        if (!window.usesBrowser()) {
            assertTrue(window.getPageText().startsWith("Maillage : la feuille de route de la délégation"),
                    window.getPageText());
            assertEquals(2, window.getPictureCount(), "the page's two screenshots, shown without a browser");
        }
        UiSupport.screenshot(window.getShell(), FOLDER.resolve("aide-contenu.png"));
    }

    @Test
    void f1OnTheExplorerOpensItsPage() throws Exception {
        RoadmapView explorer = (RoadmapView) UiSupport.page().showView(MaillageUi.ROADMAP_VIEW_ID);
        UiSupport.spin();
        HelpWindow window = pressF1(explorer.getViewer().getControl(), HelpContexts.EXPLORER);
        assertEquals("/org.maillage.help/html/explorateur.html", window.getShownHref());
        assertTrue(window.getHeaderText().contains("L'explorateur montre la feuille de route"),
                window.getHeaderText());
        UiSupport.screenshot(window.getShell(), FOLDER.resolve("aide-explorateur.png"));
    }

    @Test
    void f1InTheNewRoadmapWizardOpensItsPageAboveTheWizard() {
        NewRoadmapWizard wizard = new NewRoadmapWizard(PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        WizardDialog dialog = new WizardDialog(UiSupport.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            UiSupport.spin();
            HelpWindow window = pressF1(dialog.getCurrentPage().getControl(), HelpContexts.NEW_ROADMAP_WIZARD);
            assertEquals("/org.maillage.help/html/creer-feuille-de-route.html", window.getShownHref());
            // A child of the modal wizard, so that it takes the clicks while the wizard is open.
            assertEquals(dialog.getShell(), window.getShell().getParent());
        } finally {
            dialog.close();
        }
    }

    @Test
    void f1InTheNewSeanceDialogOpensThePreparingPage() throws Exception {
        RoadmapEditor editor = EditorTestSupport.openEureCopy();
        NewSeanceDialog dialog = new NewSeanceDialog(UiSupport.page().getWorkbenchWindow().getShell(),
                editor.getDocument().getModel().getInstances().get(0), LocalDate.of(2025, 3, 1), List.of());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            UiSupport.spin();
            // From the first control of the dialog (its introduction), as the focus could be anywhere in it.
            Control first = dialog.getShell();
            while (first instanceof Composite composite && composite.getChildren().length > 0) {
                first = composite.getChildren()[0];
            }
            HelpWindow window = pressF1(first, HelpContexts.NEW_SEANCE);
            assertEquals("/org.maillage.help/html/seance-cts.html#nouvelle-seance", window.getShownHref());
            assertEquals(dialog.getShell(), window.getShell().getParent());
        } finally {
            dialog.close();
            EditorTestSupport.closeTemporaryEditors();
        }
    }

    @Test
    void f1OnEachMainViewOpensItsPage() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(MaillageUi.HOME_VIEW_ID, "/org.maillage.help/html/index.html");
        pages.put(MaillageUi.PROBLEMS_VIEW_ID, "/org.maillage.help/html/problemes.html");
        pages.put(MaillageUi.CHANGES_VIEW_ID, "/org.maillage.help/html/seance-cts.html#changements");
        pages.put("org.maillage.viewpoint.ui.representations", "/org.maillage.help/html/diagrammes.html");
        for (Map.Entry<String, String> view : pages.entrySet()) {
            IViewPart part = UiSupport.page().showView(view.getKey());
            UiSupport.page().activate(part);
            part.getSite().getShell().forceActive();
            UiSupport.spin();
            // F1 starts from the control the user is in: the one the view gave the focus to.
            Control control = part.getSite().getShell().getDisplay().getFocusControl();
            HelpWindow window = pressF1(control, null);
            assertEquals(view.getValue(), window.getShownHref(), view.getKey());
            window.getShell().close();
            UiSupport.spin();
        }
    }

    /**
     * Presses F1 as SWT does: the help event goes to the nearest control with a context id, from {@code from} up.
     *
     * @param expectedId the context id that control must have, or {@code null} for any
     * @return the help window F1 opened
     */
    private static HelpWindow pressF1(Control from, String expectedId) {
        Control control = from;
        while (control != null && control.getData("org.eclipse.ui.help") == null) {
            control = control.getParent();
        }
        assertNotNull(control, "a context id above " + from);
        if (expectedId != null) {
            assertEquals(expectedId, control.getData("org.eclipse.ui.help"));
        }
        control.notifyListeners(SWT.Help, new Event());
        UiSupport.spin();
        HelpWindow window = HelpWindow.current();
        assertNotNull(window, "F1 opens the help window");
        return window;
    }

    @Test
    void searchListsThePagesHoldingTheWords() throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand("org.eclipse.ui.help.helpSearch", null);
        UiSupport.spin();
        HelpWindow window = HelpWindow.current();
        assertNotNull(window, "Rechercher opens the help window");
        window.search("seance figer");
        UiSupport.spin();
        assertTrue(window.getTreeLabels().contains("Préparer une séance du CTS"), window.getTreeLabels().toString());
        assertFalse(window.getTreeLabels().contains("Diagrammes et tableaux"), window.getTreeLabels().toString());
    }
}
