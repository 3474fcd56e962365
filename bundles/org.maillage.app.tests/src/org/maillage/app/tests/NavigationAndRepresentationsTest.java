/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.app.MaillageUi;
import org.maillage.app.internal.RoadmapView;
import org.maillage.examples.Examples;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.Representations;
import org.maillage.viewpoint.ViewpointResources;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.ui.DiagramEditorInput;
import org.maillage.viewpoint.ui.DiagramEditors;
import org.maillage.viewpoint.ui.internal.DiagramEditor;
import org.maillage.viewpoint.ui.internal.ElementDiagramsMenu;
import org.maillage.viewpoint.ui.internal.RepresentationsView;
import org.maillage.viewpoint.ui.internal.TableEditor;

/**
 * Covered cases: in the Eure articulation diagram, a double-click on a CLS node opens "Articulation d'un CLS" on
 * that CLS (named after it, showing its fiches actions), and a second double-click activates the same editor; a
 * double-click on the CLS diagram's EPCI opens "Dispositifs d'un EPCI"; the context menu offers the navigation; the
 * explorer's "Nouveau diagramme" and "Ouvrir le diagramme" list the descriptions of a CLS and the diagram saved on
 * it (built directly, and in the explorer's real context menu, whose entry opens the CLS's diagram); the "Représentations" view (Fenêtre > Afficher la vue, and in the perspective) lists the saved diagrams by
 * description with their element, renames one and deletes one from the diagram file without touching the roadmap;
 * it also lists the three shipped tables (kind « tableau », on the roadmap), and opening one opens the table editor;
 * the explorer's "Nouveau diagramme" on the roadmap root offers the tables after the diagrams.
 * Screenshots in target/screenshots (looked at, not compared).
 */
class NavigationAndRepresentationsTest {

    private static final String ARTICULATION = "org.maillage.viewpoints.articulation/articulation";
    private static final String CLS = "org.maillage.viewpoints.cls/articulationCls";
    private static final String EVREUX = "eure-cls-evreux";

    private IWorkbenchPage page;
    private Path roadmap;

    @BeforeEach
    void openTheEure() throws Exception {
        page = UiSupport.page();
        roadmap = Examples.find(Examples.EURE).orElseThrow().copyTo(Files.createTempDirectory("maillage-nav"));
    }

    @AfterEach
    void closeEverything() {
        page.closeAllEditors(false);
        UiSupport.spin();
    }

    @Test
    void doubleClickNavigatesAndTheBrowserListsTheDiagrams() throws Exception {
        DiagramEditor articulation = (DiagramEditor) DiagramEditors.open(page, roadmap, ARTICULATION);
        assertNotNull(articulation);
        UiSupport.spin();
        articulation.action("action.zoomFit").run();
        UiSupport.spin();
        RoadmapDocument document = articulation.getAdapter(RoadmapDocument.class);
        EObject evreux = document.getResource().getEObject(EVREUX);
        DNode clsNode = (DNode) articulation.session().elementsOf(evreux).get(0);

        articulation.select(List.of(clsNode));
        assertNotNull(articulation.action("navigate.articulationCls"), "the context menu offers the navigation");
        doubleClick(articulation, clsNode);
        DiagramEditor cls = assertInstanceOf(DiagramEditor.class, page.getActiveEditor());
        assertEquals(new DiagramEditorInput(roadmap, CLS, EVREUX), cls.getEditorInput());
        assertTrue(cls.getPartName().startsWith("Articulation du CLS d'Évreux"), cls.getPartName());
        DiagramSession session = cls.session();
        assertSame(evreux, session.target());
        assertTrue(session.allNodes().stream().anyMatch(n -> "fiche".equals(n.getMappingId())), "its fiches");
        screenshotOf(cls, "navigation-cls.png");

        page.activate(articulation);
        doubleClick(articulation, clsNode);
        assertSame(cls, page.getActiveEditor(), "the diagram already open is activated, not opened twice");

        DNode epci = session.allNodes().stream().filter(n -> "epci".equals(n.getMappingId())).findFirst()
                .orElseThrow();
        cls.action("action.zoomFit").run();
        UiSupport.spin();
        doubleClick(cls, epci);
        DiagramEditor epciEditor = assertInstanceOf(DiagramEditor.class, page.getActiveEditor());
        assertTrue(epciEditor.getPartName().startsWith("Dispositifs de "), epciEditor.getPartName());

        // Saved diagrams: the articulation and the CLS's.
        articulation.doSave(null);
        cls.doSave(null);
        assertTrue(Files.isRegularFile(ViewpointResources.diagramFileFor(roadmap)));

        IContributionItem[] explorerMenu = ElementDiagramsMenu.items(page, document, evreux);
        assertEquals(List.of("Articulation d'un CLS"), labels(explorerMenu[0]), "Nouveau diagramme ›");
        assertEquals(List.of("Articulation du CLS d'Évreux Portes de Normandie 2024-2028"), labels(explorerMenu[1]),
                "Ouvrir le diagramme ›");

        assertTrue(windowShowViewItems().contains("Représentations"), windowShowViewItems().toString());
        RepresentationsView view = (RepresentationsView) page.showView(RepresentationsView.ID);
        page.activate(cls);
        view.refresh();
        UiSupport.spin();
        List<Representations.Descriptor> listed = diagrams(view);
        assertEquals(2, listed.size(), listed.toString());
        List<Representations.Descriptor> tables = view.representations().stream()
                .filter(d -> d.kind() == Representations.Kind.TABLE).toList();
        assertEquals(List.of("Déclinaison du PRAPS", "Couverture des QPV", "Financements"),
                tables.stream().map(Representations.Descriptor::descriptionLabel).toList());
        assertEquals("tableau", tables.get(0).kind().label());
        Representations.Descriptor onCls = listed.stream().filter(d -> EVREUX.equals(d.targetUuid())).findFirst()
                .orElseThrow();
        assertEquals("Cls", onCls.targetKind());
        assertEquals(5, view.viewer().getTree().getItemCount(), "one group per description, tables included");
        UiSupport.screenshot(page.getWorkbenchWindow().getShell(), Path.of("target", "screenshots",
                "representations-view.png"));
        view.open(tables.get(1));
        UiSupport.spin();
        TableEditor table = assertInstanceOf(TableEditor.class, page.getActiveEditor());
        assertEquals("org.maillage.viewpoints.tableaux/couverture-qpv",
                ((DiagramEditorInput) table.getEditorInput()).getDescriptionId());
        List<String> onRoot = labels(ElementDiagramsMenu.items(page, document, document.getModel())[0]);
        assertTrue(onRoot.containsAll(List.of("Articulation des dispositifs", "Couverture des QPV")),
                onRoot.toString());

        String roadmapBefore = Files.readString(roadmap);
        view.rename(onCls, "CLS d'Évreux, vue de travail");
        assertEquals("CLS d'Évreux, vue de travail", cls.session().diagram().getName(), "the open editor follows");
        view.delete(view.representations().stream().filter(d -> EVREUX.equals(d.targetUuid())).findFirst()
                .orElseThrow(), true);
        assertEquals(1, diagrams(view).size());
        assertFalse(Arrays.asList(page.getEditors()).contains(cls), "its editor is closed, not saved again");
        assertEquals(roadmapBefore, Files.readString(roadmap), "the roadmap is never touched");
    }

