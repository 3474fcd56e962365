/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.app.tests.EditorTestSupport.page;
import static org.maillage.app.tests.EditorTestSupport.spin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.app.MaillageUi;
import org.maillage.app.internal.RoadmapView;
import org.maillage.app.internal.explorer.ExplorerMenu;
import org.maillage.edit.ui.NewChildActions;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.roadmap.ui.internal.ElementsPage;
import org.maillage.roadmap.ui.internal.RoadmapEditor;

/**
 * Covered cases: on the editor's Éléments page (Eure example, editor maximized), the page itself never scrolls (the
 * tree and the form each scroll in their own area); after scrolling the tree and with the focus in the form, a real
 * mouse click on a row (by its bounds) selects that row, the tree stays where it was on screen with the same top row,
 * and a second click hits the row under the mouse too; the search field above the tree ignores accents and case
 * ("mediation" and "MÉDIATION" find "Médiation"), shows the matches with their ancestors and nothing else, and follows
 * a rename, and the form shown stays while its row is hidden; clearing it shows the whole tree again; the tree's
 * context menu has "Nouvel enfant" with the explorer's kinds and labels, and its Chantier action creates a chantier
 * that is selected and shown. A screenshot of the page with a search typed is kept in
 * target/screenshots/elements-search.png.
 */
class ElementsPageTest {

    private RoadmapEditor editor;
    private IWorkbenchPartReference reference;
    private ModeleMaillage model;
    private ElementsPage elements;
    private TreeViewer viewer;

    @BeforeEach
    void open() throws Exception {
        // Start from a workbench as a user finds it: earlier tests of this runtime leave editors and views behind.
        page().closeAllEditors(false);
        page().resetPerspective();
        EditorTestSupport.spin();
        editor = EditorTestSupport.openEureCopy();
        model = editor.getDocument().getModel();
        page().activate(editor);
        reference = page().getReference(editor);
        page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        // A CLS: its form is the tallest, the one that made the whole page scroll.
        editor.showElement(clsWithAxes());
        spin();
        elements = editor.getElementsPage();
        viewer = elements.getTree();
    }

    @AfterEach
    void close() {
        if (elements != null && !elements.getSearchField().isDisposed()) {
            elements.getSearchField().setText("");
        }
        page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
        EditorTestSupport.closeTemporaryEditors();
    }

    private Cls clsWithAxes() {
        return model.getDispositifs().stream().filter(Cls.class::isInstance).map(Cls.class::cast)
                .filter(c -> !c.getAxes().isEmpty()).findFirst().orElseThrow();
    }

    @Test
    void scrollThenClickSelectsTheClickedRow() {
        Tree tree = viewer.getTree();
        viewer.expandAll();
        spin();
        List<TreeItem> rows = new ArrayList<>();
        visible(tree.getItems(), rows);
        assertTrue(rows.size() > 60, "the Eure example fills the tree: " + rows.size());
        ScrolledForm form = elements.getManagedForm().getForm();
        // Whatever the page offers to scroll, the user scrolls: the page (it should have nothing to scroll)...
        form.setOrigin(0, 400);
        // ...and the tree.
        tree.setTopItem(rows.get(30));
        untilScrolled(tree);
        assertEquals(0, form.getOrigin().y, "the page itself does not scroll");
        TreeItem top = tree.getTopItem();
        assertTrue(rows.indexOf(top) > 0, "the tree is scrolled");
        // The user was typing in the form: the click moves the focus to the tree.
        Control nom = elements.getDetails().control(MaillagePackage.Literals.ELEMENT__NOM);
        assertNotNull(nom);
        nom.setFocus();
        spin();

        Point treeOnScreen = tree.toDisplay(0, 0);
        TreeItem target = rows.get(rows.indexOf(top) + 5);
        Object expected = target.getData();
        click(tree, target);
        assertEquals(new StructuredSelection(expected), viewer.getStructuredSelection(), "the clicked row");
        assertSame(expected, elements.getDetails().getElement(), "its form is shown");
        assertSame(top, tree.getTopItem(), "the tree did not scroll");
        assertEquals(treeOnScreen, tree.toDisplay(0, 0), "the page did not jump");
        assertEquals(0, form.getOrigin().y, "the page did not scroll");

        // The next click hits the row under the mouse too, though the form changed height.
        TreeItem next = rows.get(rows.indexOf(top) + 2);
        Object nextExpected = next.getData();
        click(tree, next);
        assertEquals(new StructuredSelection(nextExpected), viewer.getStructuredSelection());
        assertSame(top, tree.getTopItem());
        assertEquals(treeOnScreen, tree.toDisplay(0, 0));
    }

