/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.app.MaillageUi;
import org.maillage.app.internal.RoadmapView;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.dispositif.StatutDispositif;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.model.diagram.DDiagramElement;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.ui.DiagramEditors;
import org.maillage.viewpoint.ui.internal.DiagramEditor;

/**
 * Covered cases: the diagram editor on a copy of the Eure example's "Articulation des dispositifs": it shares the
 * roadmap editor's document; after "zoom to fit" the canvas paints as many node figures as the session has nodes; a
 * click selects a node and the workbench selection is its roadmap object, and a selection in the model explorer
 * selects its nodes; a drag moves a node, which is pinned and keeps its place through a refresh and through save and
 * reopen, and arrow keys nudge it; a rubber band selects what it encloses; direct edit (F2) renames the roadmap
 * object, Édition > Annuler names the change, undo and redo restore it; Delete runs the description's delete tool
 * (Édition > Supprimer is the diagram's delete), undo brings the element back; the palette's node tool creates an
 * element the explorer counts at once (« Dispositifs (n+1) », no save); it creates an
 * element where the user clicks; an optional layer adds its nodes, a filter hides the finished schemes; the image
 * export writes the headless renderers' SVG and PNG; a large diagram's "Organiser tout" runs as a job, and so does
 * its first layout when it opens; moves and "Organiser tout" are undone from Édition > Annuler without making the
 * roadmap dirty; the Outline
 * shows the overview; the "Diagrammes" menu lists the applicable diagrams and its command opens the territory map;
 * closing the roadmap editor closes its diagrams. Screenshots of both diagrams are kept in target/screenshots (looked
 * at, not compared).
 */
class DiagramEditorTest {

    private static final String ARTICULATION = "org.maillage.viewpoints.articulation/articulation";
    private static final String TERRITOIRES = "org.maillage.viewpoints.territoires/territoires";

    private IWorkbenchPage page;
    private Path roadmap;
    private DiagramEditor editor;

    @BeforeEach
    void openTheEureArticulation() throws Exception {
        page = window().getActivePage();
        roadmap = Examples.find(Examples.EURE).orElseThrow().copyTo(Files.createTempDirectory("maillage-diagram"));
        editor = open(ARTICULATION);
    }

    @AfterEach
    void closeEditors() {
        IEditorPart roadmapEditor = roadmapEditor();
        for (var reference : page.getEditorReferences()) {
            IEditorPart part = reference.getEditor(false);
            if (part instanceof DiagramEditor) {
                page.closeEditor(part, false);
            }
        }
        if (roadmapEditor != null) {
            page.closeEditor(roadmapEditor, false);
        }
        spin();
    }

    @Test
    void sharesTheRoadmapDocumentAndPaintsEveryNode() throws Exception {
        RoadmapDocument document = roadmapEditor().getAdapter(RoadmapDocument.class);
        assertSame(document, editor.getAdapter(RoadmapDocument.class), "one document for the form and the diagram");
        assertEquals("Articulation des dispositifs", editor.getPartName());

        editor.action("action.zoomFit").run();
        paint();
        DiagramSession session = editor.session();
        assertTrue(session.allNodes().size() > 10, "the Eure articulation has its schemes and QPV");
        assertEquals(session.allNodes().size(), editor.paintedNodeCount(), "every node is drawn once fitted");
        assertTrue(editor.zoom() <= 1, "fit never enlarges beyond natural size");
        assertTrue(editor.statusText().contains(session.allNodes().size() + " nœuds"), editor.statusText());

        double fitted = editor.zoom();
        Event wheel = new Event();
        wheel.stateMask = SWT.MOD1;
        wheel.count = 3;
        Point center = editor.pixelCenter(session.allNodes().get(0));
        wheel.x = center.x;
        wheel.y = center.y;
        editor.canvasControl().notifyListeners(SWT.MouseVerticalWheel, wheel);
        assertTrue(editor.zoom() > fitted, "Ctrl+wheel zooms in");
    }

