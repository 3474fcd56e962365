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
import java.util.List;
import java.util.Locale;

import org.eclipse.core.commands.Command;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.app.MaillageUi;
import org.maillage.app.internal.RoadmapView;
import org.maillage.app.internal.wizard.NewRoadmapWizard;
import org.maillage.edit.ui.HelpContexts;
import org.maillage.help.ui.internal.HelpWindow;

/**
 * Covered cases: the Aide menu offers the user guide (Contenu de l'aide), its search and context help before « À
 * propos de Maillage »; the platform's Help Contents command is enabled and opens the help window on the guide's
 * first page, with the French table of contents and, without an embedded browser, the page's text and screenshots
 * (written as a PNG to {@code target/screenshots/<language>/} for people to look at); F1 on the explorer opens its
 * page with the context's description, and F1 in the new roadmap wizard the page on creating a roadmap, in a window
 * above the wizard; the Rechercher command opens the window, whose search (accents ignored)
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
        // SWT sends F1's help event to the nearest control with a help listener, from the focused one up.
        Control control = explorer.getViewer().getControl();
        while (control != null && !HelpContexts.EXPLORER.equals(control.getData("org.eclipse.ui.help"))) {
            control = control.getParent();
        }
        assertNotNull(control, "the explorer has the context id " + HelpContexts.EXPLORER);
        control.notifyListeners(SWT.Help, new Event());
        UiSupport.spin();

        HelpWindow window = HelpWindow.current();
        assertNotNull(window, "F1 opens the help window");
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
            Control control = dialog.getCurrentPage().getControl();
            while (control != null && control.getData("org.eclipse.ui.help") == null) {
                control = control.getParent();
            }
            assertNotNull(control, "the wizard's page has a context id");
            assertEquals(HelpContexts.NEW_ROADMAP_WIZARD, control.getData("org.eclipse.ui.help"));
            control.notifyListeners(SWT.Help, new Event());
            UiSupport.spin();

            HelpWindow window = HelpWindow.current();
            assertNotNull(window, "F1 opens the help window");
            assertEquals("/org.maillage.help/html/creer-feuille-de-route.html", window.getShownHref());
            // A child of the modal wizard, so that it takes the clicks while the wizard is open.
            assertEquals(dialog.getShell(), window.getShell().getParent());
        } finally {
            dialog.close();
        }
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