    /** A real click of the mouse in the middle of a row's label, through the window system. */
    private static void click(Tree tree, TreeItem item) {
        Display display = tree.getDisplay();
        tree.getShell().forceActive();
        spin();
        Rectangle bounds = item.getBounds();
        Point at = tree.toDisplay(bounds.x + Math.min(20, bounds.width / 2), bounds.y + bounds.height / 2);
        post(display, SWT.MouseMove, at, 0);
        post(display, SWT.MouseDown, at, 1);
        post(display, SWT.MouseUp, at, 1);
        // The window system delivers the events asynchronously.
        runFor(display, 500);
        spin();
    }

    /**
     * Waits until the tree stops scrolling. GTK animates {@link Tree#setTopItem}: the top row only reaches the item
     * over the next frames, and a test that reads it at once (then clicks) sees the animation finish under the mouse,
     * which looks like a jump the user never gets from the mouse wheel.
     */
    private static void untilScrolled(Tree tree) {
        int last = -1;
        for (int steady = 0, tries = 0; steady < 3 && tries < 40; tries++) {
            runFor(tree.getDisplay(), 50);
            int now = tree.getVerticalBar().getSelection();
            steady = now == last ? steady + 1 : 0;
            last = now;
        }
        spin();
    }

    /** Runs the event loop for that long, sleeping when there is nothing to do. */
    private static void runFor(Display display, long millis) {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    private static void post(Display display, int type, Point at, int button) {
        Event event = new Event();
        event.type = type;
        event.x = at.x;
        event.y = at.y;
        event.button = button;
        assertTrue(display.post(event), "the window system takes the event");
    }

    private static void visible(TreeItem[] items, List<TreeItem> into) {
        for (TreeItem item : items) {
            into.add(item);
            if (item.getExpanded()) {
                visible(item.getItems(), into);
            }
        }
    }

    @Test
    void searchIgnoresAccentsAndCaseAndShowsAncestors() throws Exception {
        Chantier chantier = model.getFeuillesDeRoute().get(0).getChantiers().get(1);
        UiSupport.execute(editor.getDocument(), SetCommand.create(editor.getDocument().getEditingDomain(), chantier,
                MaillagePackage.Literals.ELEMENT__NOM, "Médiation en santé dans les quartiers"));
        Cls shownBefore = (Cls) elements.getDetails().getElement();
        Text search = elements.getSearchField();
        search.setText("mediation");
        spin();
        assertSame(shownBefore, elements.getDetails().getElement(), "the form stays while the user searches");
        List<Object> shown = UiSupport.shown(viewer.getTree().getItems());
        assertTrue(shown.contains(chantier), "\"mediation\" finds \"Médiation\"");
        Set<Object> matches = matching("mediation");
        assertEquals(matches, new LinkedHashSet<>(shown.stream().filter(matches::contains).toList()),
                "every match is shown");
        for (Object element : shown) {
            assertTrue(matches.contains(element) || hasMatchBelow(element, matches),
                    "shown only as an ancestor of a match: " + text(element));
        }
        assertTrue(viewer.getExpandedState(chantier.eContainer()), "the matches are opened up to");
        UiSupport.screenshot(editor.getSite().getShell(), Path.of("target", "screenshots", "elements-search.png"));

        search.setText("MÉDIATION");
        spin();
        assertEquals(shown, UiSupport.shown(viewer.getTree().getItems()), "case and accents aside");

        // A rename is searched at once.
        UiSupport.execute(editor.getDocument(), SetCommand.create(editor.getDocument().getEditingDomain(), chantier,
                MaillagePackage.Literals.ELEMENT__NOM, "Accès aux soins"));
        assertFalse(UiSupport.shown(viewer.getTree().getItems()).contains(chantier), "no longer a match");

        search.setText("");
        spin();
        viewer.expandAll();
        assertTrue(UiSupport.shown(viewer.getTree().getItems()).size() > shown.size(), "everything again");
    }

    private Set<Object> matching(String query) {
        Set<Object> found = new LinkedHashSet<>();
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (org.maillage.core.text.Search.matches(text(element), query) && isInTree(element)) {
                found.add(element);
            }
        }
        return found;
    }

