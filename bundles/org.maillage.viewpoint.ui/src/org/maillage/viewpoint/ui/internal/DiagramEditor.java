/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IContributionManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.core.persistence.OutputPaths;
import org.maillage.edit.ui.EditingDomainActionGroup;
import org.maillage.edit.ui.HelpContexts;
import org.maillage.edit.ui.PropertySheets;
import org.maillage.model.Element;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.viewpoint.DiagramListener;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.RefreshResult;
import org.maillage.viewpoint.ViewpointRegistry;
import org.maillage.viewpoint.ViewpointResources;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.EdgeCreationTool;
import org.maillage.viewpoint.model.description.NodeCreationTool;
import org.maillage.viewpoint.model.description.Tool;
import org.maillage.viewpoint.model.description.Viewpoint;
import org.maillage.viewpoint.model.diagram.DDiagramElement;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.ui.DiagramEditorInput;
import org.maillage.viewpoint.ui.DiagramEditors;

/**
 * The diagram editor: one diagram description on one open roadmap.
 * <p>
 * It edits through the roadmap editor's {@link RoadmapDocument} (same editing domain, same command stack), so undo
 * and redo cover the form's and the diagram's changes alike, and it closes when that roadmap editor closes. The
 * representation lives in the diagram file beside the roadmap ({@link ViewpointResources#diagramFileFor}); the
 * editor is dirty when the roadmap is, or when the user moved, arranged or switched layers. Its selection is the
 * roadmap objects of the selected elements, and it selects the elements of what other parts select.
 */
public final class DiagramEditor extends EditorPart implements IEditingDomainProvider {

    /** Below this zoom labels are hard to read: a large diagram first shows its top left corner at this zoom. */
    private static final double MIN_FIRST_ZOOM = 0.75;
    /** How far an arrow key moves the selected nodes, in diagram units. */
    private static final double NUDGE = 10;
    private static final Map<Integer, int[]> ARROWS = Map.of(SWT.ARROW_LEFT, new int[] { -1, 0 }, SWT.ARROW_RIGHT,
            new int[] { 1, 0 }, SWT.ARROW_UP, new int[] { 0, -1 }, SWT.ARROW_DOWN, new int[] { 0, 1 });