    @Test
    void clickSelectsTheNodeAndTheWorkbenchSeesItsRoadmapObject() {
        editor.action("action.zoomFit").run();
        paint();
        DNode node = nodeOf(editor.session(), "cls");
        click(node, 0);
        assertEquals(List.of(node), editor.selectedElements());
        IStructuredSelection selection = (IStructuredSelection) window().getSelectionService().getSelection();
        assertEquals(List.of(editor.session().semanticElement(node)), selection.toList(),
                "the workbench selection is the roadmap object, not the drawing");

        DNode other = nodeOf(editor.session(), "qpv");
        click(other, SWT.MOD1);
        assertEquals(List.of(node, other), editor.selectedElements(), "Ctrl+click adds");

        RoadmapView explorer = (RoadmapView) page.findView(MaillageUi.ROADMAP_VIEW_ID);
        page.activate(explorer);
        spin();
        EObject cls = editor.session().semanticElement(nodeOf(editor.session(), "cls", 1));
        explorer.getViewer().setSelection(new StructuredSelection(cls), true);
        spin();
        assertEquals(editor.session().elementsOf(cls), editor.selectedElements(),
                "a selection in the explorer selects its nodes");
    }

    @Test
    void movedNodeIsPinnedAndKeepsItsPlaceThroughRefreshSaveAndReopen() throws Exception {
        DiagramSession session = editor.session();
        DNode node = nodeOf(session, "qpv");
        double[] before = dragNode(node, 60, 40);
        double x = before[0];
        double y = before[1];
        assertTrue(node.isPinned(), "a moved node is pinned");
        assertEquals(x + 60 / editor.zoom(), node.getX(), 1.5);
        assertEquals(y + 40 / editor.zoom(), node.getY(), 1.5);
        assertTrue(editor.isDirty() && editor.isLayoutDirty(), "the positions are the diagram file's to keep");

        editor.select(List.of(node));
        key(SWT.ARROW_RIGHT);
        assertEquals(x + 60 / editor.zoom() + 10, node.getX(), 1.5, "the right arrow nudges it");
        key(SWT.ARROW_LEFT);

        session.refresh();
        session.arrangeAll();
        assertEquals(x + 60 / editor.zoom(), node.getX(), 1.5, "refresh and arrange keep a pinned node");
        double movedX = node.getX();
        double movedY = node.getY();
        String id = node.getId();

        editor.doSave(null);
        assertFalse(editor.isDirty());
        assertTrue(Files.isRegularFile(editor.diagramFile()), "saved beside the roadmap");
        page.closeEditor(editor, false);
        spin();
        editor = open(ARTICULATION);
        DNode reopened = editor.session().allNodes().stream().filter(n -> n.getId().equals(id)).findFirst()
                .orElseThrow();
        assertTrue(reopened.isPinned());
        assertEquals(movedX, reopened.getX(), 0.01, "reopening keeps the user's position");
        assertEquals(movedY, reopened.getY(), 0.01);
    }

    @Test
    void rubberBandSelectsEveryNodeItEncloses() {
        editor.action("action.zoomFit").run();
        paint();
        Rectangle client = editor.canvasControl().getClientArea();
        drag(new Point(1, 1), new Point(client.width - 2, client.height - 2));
        long nodes = editor.selectedElements().stream().filter(DNode.class::isInstance).count();
        assertEquals(editor.session().allNodes().size(), nodes, "the band around the fitted diagram takes all");
    }

