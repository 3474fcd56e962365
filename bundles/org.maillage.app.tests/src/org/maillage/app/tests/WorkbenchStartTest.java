/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.maillage.app.MaillageUi;
import org.maillage.app.internal.HomeView;
import org.maillage.app.internal.RoadmapView;
import org.maillage.examples.Examples;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.roadmap.ui.RoadmapEditors;

/**
 * Covered cases: the Maillage application starts (tests run inside it, on the UI thread): one shell titled
 * "Maillage" with the roadmap perspective and the home view, in French; the view closes and reopens cleanly; on a
 * first start the roadmap explorer shows a copy of the Eure example, labelled in French; opening another roadmap
 * opens a second editor, which the explorer follows.
 * The surefire harness then closes the workbench, and the build fails if the application does not exit cleanly.
 */
@Order(1)
class WorkbenchStartTest {

    private static void spin() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // Let pending layout and paint events run, as a user's event loop would.
        }
    }

    private static IWorkbenchWindow window() {
        IWorkbenchWindow[] windows = PlatformUI.getWorkbench().getWorkbenchWindows();
        assertEquals(1, windows.length, "one workbench window");
        return windows[0];
    }

    @Test
    void shellTitledMaillageShowsHomeView() throws Exception {
        spin();
        List<Shell> shells = Arrays.stream(Display.getCurrent().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && MaillageUi.WINDOW_TITLE.equals(s.getText()))
                .toList();
        assertEquals(1, shells.size(), "one visible shell titled Maillage");
        assertEquals(shells.get(0), window().getShell());

        IWorkbenchPage page = window().getActivePage();
        assertEquals(MaillageUi.PERSPECTIVE_ID, page.getPerspective().getId());
        IViewPart view = page.findView(MaillageUi.HOME_VIEW_ID);
        assertNotNull(view, "the home view is open");
        assertTrue(page.isPartVisible(view));
        assertEquals("Bienvenue dans Maillage", ((HomeView) view).getFormTitle(), "the UI speaks French");
        assertEquals("Accueil", view.getTitle());

        // Kept as a build artifact so that people look at what users see; not compared to anything.
        UiSupport.screenshot(shells.get(0), Path.of("target", "screenshots", "workbench.png"));
    }

    @Test
    void firstStartShowsTheEureExample() {
        IWorkbenchPage page = window().getActivePage();
        IEditorPart editor = page.getActiveEditor();
        assertNotNull(editor, "a roadmap editor is open");
        assertEquals(RoadmapEditors.EDITOR_ID, editor.getSite().getId());
        RoadmapDocument document = editor.getAdapter(RoadmapDocument.class);
        assertNotNull(document, "the editor gives its roadmap to other parts");
        Path expected = Path.of(System.getProperty("user.home"), ".maillage", "exemples", "eure.maillage");
        assertEquals(expected, document.getFile(), "a copy of the example, outside the installation");
        assertTrue(Files.isRegularFile(expected));
        assertEquals("eure.maillage", editor.getTitle());
        assertFalse(editor.isDirty(), "nothing changed yet");

        RoadmapView view = (RoadmapView) page.findView(MaillageUi.ROADMAP_VIEW_ID);
        assertNotNull(view, "the model explorer is open");
        assertSame(document, view.getDocument(), "the explorer shows the active editor's roadmap");
        assertEquals("Feuille de route", view.getPartName());
        assertEquals("eure.maillage", view.getContentDescription(), "the view says which file it shows");

        Tree tree = view.getViewer().getTree();
        List<String> topLevel = Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
        assertTrue(topLevel.stream().anyMatch(t -> t.startsWith("Feuille de route (")), "labels are French: "
                + topLevel);
        TreeItem territoire = Arrays.stream(tree.getItems()).filter(i -> i.getText().startsWith("Territoire ("))
                .findFirst().orElseThrow(() -> new AssertionError("a Territoire heading: " + topLevel));
        assertTrue(Arrays.stream(territoire.getItems()).anyMatch(i -> i.getText().contains("Normandie")),
                "the région is shown under Territoire");
    }

    @Test
    void openingAnotherRoadmapOpensASecondEditorAndTheExplorerFollows() throws Exception {
        IWorkbenchPage page = window().getActivePage();
        RoadmapView view = (RoadmapView) page.findView(MaillageUi.ROADMAP_VIEW_ID);
        IEditorPart eure = page.getActiveEditor();
        Path other = Examples.find(Examples.VALHERBASSE).orElseThrow()
                .copyTo(Files.createTempDirectory("maillage-ui"));
        IEditorPart valherbasse = RoadmapEditors.open(page, other);
        try {
            assertNotNull(valherbasse);
            spin();
            assertEquals("valherbasse.maillage", view.getContentDescription());
            assertTrue(view.getViewer().getTree().getItemCount() > 0, "the new roadmap is shown");
            assertSame(valherbasse, RoadmapEditors.open(page, other), "opening it again activates its editor");
            assertEquals(2, page.getEditorReferences().length);
        } finally {
            page.closeEditor(valherbasse, false);
            page.activate(eure);
            spin();
        }
        assertEquals("eure.maillage", view.getContentDescription(), "back to the Eure roadmap");
    }

    @Test
    void homeViewClosesAndReopens() throws PartInitException {
        IWorkbenchPage page = window().getActivePage();
        IViewPart view = page.findView(MaillageUi.HOME_VIEW_ID);
        page.hideView(view);
        spin();
        assertNull(page.findView(MaillageUi.HOME_VIEW_ID), "closed");

        IViewPart reopened = page.showView(MaillageUi.HOME_VIEW_ID);
        spin();
        assertTrue(page.isPartVisible(reopened), "reopened");
    }
}