    @Test
    void explorerContextMenuOffersTheDiagramsOfTheSelectedElement() throws Exception {
        IEditorPart roadmapEditor = RoadmapEditors.open(page, roadmap);
        UiSupport.spin();
        RoadmapDocument document = roadmapEditor.getAdapter(RoadmapDocument.class);
        EObject evreux = document.getResource().getEObject(EVREUX);
        RoadmapView explorer = (RoadmapView) page.showView(MaillageUi.ROADMAP_VIEW_ID);
        UiSupport.spin();
        explorer.reveal(evreux);
        explorer.getViewer().setSelection(new StructuredSelection(evreux), true);
        UiSupport.spin();
        Menu popup = explorer.getViewer().getControl().getMenu();
        popup.notifyListeners(SWT.Show, new Event());
        UiSupport.spin();
        try {
            MenuItem create = item(popup, "Nouveau diagramme");
            MenuItem open = item(popup, "Ouvrir le diagramme");
            assertEquals(List.of("Articulation d'un CLS"), texts(create.getMenu()));
            assertEquals(List.of("(aucun diagramme enregistré sur cet élément)"), texts(open.getMenu()));
            create.getMenu().getItem(0).notifyListeners(SWT.Selection, new Event());
            UiSupport.spin();
            DiagramEditor cls = assertInstanceOf(DiagramEditor.class, page.getActiveEditor());
            assertEquals(new DiagramEditorInput(roadmap, CLS, EVREUX), cls.getEditorInput());
        } finally {
            popup.notifyListeners(SWT.Hide, new Event());
            UiSupport.spin();
        }
    }

    private static List<Representations.Descriptor> diagrams(RepresentationsView view) {
        return view.representations().stream().filter(d -> d.kind() == Representations.Kind.DIAGRAM).toList();
    }

    private static MenuItem item(Menu menu, String text) {
        return Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + text + " in " + texts(menu)));
    }

    private static List<String> texts(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        UiSupport.spin();
        return Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "")).filter(t -> !t.isEmpty())
                .toList();
    }

    private static void doubleClick(DiagramEditor editor, DNode node) {
        UiSupport.spin();
        Point p = editor.pixelCenter(node);
        Event event = new Event();
        event.x = p.x;
        event.y = p.y;
        event.button = 1;
        event.count = 2;
        editor.canvasControl().notifyListeners(SWT.MouseDoubleClick, event);
        UiSupport.spin();
    }

    private static List<String> labels(IContributionItem item) {
        return Arrays.stream(((MenuManager) item).getItems()).filter(ActionContributionItem.class::isInstance)
                .map(i -> ((ActionContributionItem) i).getAction().getText()).toList();
    }

    private void screenshotOf(IEditorPart editor, String name) throws Exception {
        var shell = page.getWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1600, 960);
        page.activate(editor);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        ((DiagramEditor) editor).action("action.zoomFit").run();
        UiSupport.spin();
        UiSupport.screenshot(shell, Path.of("target", "screenshots", name));
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
        UiSupport.spin();
    }

    /** @return the texts of Fenêtre > Afficher la vue, as the user sees them */
    private static List<String> windowShowViewItems() {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        MenuItem window = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Fenêtre"))
                .findFirst().orElseThrow(() -> new AssertionError("a Fenêtre menu"));
        window.getMenu().notifyListeners(SWT.Show, new Event());
        UiSupport.spin();
        MenuItem showView = Arrays.stream(window.getMenu().getItems())
                .filter(i -> i.getText().replace("&", "").equals("Afficher la vue")).findFirst()
                .orElseThrow(() -> new AssertionError("Afficher la vue"));
        showView.getMenu().notifyListeners(SWT.Show, new Event());
        UiSupport.spin();
        List<String> texts = Arrays.stream(showView.getMenu().getItems())
                .map(i -> i.getText().replace("&", "")).toList();
        showView.getMenu().notifyListeners(SWT.Hide, new Event());
        window.getMenu().notifyListeners(SWT.Hide, new Event());
        UiSupport.spin();
        return texts;
    }
}