    @Test
    void directEditRenamesAndUndoRedoRestore() {
        DiagramSession session = editor.session();
        DNode node = nodeOf(session, "cls");
        Cls cls = (Cls) session.semanticElement(node);
        String before = cls.getNom();
        editor.select(List.of(node));
        key(SWT.F2);
        Text field = editor.directEditText();
        assertNotNull(field, "F2 opens the label editor");
        assertEquals(before, field.getText(), "it starts from the name, not the computed label");
        field.setText("CLS de l'agglomération renommé");
        field.notifyListeners(SWT.DefaultSelection, new Event());
        spin();
        assertNull(editor.directEditText(), "Enter closes it");
        assertEquals("CLS de l'agglomération renommé", cls.getNom(), "the roadmap changed");
        assertTrue(node.getLabel().contains("renommé"), "the diagram followed");

        String undo = editMenuItems().stream().filter(t -> t.startsWith("Annuler")).findFirst().orElse("");
        assertTrue(undo.contains("Renommer"), "Édition > Annuler names the change: " + undo);

        RoadmapDocument document = editor.document();
        document.getCommandStack().undo();
        assertEquals(before, cls.getNom(), "undo restores the name");
        assertFalse(node.getLabel().contains("renommé"), "and the label");
        document.getCommandStack().redo();
        assertEquals("CLS de l'agglomération renommé", cls.getNom(), "redo");
    }

    @Test
    void deleteRunsTheDeleteToolAndUndoBringsItBack() {
        DiagramSession session = editor.session();
        ModeleMaillage model = editor.document().getModel();
        DNode node = nodeOf(session, "cls");
        Dispositif cls = (Dispositif) session.semanticElement(node);
        int nodes = session.allNodes().size();
        editor.select(List.of(node));
        IAction delete = editor.action("action.delete");
        assertTrue(delete.isEnabled(), "the description's delete tool applies to a CLS");
        assertSame(delete, editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.DELETE.getId()),
                "Édition > Supprimer runs the diagram's delete");
        assertTrue(editMenuEnabled(ActionFactory.DELETE.getId()), "and is enabled for the CLS");
        key(SWT.DEL);
        assertFalse(model.getDispositifs().contains(cls), "the CLS left the roadmap");
        assertTrue(session.elementsOf(cls).isEmpty(), "and the diagram");
        assertTrue(session.allNodes().size() < nodes);
        assertTrue(editor.selectedElements().isEmpty(), "the selection lost what was deleted");

