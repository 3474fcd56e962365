/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.maillage.app.MaillageUi;
import org.maillage.app.internal.HomeView;
import org.maillage.app.internal.RecentFiles;
import org.maillage.examples.Example;
import org.maillage.examples.Examples;
import org.maillage.model.Element;
import org.maillage.model.MaillagePackage;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.resource.MaillageFiles;

/**
 * Covered cases: the home page offers to create and open a roadmap and lists every example by its French title; a
 * roadmap opened goes first in the recent files, shown on the home page and in the File menu (which also has
 * "Nouvelle feuille de route" and French labels for the platform's Save and Close); Enregistrer in the File menu
 * saves the edited roadmap to its file and Fermer closes its editor; the platform's Properties view is named in
 * French by the nl.fr fragments.
 */
class HomeAndMenusTest {

    @Test
    void homePageOffersNewOpenExamplesAndRecentFiles() throws Exception {
        IEditorPart editor = UiSupport.openCopy(Examples.VALHERBASSE);
        try {
            Path file = UiSupport.document(editor).getFile();
            assertEquals(file, RecentFiles.list().get(0), "the roadmap opened last goes first");

            HomeView home = (HomeView) UiSupport.page().showView(MaillageUi.HOME_VIEW_ID);
            UiSupport.spin();
            List<String> links = home.getLinkTexts();
            assertTrue(links.contains("Créer une feuille de route..."), links.toString());
            assertTrue(links.contains("Ouvrir une feuille de route..."), links.toString());
            for (Example example : Examples.all()) {
                assertTrue(links.contains(example.titre()), "example " + example.name() + " in " + links);
            }
            assertTrue(links.stream().anyMatch(l -> l.startsWith(file.getFileName() + " (dossier ")),
                    "recent file in " + links);

            List<String> fileMenu = fileMenuTexts();
            assertTrue(fileMenu.contains("Nouvelle feuille de route..."), fileMenu.toString());
            assertTrue(fileMenu.contains("Enregistrer"), fileMenu.toString());
            assertTrue(fileMenu.contains("Enregistrer sous..."), fileMenu.toString());
            assertTrue(fileMenu.contains("Fermer"), fileMenu.toString());
            assertTrue(fileMenu.contains("1 " + file.getFileName()), "recent files in the menu: " + fileMenu);
        } finally {
            UiSupport.page().closeEditor(editor, false);
            UiSupport.spin();
        }
    }

    @Test
    void saveAndCloseFromTheFileMenu() throws Exception {
        IEditorPart editor = UiSupport.openCopy(Examples.COMBRAILLES);
        RoadmapDocument document = UiSupport.document(editor);
        Path file = document.getFile();
        Element element = document.getModel().getDispositifs().get(0);
        UiSupport.execute(document, SetCommand.create(document.getEditingDomain(), element,
                MaillagePackage.Literals.ELEMENT__NOM, "Nom changé par le test"));
        assertTrue(editor.isDirty());

        fileMenuItem("Enregistrer").notifyListeners(SWT.Selection, new Event());
        UiSupport.spin();
        assertFalse(editor.isDirty(), "saved");
        assertEquals("Nom changé par le test", MaillageFiles.load(file).getDispositifs().get(0).getNom());

        fileMenuItem("Fermer").notifyListeners(SWT.Selection, new Event());
        UiSupport.spin();
        assertNull(UiSupport.page().findEditor(editor.getEditorInput()), "closed");
    }

    private static Menu fileMenu() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Menu bar = window.getShell().getMenuBar();
        MenuItem file = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Fichier"))
                .findFirst().orElseThrow(() -> new AssertionError("a Fichier menu"));
        Menu menu = file.getMenu();
        // Menus are filled when shown: tell the menu manager it is about to show, as SWT would.
        if (file.getData() instanceof IMenuManager manager) {
            manager.update(true);
        }
        menu.notifyListeners(SWT.Show, new Event());
        UiSupport.spin();
        return menu;
    }

    private static String label(MenuItem item) {
        return item.getText().replace("&", "").split("\t")[0];
    }

    private static List<String> fileMenuTexts() {
        return Arrays.stream(fileMenu().getItems()).map(HomeAndMenusTest::label).toList();
    }

    private static MenuItem fileMenuItem(String text) {
        MenuItem item = Arrays.stream(fileMenu().getItems()).filter(i -> label(i).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + text + " in " + fileMenuTexts()));
        assertTrue(item.isEnabled(), text + " is enabled");
        return item;
    }

    @Test
    void propertiesViewIsNamedInFrench() throws Exception {
        IViewPart properties = UiSupport.page().showView(IPageLayout.ID_PROP_SHEET);
        assertEquals("Propriétés", properties.getTitle());
        UiSupport.restoreHome();
    }
}