    private boolean isInTree(Object element) {
        ITreeContentProvider contents = (ITreeContentProvider) viewer.getContentProvider();
        Object parent = contents.getParent(element);
        if (parent == null) {
            return false;
        }
        if (parent == model) {
            return List.of(contents.getElements(model)).contains(element);
        }
        return isInTree(parent) && List.of(contents.getChildren(parent)).contains(element);
    }

    private boolean hasMatchBelow(Object element, Set<Object> matches) {
        ITreeContentProvider contents = (ITreeContentProvider) viewer.getContentProvider();
        for (Object match : matches) {
            for (Object p = contents.getParent(match); p != null; p = contents.getParent(p)) {
                if (p == element) {
                    return true;
                }
            }
        }
        return false;
    }

    private String text(Object element) {
        return ((ILabelProvider) viewer.getLabelProvider()).getText(element);
    }

    @Test
    void newChildFromTheTreeMenuAsInTheExplorer() throws Exception {
        FeuilleDeRoute feuille = model.getFeuillesDeRoute().get(0);
        viewer.setSelection(new StructuredSelection(feuille), true);
        spin();
        MenuManager menu = new MenuManager();
        elements.fillContextMenu(menu);
        List<String> inEditor = texts(menu.find(NewChildActions.MENU_ID));
        assertTrue(inEditor.contains("Chantier"), inEditor.toString());

        RoadmapView explorer = (RoadmapView) page().showView(MaillageUi.ROADMAP_VIEW_ID);
        spin();
        explorer.getViewer().setSelection(new StructuredSelection(feuille), true);
        MenuManager explorerMenu = new MenuManager();
        explorer.fillContextMenu(explorerMenu);
        assertEquals(texts(explorerMenu.find(ExplorerMenu.NEW_CHILD_MENU)), inEditor, "the explorer's kinds");
        assertEquals(explorerMenu.find(ExplorerMenu.NEW_CHILD_MENU) instanceof MenuManager m ? m.getMenuText() : null,
                ((MenuManager) menu.find(NewChildActions.MENU_ID)).getMenuText());

        page().activate(editor);
        spin();
        int before = feuille.getChantiers().size();
        action(menu.find(NewChildActions.MENU_ID), "Chantier").run();
        spin();
        assertEquals(before + 1, feuille.getChantiers().size());
        Chantier created = feuille.getChantiers().get(before);
        assertSame(created, viewer.getStructuredSelection().getFirstElement(), "the new chantier is selected");
        assertSame(created, elements.getDetails().getElement(), "and shown in the form");
    }

    private static List<String> texts(IContributionItem container) {
        List<String> texts = new ArrayList<>();
        for (IContributionItem item : ((MenuManager) container).getItems()) {
            if (item instanceof ActionContributionItem action) {
                texts.add(action.getAction().getText().replace("&", ""));
            }
        }
        return texts;
    }

    private static org.eclipse.jface.action.IAction action(IContributionItem container, String text) {
        for (IContributionItem item : ((MenuManager) container).getItems()) {
            if (item instanceof ActionContributionItem action
                    && action.getAction().getText().replace("&", "").equals(text)) {
                return action.getAction();
            }
        }
        throw new AssertionError("no " + text + " in " + texts(container));
    }
}