    private RoadmapDocument document;
    private DiagramSession session;
    private ViewpointRegistry registry;
    /** The element drawn: the roadmap's root, or an element of the description's domain class. */
    private EObject target;
    private Path roadmapFile;
    private boolean layoutDirty;
    private boolean closing;
    private String loadProblem;
    private DiagramCanvas canvas;
    private DiagramController controller;
    private DiagramActions actions;
    private Palette palette;
    private DirectEditor directEditor;
    private DiagramSelectionProvider selection;
    private EditingDomainActionGroup editActions;
    private DiagramOutlinePage outline;
    private StatusLine status;
    private DiagramDecorations decorations;
    private final RoadmapDocument.Listener documentListener = changed -> documentChanged();
    private final DiagramListener diagramListener = this::diagramChanged;
    private final CommandStackListener stackListener = this::commandStackChanged;
    private final ISelectionListener workbenchSelection = this::workbenchSelectionChanged;
    private final IPartListener2 roadmapTracker = new IPartListener2() {
        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            IWorkbenchPart part = reference.getPart(false);
            if (RoadmapEditors.EDITOR_ID.equals(reference.getId()) && part != null
                    && part.getAdapter(RoadmapDocument.class) == document) {
                roadmapClosed();
            }
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DiagramEditorInput diagramInput)) {
            throw new PartInitException(Messages.get("open.notDiagram", input.getName()));
        }
        setSite(site);
        setInput(input);
        roadmapFile = diagramInput.getRoadmapFile();
        document = DiagramEditors.findDocument(site.getPage(), roadmapFile);
        if (document == null) {
            throw new PartInitException(Messages.get("open.noRoadmap", roadmapFile));
        }
        registry = ViewpointRegistry.fromExtensions();
        DiagramDescription description = registry.find(diagramInput.getDescriptionId()).orElseThrow(
                () -> new PartInitException(Messages.get("open.noDescription", diagramInput.getDescriptionId())));
        String uuid = diagramInput.getTargetUuid();
        target = uuid == null ? document.getModel() : document.getResource().getEObject(uuid);
        if (target == null) {
            throw new PartInitException(Messages.get("open.noElement", uuid, roadmapFile));
        }
        try {
            session = openSession(registry, description);
        } catch (IllegalArgumentException e) {
            throw new PartInitException(e.getMessage(), e); // an element of another class than the description's
        }
        session.bindCommandStack(document.getCommandStack());
        session.addListener(diagramListener);
        document.addListener(documentListener);
        document.getCommandStack().addCommandStackListener(stackListener);
        site.getPage().addPartListener(roadmapTracker);
        // A diagram on an element is named after it ("Articulation du CLS de ..."), the root's after its kind.
        setPartName(target == document.getModel() || session.diagram().getName() == null ? description.getLabel()
                : session.diagram().getName());
        setTitleToolTip(Messages.get("editor.tooltip", session.diagram().getName(), roadmapFile));
    }

    /**
     * Reopens the saved diagram (positions kept), or makes a new one when there is none or it is unusable; either
     * way without its first layout, which {@link #createPartControl} runs, in the background for a large diagram.
     */
    private DiagramSession openSession(ViewpointRegistry registry, DiagramDescription description) {
        String viewpointId = ((Viewpoint) description.eContainer()).getId();
        try {
            Diagram saved = DiagramStore.load(diagramFile(), document.getResource(), viewpointId,
                    description.getId(), target instanceof Element element ? element.getUuid() : null);
            if (saved != null) {
                return DiagramSession.open(saved, document.getResource(), registry, false);
            }
        } catch (ModelLoadException | IllegalArgumentException e) {
            // The diagram is drawn afresh; the file is left as it is until the user saves, and is told why.
            loadProblem = Messages.get("open.diagramFileUnusable", diagramFile(), e.getMessage());
            Platform.getLog(DiagramEditor.class).warn(loadProblem, e);
        }
        return DiagramSession.create(target, description, false);
    }

    @Override
    public void createPartControl(Composite parent) {
        HelpContexts.set(parent, HelpContexts.DIAGRAM_EDITOR);
        Composite body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.horizontalSpacing = 0;
        body.setLayout(layout);
        canvas = new DiagramCanvas(body, session);
        status = new StatusLine(body, canvas);
        controller = new DiagramController(session, document.getCommandStack(), canvas, this::layoutChanged,
                status::show);
        canvas.setDefaultTool(new SelectionTool(canvas, controller::moveNodes));
        directEditor = new DirectEditor(canvas, controller::directEdit);
        palette = new Palette(body, canvas, session.tools(), this::mode);
        palette.control().moveAbove(canvas.control());
        palette.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
        canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        status.control().moveBelow(canvas.control());
        status.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        actions = new DiagramActions(controller, canvas, directEditor, exportName(),
                () -> OutputPaths.protectedFilesOf(roadmapFile));
        selection = new DiagramSelectionProvider(canvas);
        getSite().setSelectionProvider(selection);
        canvas.addSelectionListener(actions::update);
        editActions = new EditingDomainActionGroup(document.getEditingDomain(), selection);

        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(actions::fillContextMenu);
        decorations = new DiagramDecorations(canvas, document);
        menu.addMenuListener(decorations::fillContextMenu);
        menu.addMenuListener(m -> NavigationMenu.fill(m, this));
        canvas.control().setMenu(menu.createContextMenu(canvas.control()));
        getSite().registerContextMenu(menu, selection);
        canvas.control().addListener(SWT.KeyDown, this::editKey);
        canvas.control().addListener(SWT.MouseDoubleClick, this::doubleClick);
        canvas.fitWhenShown(MIN_FIRST_ZOOM);
        getSite().getPage().addSelectionListener(workbenchSelection);
        status.show(loadProblem);
        // A new diagram, or the elements new since it was saved, are placed now: in the background when large.
        controller.layoutPending();
    }

    private CanvasTool mode(Tool tool, Runnable finished) {
        if (tool instanceof NodeCreationTool node) {
            return new NodeCreationMode(node, controller, canvas, finished);
        }
        return new EdgeCreationMode((EdgeCreationTool) tool, controller, canvas, finished);
    }

    private void editKey(Event event) {
        if ((event.keyCode == SWT.DEL || event.keyCode == SWT.BS) && actions.delete().isEnabled()) {
            actions.delete().run();
        } else if (event.keyCode == SWT.F2) {
            actions.startDirectEdit();
        } else if (!canvas.isBusy() && ARROWS.containsKey(event.keyCode)) {
            // Arrow keys nudge the selected nodes (Shift: finely), as precise as a drag and without a mouse.
            int[] direction = ARROWS.get(event.keyCode);
            double step = (event.stateMask & SWT.SHIFT) != 0 ? 1 : NUDGE;
            controller.moveNodes(canvas.selectedNodes(), direction[0] * step, direction[1] * step);
            event.doit = false;
        }
    }

    private void doubleClick(Event event) {
        DDiagramElement hit = event.button == 1 && !canvas.isBusy() ? canvas.elementAtPixel(event.x, event.y) : null;
        if (hit != null && canvas.tool() instanceof SelectionTool) {
            canvas.setSelection(List.of(hit));
            // Sirius's navigation: a node whose mapping names diagrams opens its element's first one.
            List<DiagramDescription> navigations = navigations(hit);
            if (navigations.isEmpty()) {
                actions.startDirectEdit();
            } else {
                navigate(hit, navigations.get(0));
            }
        }
    }

    /**
     * @param element a node or container of this diagram
     * @return the diagram descriptions a double-click on it can open for its element (its mapping's navigation),
     *         first the one a double-click opens
     */
    public List<DiagramDescription> navigations(DDiagramElement element) {
        return registry.navigations(session, element);
    }

    /**
     * Opens the diagram of {@code description} on the element of {@code element}: the saved one if any, a new one
     * otherwise, or activates the editor already open on it.
     *
     * @return the diagram editor, or {@code null} when it could not be opened (the user was told)
     */
    public IEditorPart navigate(DDiagramElement element, DiagramDescription description) {
        EObject semantic = session.semanticElement(element);
        if (!(semantic instanceof Element shown)) {
            return null;
        }
        return DiagramEditors.open(getSite().getPage(), roadmapFile, ViewpointRegistry.qualifiedId(description),
                semantic == document.getModel() ? null : shown.getUuid());
    }

    /**
     * Points the workbench's Edit commands at this editor (called by the contributor when it becomes active):
     * undo and redo on the roadmap's command stack, Delete and Rename through the description's tools.
     */
    void fillActionBars(IActionBars bars) {
        editActions.fillActionBars(bars);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), actions.delete());
        bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), actions.rename());
        bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), actions.selectAll());
        bars.setGlobalActionHandler(ActionFactory.PRINT.getId(), actions.print());
        // Cutting and pasting roadmap objects is the explorer's business: on a diagram it would bypass the tools.
        bars.setGlobalActionHandler(ActionFactory.CUT.getId(), null);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), null);
        bars.updateActionBars();
    }

    // ------------------------------------------------------------------ changes

    private void diagramChanged(DiagramSession changed, RefreshResult result) {
        // A background layout tells from its own thread; LayoutRunner brings its end back to the UI thread.
        if (Display.getCurrent() == null || canvas == null || canvas.control().isDisposed()) {
            return;
        }
        canvas.diagramChanged();
        controller.diagramChanged(result);
        actions.update();
        status.update();
    }

    private void commandStackChanged(EventObject event) {
        if (actions != null && !canvas.control().isDisposed()) {
            actions.update();
        }
        // Undoing or redoing a move changes the diagram file's content as the move itself did.
        if (session.isViewChange(document.getCommandStack().getMostRecentCommand())) {
            layoutChanged();
        }
    }

    private void layoutChanged() {
        if (!layoutDirty) {
            layoutDirty = true;
            firePropertyChange(PROP_DIRTY);
        }
    }

    private void documentChanged() {
        Path file = document.getFile();
        if (file != null && !file.equals(roadmapFile)) {
            // "Save as" on the roadmap: the diagram file follows it.
            roadmapFile = file;
            setInputWithNotify(new DiagramEditorInput(file, ((DiagramEditorInput) getEditorInput())
                    .getDescriptionId()));
            layoutDirty = true;
        }
        firePropertyChange(PROP_DIRTY);
    }

    private void workbenchSelectionChanged(IWorkbenchPart part, ISelection selected) {
        if (part == this || canvas == null || canvas.isBusy() || canvas.control().isDisposed()) {
            return;
        }
        List<DDiagramElement> elements = DiagramSelectionProvider.elementsOf(session, selected);
        if (!elements.isEmpty() && !elements.equals(canvas.selection())) {
            canvas.setSelection(elements);
            canvas.reveal(elements.get(0));
        }
    }

    /** The roadmap editor closed (its document is gone): keep the user's positions, then close too. */
    private void roadmapClosed() {
        if (closing) {
            return;
        }
        closing = true;
        // Before its first layout the diagram has no positions worth keeping: the next opening lays it out again.
        if (layoutDirty && !isLayingOut()) {
            try {
                saveDiagram();
            } catch (IOException e) {
                Platform.getLog(DiagramEditor.class).error(Messages.get("save.failed.detail", diagramFile(),
                        e.getMessage()), e);
            }
        }
        layoutDirty = false;
        session.dispose();
        IWorkbenchPage page = getSite().getPage();
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (canvas != null && !canvas.control().isDisposed()) {
                page.closeEditor(this, false);
            }
        });
    }

    // ------------------------------------------------------------------ saving

    @Override
    public boolean isDirty() {
        return !closing && (layoutDirty || document.isDirty());
    }

    @Override
    public boolean isSaveOnCloseNeeded() {
        // The roadmap's own changes stay in its editor, which asks for them when it closes.
        return !closing && layoutDirty;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            if (document.isDirty() && document.getFile() != null) {
                document.save();
            }
            if (isLayingOut()) {
                // The nodes have no positions yet: saved with the next save, and the editor stays dirty for it.
                layoutDirty = true;
            } else {
                saveDiagram();
                layoutDirty = false;
            }
            firePropertyChange(PROP_DIRTY);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            MessageDialog.openError(getSite().getShell(), Messages.get("save.failed"),
                    Messages.get("save.failed.detail", diagramFile(), reason));
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }
    }

    /** @return whether the nodes are still waiting for their first positions (a large diagram being opened) */
    private boolean isLayingOut() {
        return controller != null && controller.layout().placingFirst();
    }

    private void saveDiagram() throws IOException {
        DiagramStore.save(diagramFile(), session.diagram(), document.getResource());
    }

    @Override
    public void doSaveAs() {
        // The diagram file always sits beside its roadmap; "save as" belongs to the roadmap editor.
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    // ------------------------------------------------------------------ accessors

    /** @return the diagram file beside the roadmap */
    public Path diagramFile() {
        return ViewpointResources.diagramFileFor(roadmapFile);
    }

    private String exportName() {
        String name = roadmapFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + '-' + session.description().getId();
    }

    @Override
    public EditingDomain getEditingDomain() {
        return document.getEditingDomain();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == RoadmapDocument.class) {
            return adapter.cast(document);
        }
        if (adapter == EditingDomain.class) {
            return adapter.cast(document.getEditingDomain());
        }
        if (adapter == DiagramSession.class) {
            return adapter.cast(session);
        }
        if (adapter == IPropertySheetPage.class) {
            // The tabbed Properties view of the elements the selected shapes represent.
            return adapter.cast(PropertySheets.createPage());
        }
        if (adapter == IContentOutlinePage.class && canvas != null) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                outline = new DiagramOutlinePage(canvas);
            }
            return adapter.cast(outline);
        }
        return super.getAdapter(adapter);
    }

    /** @return the session (tests) */
    public DiagramSession session() {
        return session;
    }

    /** @return the roadmap edited (tests) */
    public RoadmapDocument document() {
        return document;
    }

    // The tests (org.maillage.app.tests, a friend of this package) drive the editor through these.

    /** @return the canvas widget */
    public Canvas canvasControl() {
        return canvas.control();
    }

    /** @return how many node and container figures the last paint of the canvas drew */
    public int paintedNodeCount() {
        return canvas.paintedNodeCount();
    }

    /** @return where the middle of a node is drawn on the canvas, in pixels */
    public Point pixelCenter(DNode node) {
        Rectangle bounds = canvas.pixelBounds(node);
        return new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }

    /** @return the problem decorators and the legend drawn over the diagram */
    public DiagramDecorations decorations() {
        return decorations;
    }

    /** @return the current zoom (pixels per diagram unit) */
    public double zoom() {
        return canvas.viewport().zoom();
    }

    /** @return the selected diagram elements */
    public List<DDiagramElement> selectedElements() {
        return canvas.selection();
    }

    /** @param elements the diagram elements to select */
    public void select(List<? extends DDiagramElement> elements) {
        canvas.setSelection(elements);
    }

    /**
     * @param id an action id: {@code action.arrangeAll}, {@code action.arrangeSelection}, {@code action.delete},
     *        {@code action.rename}, {@code action.zoomFit}, {@code action.export}, {@code action.exportPdf},
     *        {@code action.copyImage}, {@code action.print}, {@code layer.<id>}, {@code filter.<id>},
     *        {@code navigate.<description id>} (the selected node's navigation)
     * @return the action, as the context menu shows it, or {@code null}
     */
    public IAction action(String id) {
        MenuManager menu = new MenuManager();
        actions.fillContextMenu(menu);
        NavigationMenu.fill(menu, this);
        List<IAction> all = new ArrayList<>();
        collect(menu, all);
        return all.stream().filter(a -> id.equals(a.getId())).findFirst().orElse(null);
    }

    private static void collect(IContributionManager manager, List<IAction> into) {
        for (IContributionItem item : manager.getItems()) {
            if (item instanceof ActionContributionItem action) {
                into.add(action.getAction());
            } else if (item instanceof IContributionManager sub) {
                collect(sub, into);
            }
        }
    }

    /** Opens the label editor on the selected element (as F2 does). */
    public void startDirectEdit() {
        actions.startDirectEdit();
    }

    /** @return the label editor's text field while it is open, or {@code null} */
    public Text directEditText() {
        return directEditor.text();
    }

    /** @return the palette's buttons, "Sélection" first */
    public List<Button> paletteButtons() {
        return palette.buttons();
    }

    /** @param nodes from how many nodes "Arrange" runs as a background job */
    public void setBackgroundLayoutThreshold(int nodes) {
        controller.layout().setThreshold(nodes);
    }

    /** @return the background layout in progress, or {@code null} */
    public Job backgroundLayout() {
        return controller.layout().running();
    }

    /**
     * Writes the diagram as an image, as "Exporter l'image…" does after asking where.
     *
     * @param file a {@code .svg} file, or a {@code .png} one
     * @throws IOException when it cannot be written
     */
    public void exportImage(Path file) throws IOException {
        ImageExport.write(session.diagram(), file);
    }

    /** @return the status line's text */
    public String statusText() {
        return status.text();
    }

    /** @return whether positions, layers or filters changed since the diagram was last saved */
    public boolean isLayoutDirty() {
        return layoutDirty;
    }

    @Override
    public void setFocus() {
        canvas.control().setFocus();
    }

    @Override
    public void dispose() {
        IWorkbenchPage page = getSite().getPage();
        page.removePartListener(roadmapTracker);
        page.removeSelectionListener(workbenchSelection);
        if (editActions != null) {
            editActions.dispose();
        }
        if (controller != null) {
            controller.layout().cancel();
        }
        if (decorations != null) {
            decorations.dispose();
        }
        if (document != null) {
            document.removeListener(documentListener);
            document.getCommandStack().removeCommandStackListener(stackListener);
            // Undoing a move of a diagram no longer shown would change nothing the user can see.
            if (session != null) {
                document.forgetCommands(session::isViewChange);
            }
        }
        if (session != null) {
            session.removeListener(diagramListener);
            session.dispose();
        }
        super.dispose();
    }
}