        editor.document().getCommandStack().undo();
        assertTrue(model.getDispositifs().contains(cls), "undo brings it back");
        assertEquals(nodes, session.allNodes().size());
    }

    private RoadmapView showExplorer() {
        try {
            RoadmapView view = (RoadmapView) page
                    .showView(MaillageUi.ROADMAP_VIEW_ID);
            page.activate(editor);
            spin();
            return view;
        } catch (org.eclipse.ui.PartInitException e) {
            throw new AssertionError(e);
        }
    }

    /** @return the text of a heading of the explorer as shown */
    private static String heading(RoadmapView explorer, String key) {
        spin();
        for (org.eclipse.swt.widgets.TreeItem item : explorer.getViewer().getTree().getItems()) {
            if (item.getData() instanceof org.maillage.app.internal.explorer.GroupNode group
                    && group.key().equals(key)) {
                return item.getText();
            }
        }
        throw new AssertionError("no heading " + key);
    }

    @Test
    void paletteToolCreatesAnElementWhereTheUserClicks() {
        DiagramSession session = editor.session();
        ModeleMaillage model = editor.document().getModel();
        long before = model.getDispositifs().stream().filter(Cls.class::isInstance).count();
        // The explorer beside the diagram, as in the workbench: its count follows the creation without a save.
        RoadmapView explorer = showExplorer();
        int dispositifs = model.getDispositifs().size();
        assertEquals("Dispositifs (" + dispositifs + ")", heading(explorer, "dispositifs"));
        Button clsTool = editor.paletteButtons().stream().filter(b -> b.getText().equals("CLS")).findFirst()
                .orElseThrow();
        clsTool.setSelection(true);
        clsTool.notifyListeners(SWT.Selection, new Event());
        Rectangle client = editor.canvasControl().getClientArea();
        Event down = mouse(3, client.height - 30, 1, 0);
        editor.canvasControl().notifyListeners(SWT.MouseDown, down);
        editor.canvasControl().notifyListeners(SWT.MouseUp, mouse(3, client.height - 30, 1, 0));
        spin();
        assertEquals(before + 1, model.getDispositifs().stream().filter(Cls.class::isInstance).count());
        DDiagramElement created = editor.selectedElements().get(0);
        assertEquals("Nouveau CLS", created.getLabel(), "the new element is selected");
        assertTrue(((DNode) created).isPinned(), "and placed where the user clicked");
        assertTrue(editor.paletteButtons().get(0).getSelection(), "back to the selection tool");
        assertEquals("Dispositifs (" + (dispositifs + 1) + ")", heading(explorer, "dispositifs"),
                "the explorer counts the new CLS at once");
        org.eclipse.emf.common.command.Command last = editor.document().getCommandStack().getUndoCommand();
        assertEquals("Nouveau CLS", org.maillage.model.edit.CommandLabels.label(last),
                "Édition > Annuler says what the palette created");
        editor.document().getCommandStack().undo();
        assertEquals(before, model.getDispositifs().stream().filter(Cls.class::isInstance).count(),
                () -> "undone: " + last.getLabel() + " " + last.getClass().getName() + " " + last.getAffectedObjects());
        assertNotSame(session.diagram(), EcoreUtil.getRootContainer(created), "undo removed its node");
    }

    @Test
    void optionalLayerAddsItsNodes() {
        DiagramSession session = editor.session();
        ModeleMaillage model = editor.document().getModel();
        long porteurs = model.getDispositifs().stream().map(Dispositif::getPorteur).filter(Objects::nonNull)
                .distinct().count();
        IAction layer = editor.action("layer.porteurs");
        assertNotNull(layer, "the optional layer is in the Calques menu");
        assertFalse(layer.isChecked());
        int nodes = session.allNodes().size();
        layer.setChecked(true);
        layer.run();
        assertTrue(session.isLayerActive("porteurs"));
        assertEquals(nodes + porteurs, session.allNodes().size(), "one node per organisation carrying a scheme");
        assertTrue(editor.isLayoutDirty(), "layers are saved with the diagram");
        IAction again = editor.action("layer.porteurs");
        assertTrue(again.isChecked());
        again.setChecked(false);
        again.run();
        assertEquals(nodes, session.allNodes().size());
    }

    @Test
    void filterHidesTheFinishedSchemes() {
        DiagramSession session = editor.session();
        long finished = session.allNodes().stream().map(session::semanticElement)
                .filter(o -> o instanceof Dispositif d && d.getStatut() == StatutDispositif.TERMINE).count();
        assertTrue(finished > 0, "the Eure example has finished schemes");
        int nodes = session.allNodes().size();
        IAction filter = editor.action("filter.termines");
        assertNotNull(filter, "the filter is in the Filtres menu");
        filter.setChecked(true);
        filter.run();
        assertEquals(nodes - finished, session.allNodes().size(), "finished schemes are hidden");
        IAction again = editor.action("filter.termines");
        again.setChecked(false);
        again.run();
        assertEquals(nodes, session.allNodes().size());
    }

    @Test
    void exportWritesTheHeadlessRenderersPictures() throws Exception {
        assertNotNull(editor.action("action.export"), "Exporter l'image… is in the context menu");
        Path svg = roadmap.resolveSibling("articulation.svg");
        Path png = roadmap.resolveSibling("articulation.png");
        editor.exportImage(svg);
        editor.exportImage(png);
        String text = Files.readString(svg);
        DNode cls = nodeOf(editor.session(), "cls");
        assertTrue(text.contains(cls.getId()), "the SVG carries the diagram's elements");
        byte[] header = Arrays.copyOf(Files.readAllBytes(png), 4);
        assertEquals("\u0089PNG", new String(header, StandardCharsets.ISO_8859_1));
    }

    @Test
    void largeDiagramsArrangeInABackgroundJob() throws Exception {
        editor.setBackgroundLayoutThreshold(0);
        editor.action("action.arrangeAll").run();
        Job job = editor.backgroundLayout();
        assertNotNull(job, "past the threshold, arranging is a job");
        job.join();
        long end = System.currentTimeMillis() + 30_000;
        while (editor.backgroundLayout() != null && System.currentTimeMillis() < end) {
            spin();
        }
        assertNull(editor.backgroundLayout(), "the job finished and was applied on the UI thread");
        editor.action("action.zoomFit").run();
        paint();
        assertEquals(editor.session().allNodes().size(), editor.paintedNodeCount(), "painted again after it");
    }

    @Test
    void movesAndArrangementsAreUndoneFromTheEditMenuAndLeaveTheRoadmapClean() {
        DiagramSession session = editor.session();
        RoadmapDocument document = editor.document();
        DNode node = nodeOf(session, "qpv");
        double[] before = dragNode(node, 80, 30);
        double x = before[0];
        double y = before[1];
        assertNotEquals(x, node.getX(), 0.5);
        assertFalse(document.isDirty(), "a move changes the diagram file only, not the roadmap");
        String undo = editMenuItems().stream().filter(t -> t.startsWith("Annuler")).findFirst().orElse("");
        assertTrue(undo.contains("Déplacer"), "Édition > Annuler names the move: " + undo);

        document.getCommandStack().undo();
        assertEquals(x, node.getX(), 0.01, "undo puts the node back");
        assertEquals(y, node.getY(), 0.01);
        assertFalse(node.isPinned(), "and unpins it");
        document.getCommandStack().redo();
        assertEquals(x + 80 / editor.zoom(), node.getX(), 1.5, "redo moves it again");

        double movedX = node.getX();
        editor.select(List.of(node));
        editor.action("action.arrangeSelection").run();
        assertFalse(node.isPinned(), "arranging the selection lets the layout place it");
        document.getCommandStack().undo();
        assertTrue(node.isPinned(), "one undo pins it again");
        assertEquals(movedX, node.getX(), 0.01, "where the user had put it");

        node.setPinned(false);
        editor.action("action.arrangeAll").run();
        assertTrue(editMenuItems().stream().anyMatch(t -> t.startsWith("Annuler Organiser tout")));
        document.getCommandStack().undo();
        assertEquals(movedX, node.getX(), 0.01, "undoing the arrangement restores the positions before it");
        assertFalse(document.isDirty());
        assertTrue(editor.isLayoutDirty(), "the diagram file is still to save");
    }

    @Test
    void aLargeDiagramIsFirstLaidOutInTheBackground() throws Exception {
        page.closeEditor(editor, false);
        spin();
        assertFalse(Files.exists(editor.diagramFile()), "no saved diagram: the first layout places every node");
        List<Job> layouts = new java.util.concurrent.CopyOnWriteArrayList<>();
        IJobChangeListener scheduled = new JobChangeAdapter() {
            @Override
            public void scheduled(IJobChangeEvent event) {
                if (event.getJob().getName().startsWith("Organisation du diagramme")) {
                    layouts.add(event.getJob());
                }
            }
        };
        Job.getJobManager().addJobChangeListener(scheduled);
        System.setProperty("maillage.diagram.backgroundLayoutNodes", "0");
        try {
            editor = open(ARTICULATION);
        } finally {
            System.clearProperty("maillage.diagram.backgroundLayoutNodes");
            Job.getJobManager().removeJobChangeListener(scheduled);
        }
        assertEquals(1, layouts.size(), "past the threshold, the first layout is a job: the window stays responsive");
        layouts.get(0).join();
        long end = System.currentTimeMillis() + 30_000;
        while (editor.backgroundLayout() != null && System.currentTimeMillis() < end) {
            spin();
        }
        assertNull(editor.backgroundLayout(), "its positions were applied on the UI thread");
        List<DNode> top = editor.session().diagram().getNodes();
        for (int i = 0; i < top.size(); i++) {
            for (int j = i + 1; j < top.size(); j++) {
                DNode a = top.get(i);
                DNode b = top.get(j);
                assertFalse(a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                        && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight(),
                        a.getId() + " overlaps " + b.getId());
            }
        }
        assertFalse(editor.isLayoutDirty(), "the first layout is not a change of the user's");
        assertNull(editor.document().getCommandStack().getUndoCommand(), "nor an undoable one");
        paint();
        editor.action("action.zoomFit").run();
        paint();
        assertEquals(editor.session().allNodes().size(), editor.paintedNodeCount(), "drawn once placed");
    }

    @Test
    void outlineShowsTheOverview() throws Exception {
        IContentOutlinePage page0 = editor.getAdapter(IContentOutlinePage.class);
        assertNotNull(page0, "the editor gives the Outline view a page");
        ContentOutline outline = (ContentOutline) page.showView(IPageLayout.ID_OUTLINE);
        page.activate(editor);
        spin();
        assertTrue(outline.getCurrentPage() instanceof IContentOutlinePage, "the overview page is shown");
        Canvas overview = (Canvas) outline.getCurrentPage().getControl();
        assertFalse(overview.isDisposed());
        page.hideView(outline);
        spin();
    }

    @Test
    void diagramsMenuListsTheApplicableDiagramsAndOpensTheTerritoryMap() throws Exception {
        List<String> entries = menuItems("Diagrammes");
        assertTrue(entries.contains("Articulation des dispositifs"), entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.startsWith("Carte des territoires")), entries.toString());

        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        ParameterizedCommand command = ParameterizedCommand.generateCommand(
                commands.getCommand(DiagramEditors.OPEN_COMMAND_ID),
                Map.of(DiagramEditors.DESCRIPTION_PARAMETER, TERRITOIRES));
        handlers.executeCommand(command, null);
        spin();
        IEditorPart active = page.getActiveEditor();
        assertTrue(active instanceof DiagramEditor, "the command opened a diagram editor");
        DiagramEditor territories = (DiagramEditor) active;
        assertNotEquals(editor, territories);
        assertSame(editor.document(), territories.document(), "on the same roadmap");
        screenshot(territories, "diagram-territoires.png");
    }

    @Test
    void closingTheRoadmapEditorClosesItsDiagrams() {
        page.closeEditor(roadmapEditor(), false);
        spin();
        assertTrue(Arrays.stream(page.getEditorReferences()).noneMatch(r -> r.getEditor(false) == editor),
                "the diagram editor closed with its roadmap");
    }

    @Test
    void screenshotOfTheArticulation() throws Exception {
        screenshot(editor, "diagram-articulation.png");
    }

    // ------------------------------------------------------------------ helpers

    private DiagramEditor open(String description) {
        IEditorPart part = DiagramEditors.open(page, roadmap, description);
        assertTrue(part instanceof DiagramEditor, "the diagram editor opened");
        spin();
        return (DiagramEditor) part;
    }

    private IEditorPart roadmapEditor() {
        for (var reference : page.getEditorReferences()) {
            IEditorPart part = reference.getEditor(false);
            RoadmapDocument document = part == null || part instanceof DiagramEditor ? null
                    : part.getAdapter(RoadmapDocument.class);
            if (document != null && roadmap.equals(document.getFile())) {
                return part;
            }
        }
        return null;
    }

    private static DNode nodeOf(DiagramSession session, String mapping) {
        return nodeOf(session, mapping, 0);
    }

    private static DNode nodeOf(DiagramSession session, String mapping, int index) {
        return session.allNodes().stream().filter(n -> mapping.equals(n.getMappingId())).skip(index).findFirst()
                .orElseThrow(() -> new AssertionError("no node of mapping " + mapping));
    }

    /** Redraws the canvas and waits for the paint (GTK may defer it past {@code update()}). */
    private void paint() {
        paint(editor.canvasControl());
    }

    private static void paint(Canvas canvas) {
        boolean[] painted = { false };
        Listener listener = e -> painted[0] = true;
        canvas.addListener(SWT.Paint, listener);
        try {
            canvas.redraw();
            canvas.update();
            Display display = canvas.getDisplay();
            long end = System.currentTimeMillis() + 5_000;
            while (!painted[0] && System.currentTimeMillis() < end) {
                if (!display.readAndDispatch()) {
                    display.timerExec(20, () -> { });
                    display.sleep();
                }
            }
            spin();
        } finally {
            canvas.removeListener(SWT.Paint, listener);
        }
        assertTrue(painted[0], "the canvas painted");
    }

    private void click(DNode node, int modifiers) {
        Point p = editor.pixelCenter(node);
        editor.canvasControl().notifyListeners(SWT.MouseDown, mouse(p.x, p.y, 1, modifiers));
        editor.canvasControl().notifyListeners(SWT.MouseUp, mouse(p.x, p.y, 1, modifiers));
        spin();
    }

    /** Drags a node by (dx, dy) pixels, nothing selected first; @return its x and y before, in diagram units */
    private double[] dragNode(DNode node, int dx, int dy) {
        editor.select(List.of());
        paint();
        double[] before = { node.getX(), node.getY() };
        Point from = editor.pixelCenter(node);
        drag(from, new Point(from.x + dx, from.y + dy));
        return before;
    }

    private void drag(Point from, Point to) {
        Canvas canvas = editor.canvasControl();
        canvas.notifyListeners(SWT.MouseDown, mouse(from.x, from.y, 1, 0));
        canvas.notifyListeners(SWT.MouseMove, mouse((from.x + to.x) / 2, (from.y + to.y) / 2, 0, SWT.BUTTON1));
        canvas.notifyListeners(SWT.MouseMove, mouse(to.x, to.y, 0, SWT.BUTTON1));
        canvas.notifyListeners(SWT.MouseUp, mouse(to.x, to.y, 1, SWT.BUTTON1));
        spin();
    }

    private static Event mouse(int x, int y, int button, int stateMask) {
        Event event = new Event();
        event.x = x;
        event.y = y;
        event.button = button;
        event.stateMask = stateMask;
        event.count = 1;
        return event;
    }

    private void key(int keyCode) {
        Event event = new Event();
        event.keyCode = keyCode;
        editor.canvasControl().notifyListeners(SWT.KeyDown, event);
        spin();
    }

    /** @return the texts of a menu bar menu's items, as the user sees them when it opens (mnemonics removed) */
    private static List<String> menuItems(String title) {
        return UiSupport.menuItems(window(), title);
    }

    private static List<String> editMenuItems() {
        return menuItems("Édition");
    }

    /** @return whether the Edit menu's item of a workbench action (its contribution id) is enabled */
    private static boolean editMenuEnabled(String actionId) {
        return UiSupport.menuItemEnabled("Édition", actionId);
    }

    private static void spin() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // Let pending layout, paint and async events run, as a user's event loop would.
        }
    }

    private static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    private static Composite canvasParent(DiagramEditor shown) {
        return shown.canvasControl().getParent().getParent();
    }

    /** The editor maximised in a 1600x1000 window, zoomed as a user would to read it; kept as a build artifact. */
    private void screenshot(DiagramEditor shown, String name) throws Exception {
        Shell shell = window().getShell();
        shell.setBounds(0, 0, 1600, 960);
        page.activate(shown);
        page.setPartState(page.getReference(shown), IWorkbenchPage.STATE_MAXIMIZED);
        spin();
        shown.action("action.zoomFit").run();
        shell.forceActive();
        spin();
        paint(shown.canvasControl());
        // The shell down to the editor's status line: Xvfb leaves the window's bottom trim black.
        Rectangle editorArea = shell.getDisplay().map(canvasParent(shown), null, canvasParent(shown).getClientArea());
        Rectangle shellBounds = shell.getBounds();
        Rectangle bounds = new Rectangle(shellBounds.x, shellBounds.y, shellBounds.width,
                Math.min(shellBounds.height, editorArea.y + editorArea.height + 6 - shellBounds.y));
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path file = Path.of("target", "screenshots", name);
            Files.createDirectories(file.getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
            page.setPartState(page.getReference(shown), IWorkbenchPage.STATE_RESTORED);
            spin();
        }
    }
}
