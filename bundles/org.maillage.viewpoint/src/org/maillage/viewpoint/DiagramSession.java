/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.viewpoint.internal.DiagramInterpreter;
import org.maillage.viewpoint.internal.PluginKindTools;
import org.maillage.viewpoint.internal.ToolCommands;
import org.maillage.viewpoint.internal.Types;
import org.maillage.viewpoint.internal.ViewCommand;
import org.maillage.viewpoint.internal.expressions.ExpressionEngine;
import org.maillage.viewpoint.internal.layout.DiagramLayout;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.EdgeCreationTool;
import org.maillage.viewpoint.model.description.Filter;
import org.maillage.viewpoint.model.description.Layer;
import org.maillage.viewpoint.model.description.NodeCreationTool;
import org.maillage.viewpoint.model.description.Tool;
import org.maillage.viewpoint.model.description.Viewpoint;
import org.maillage.viewpoint.model.diagram.DContainer;
import org.maillage.viewpoint.model.diagram.DDiagramElement;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.model.diagram.DiagramFactory;

/**
 * One diagram open on one roadmap: the headless API the diagram editor (and the command line) works with.
 * <p>
 * A session keeps a {@link Diagram} (the representation) in step with the roadmap: it listens to the roadmap's
 * EMF notifications and refreshes incrementally, re-evaluating only what the changed objects can affect, then
 * tells its {@link DiagramListener}s. Elements the user moved are pinned and keep their position through
 * refreshes, layouts and saves. Tools of the description become EMF {@link Command}s to run on the roadmap's
 * command stack (undo and redo then work, and the diagram follows).
 * <p>
 * Not thread-safe: use a session from one thread at a time (the UI thread in the workbench); only the middle step
 * of a {@link LayoutPlan} may run elsewhere, which is how a large diagram lays out in the background. Changes of
 * the representation alone can go on the roadmap's command stack too ({@link #viewChange}). Call
 * {@link #dispose()} when done, which removes the session's adapter from the roadmap.
 */
public final class DiagramSession {

    private final DiagramDescription description;
    private final Diagram diagram;
    private final EObject target;
    private final ExpressionEngine engine;
    private final DiagramInterpreter interpreter;
    private final DiagramLayout layout = new DiagramLayout();
    private final ToolCommands tools;
    /** The palette's tools, expanded once: the plug-ins' kinds do not change while the product runs. */
    private List<Tool> paletteTools;
    private final List<DiagramListener> listeners = new CopyOnWriteArrayList<>();
    private final ModelWatcher watcher = new ModelWatcher();
    private final Map<String, EObject> semanticIndex = new HashMap<>();
    private final Set<EObject> changes = new LinkedHashSet<>();
    private boolean pendingStructural;
    private CommandStack commandStack;
    private final CommandStackListener stackListener = event -> flush();
    private boolean autoRefresh = true;
    private RefreshResult lastResult;
    /** The first layout, when the session was made without it and it has not run yet. */
    private DiagramLayout.Plan pending;

    private DiagramSession(DiagramDescription description, Diagram diagram, EObject target, ExpressionEngine engine) {
        this.description = description;
        this.diagram = diagram;
        this.target = target;
        this.engine = engine;
        this.interpreter = new DiagramInterpreter(engine, description, diagram, target);
        this.tools = new ToolCommands(engine, interpreter, this::resolve);
    }

    /**
     * Creates a new diagram of {@code target}: refreshes it fully and lays it out.
     *
     * @param target the semantic element: the roadmap root, a CLS, an EPCI... any instance of the description's
     *        domain class; {@code self} and {@code root} of the description's expressions; its uuid is saved as the
     *        diagram's target, so that several diagrams of one description on different elements coexist
     * @param description what to draw
     * @return the session, listening to the roadmap
     * @throws IllegalArgumentException when {@code target} is not of the description's domain class
     */
    public static DiagramSession create(EObject target, DiagramDescription description) {
        return create(target, description, ExpressionEngine.shared(), true);
    }

    /**
     * As {@link #create(EObject, DiagramDescription)}; with {@code layoutNow} false the nodes are not placed yet:
     * {@link #pendingLayout()} gives the layout to run (in the background for a large diagram) before drawing.
     */
    public static DiagramSession create(EObject target, DiagramDescription description, boolean layoutNow) {
        return create(target, description, ExpressionEngine.shared(), layoutNow);
    }

    /** As {@link #create(EObject, DiagramDescription)}, with a given expression engine (time limit). */
    static DiagramSession create(EObject target, DiagramDescription description, ExpressionEngine engine) {
        return create(target, description, engine, true);
    }

    private static DiagramSession create(EObject target, DiagramDescription description, ExpressionEngine engine,
            boolean layoutNow) {
        String domainClass = description.getDomainClass();
        if (domainClass != null && !domainClass.isBlank() && !Types.isA(target, domainClass.trim())) {
            // self and root would be of another class than the description's expressions expect.
            throw new IllegalArgumentException(org.maillage.viewpoint.internal.Messages.get("session.notDomainClass",
                    description.getLabel(), target.eClass().getName(), domainClass));
        }
        Diagram diagram = DiagramFactory.eINSTANCE.createDiagram();
        if (EcoreUtil.getRootContainer(description) instanceof Viewpoint viewpoint) {
            diagram.setViewpointId(viewpoint.getId());
        }
        diagram.setDescriptionId(description.getId());
        diagram.setTarget(DiagramInterpreter.uuid(target));
        for (Layer layer : description.getLayers().subList(Math.min(1, description.getLayers().size()),
                description.getLayers().size())) {
            if (layer.isActiveByDefault()) {
                diagram.getActivatedLayers().add(layer.getId());
            }
        }
        for (Filter filter : description.getFilters()) {
            if (filter.isActiveByDefault()) {
                diagram.getActivatedFilters().add(filter.getId());
            }
        }
        DiagramSession session = new DiagramSession(description, diagram, target, engine);
        session.lastResult = session.interpreter.refresh(null, true);
        diagram.setName(session.title());
        if (layoutNow) {
            session.layout.layout(diagram, description, null);
        } else {
            session.pending = session.layout.prepare(diagram, description, null);
        }
        session.attach();
        return session;
    }

    /**
     * Opens a diagram saved earlier (see {@link ViewpointResources#loadDiagrams}). Its target is looked up by uuid
     * in {@code roadmap}; a full refresh brings it up to date with the roadmap, keeping every position, and lays
     * out only the elements that are new.
     *
     * @param diagram the saved representation
     * @param roadmap the resource holding the semantic model
     * @param registry where to find the description by the diagram's viewpoint and description ids
     * @return the session, listening to the roadmap
     * @throws IllegalArgumentException when the description or the target element cannot be found (the message
     *         says which)
     */
    public static DiagramSession open(Diagram diagram, Resource roadmap, ViewpointRegistry registry) {
        return open(diagram, roadmap, registry, true);
    }

    /**
     * As {@link #open(Diagram, Resource, ViewpointRegistry)}; with {@code layoutNow} false the elements new since
     * the diagram was saved are not placed yet: {@link #pendingLayout()} gives the layout to run before drawing.
     */
    public static DiagramSession open(Diagram diagram, Resource roadmap, ViewpointRegistry registry,
            boolean layoutNow) {
        DiagramDescription description = registry.find(diagram.getViewpointId() + '/' + diagram.getDescriptionId())
                .orElseThrow(() -> new IllegalArgumentException(org.maillage.viewpoint.internal.Messages
                        .get("session.noDescription", diagram.getViewpointId(), diagram.getDescriptionId())));
        EObject target = roadmap.getEObject(diagram.getTarget());
        if (target == null) {
            throw new IllegalArgumentException(org.maillage.viewpoint.internal.Messages.get("session.noTarget",
                    diagram.getTarget(), roadmap.getURI()));
        }
        DiagramSession session = new DiagramSession(description, diagram, target, ExpressionEngine.shared());
        RefreshResult result = session.interpreter.refresh(null, true);
        session.lastResult = result;
        session.layoutCreated(result, layoutNow);
        session.attach();
        return session;
    }

    // ------------------------------------------------------------------ accessors

    /** @return the representation this session maintains; save it with {@link ViewpointResources#saveDiagrams} */
    public Diagram diagram() {
        return diagram;
    }

    /** @return the description being interpreted */
    public DiagramDescription description() {
        return description;
    }

    /** @return the semantic element the diagram shows */
    public EObject target() {
        return target;
    }

    /** @return the result of the last refresh (its diagnostics tell the modeller what failed) */
    public RefreshResult lastResult() {
        return lastResult;
    }

    /** @return the semantic element a diagram element shows, or {@code null} if it is gone */
    public EObject semanticElement(DDiagramElement element) {
        return element == null ? null : resolve(element.getSemanticElement());
    }

    /** @return the diagram elements (nodes, containers, edges) showing a semantic element, in diagram order */
    public List<DDiagramElement> elementsOf(EObject semantic) {
        String uuid = DiagramInterpreter.uuid(semantic);
        List<DDiagramElement> result = new ArrayList<>();
        diagram.eAllContents().forEachRemaining(o -> {
            if (o instanceof DDiagramElement e && uuid.equals(e.getSemanticElement())) {
                result.add(e);
            }
        });
        return result;
    }

    /** @return every node and container of the diagram, parents before children */
    public List<DNode> allNodes() {
        List<DNode> result = new ArrayList<>();
        diagram.eAllContents().forEachRemaining(o -> {
            if (o instanceof DNode n) {
                result.add(n);
            }
        });
        return result;
    }

    // ------------------------------------------------------------------ refresh

    /**
     * Recomputes the whole diagram from the roadmap (new elements are laid out, the others keep their place).
     *
     * @return what changed; never throws on a bad expression (see {@link RefreshResult#diagnostics()})
     */
    public RefreshResult refresh() {
        changes.clear();
        semanticIndex.clear();
        RefreshResult result = interpreter.refresh(null, true);
        lastResult = result;
        layoutCreated(result, true);
        fire(result);
        return result;
    }

    /**
     * Whether model changes refresh the diagram (default {@code true}). While off, changes are collected; turning
     * it on again refreshes for them.
     */
    public void setAutoRefresh(boolean on) {
        autoRefresh = on;
        if (on) {
            flush();
        }
    }

    /**
     * Batches model notifications per command: with a stack, the diagram refreshes once after each command
     * (execute, undo, redo) instead of after each notification. Pass {@code null} to unbind.
     */
    public void bindCommandStack(CommandStack stack) {
        if (commandStack != null) {
            commandStack.removeCommandStackListener(stackListener);
        }
        commandStack = stack;
        if (stack != null) {
            stack.addCommandStackListener(stackListener);
        }
    }

    /**
     * Runs the incremental refresh for the model changes collected so far, if any.
     *
     * @return what it did, or {@code null} when there was nothing to do
     */
    public RefreshResult flush() {
        if (changes.isEmpty() || !autoRefresh) {
            return null;
        }
        Set<EObject> changed = new LinkedHashSet<>(changes);
        boolean structural = pendingStructural;
        changes.clear();
        pendingStructural = false;
        semanticIndex.clear();
        RefreshResult result = interpreter.refresh(changed, structural);
        lastResult = result;
        layoutCreated(result, true);
        fire(result);
        return result;
    }

    // ------------------------------------------------------------------ layout and view state

    /** Lays out every node that is not pinned. */
    public void arrangeAll() {
        layout.layout(diagram, description, null);
        fireLayout();
    }

    /** Lays out the given nodes (pinned ones included: the user asked), the others keep their place. */
    public void arrangeSelection(Collection<DNode> nodes) {
        for (DNode node : nodes) {
            node.setPinned(false);
        }
        layout.layout(diagram, description, nodes);
        fireLayout();
    }

    /**
     * First step of a layout that may run in the background (see {@link LayoutPlan}): copies the diagram for ELK.
     * Pinned nodes stay where they are, so unpin the nodes of an "arrange selection" first.
     *
     * @param movable the nodes to place, or {@code null} for every node that is not pinned
     * @return the plan, to compute then {@link #applyLayout apply}
     */
    public LayoutPlan planLayout(Collection<DNode> movable) {
        return new LayoutPlan(layout.prepare(diagram, description, movable));
    }

    /**
     * The layout the session was made without ({@code layoutNow} false): every node of a new diagram, or the nodes
     * new since a saved diagram. Taking it clears it.
     *
     * @return the plan, or {@code null} when nothing waits to be placed
     */
    public LayoutPlan pendingLayout() {
        LayoutPlan plan = pending == null ? null : new LayoutPlan(pending);
        pending = null;
        return plan;
    }

    /**
     * Last step of a layout: writes the computed positions into the diagram and tells the listeners. Nodes added
     * meanwhile keep their place, removed ones are ignored, pinned ones keep the user's position.
     *
     * @param plan a plan of this session whose {@link LayoutPlan#compute} returned {@code true}
     */
    public void applyLayout(LayoutPlan plan) {
        if (plan.plan().diagram() != diagram) {
            throw new IllegalArgumentException("layout plan of another diagram");
        }
        layout.apply(plan.plan());
        fireLayout();
    }

    /**
     * Moves a node (coordinates relative to its container) and pins it: refreshes and layouts keep it there.
     * Its edges are re-routed around the other nodes, and so are edges the node now lies on; others are kept.
     */
    public void moveNode(DNode node, double x, double y) {
        node.setX(x);
        node.setY(y);
        node.setPinned(true);
        layout.reroute(diagram, List.of(node));
        fireLayout();
    }

    /**
     * Wraps a change of the representation only (moves, arrangement, layers, filters) as a command for the
     * roadmap's command stack, so that undo and redo cover it like the roadmap's own changes. The command does not
     * make the roadmap dirty ({@link org.eclipse.emf.common.command.AbstractCommand.NonDirtying}); undoing it puts
     * back every position and route as they were before.
     *
     * @param label what Édition > Annuler shows
     * @param change the change, made through this session (e.g. {@link #moveNode}, {@link #applyLayout})
     * @param inverse undoes what positions cannot (e.g. switching a layer back), or {@code null}
     * @return the command, to execute on the stack
     */
    public Command viewChange(String label, Runnable change, Runnable inverse) {
        return new ViewCommand(label, diagram, change, inverse, this::fireLayout);
    }

    /** @return whether the command is a {@link #viewChange} of this session's diagram */
    public boolean isViewChange(Command command) {
        return command instanceof ViewCommand view && view.diagram() == diagram;
    }

    /** Lets the layout place the node again (the next arrange moves it). */
    public void unpin(DNode node) {
        node.setPinned(false);
    }

    /** @return the optional layers of the description (the first layer is the default one, always on) */
    public List<Layer> optionalLayers() {
        List<Layer> layers = description.getLayers();
        return layers.size() <= 1 ? List.of() : List.copyOf(layers.subList(1, layers.size()));
    }

    /** @return whether the layer is on */
    public boolean isLayerActive(String layerId) {
        return !description.getLayers().isEmpty() && description.getLayers().get(0).getId().equals(layerId)
                || diagram.getActivatedLayers().contains(layerId);
    }

    /** Switches an optional layer on or off and refreshes. */
    public RefreshResult setLayerActive(String layerId, boolean active) {
        toggle(diagram.getActivatedLayers(), layerId, active);
        return refresh();
    }

    /** @return whether the filter is on */
    public boolean isFilterActive(String filterId) {
        return diagram.getActivatedFilters().contains(filterId);
    }

    /** Switches a filter on or off and refreshes. */
    public RefreshResult setFilterActive(String filterId, boolean active) {
        toggle(diagram.getActivatedFilters(), filterId, active);
        return refresh();
    }

    // ------------------------------------------------------------------ tools

    /**
     * @return the tools of the description, in palette order; a node creation tool whose mapping's class is abstract
     *         (« Dispositif ») stands for one tool per plug-in kind of that class registered in
     *         {@code org.maillage.model.schemeTypes}, named as the kind and creating it (none when no plug-in adds one)
     */
    public List<Tool> tools() {
        if (paletteTools == null) {
            paletteTools = List.copyOf(PluginKindTools.expand(description.getTools(), interpreter::eClass));
        }
        return paletteTools;
    }

    /**
     * @param tool a node creation tool of this description
     * @param container the container node the user clicked in, or {@code null} for the diagram background
     * @return a command creating the semantic element, or an unexecutable command
     */
    public Command createNodeCommand(NodeCreationTool tool, DContainer container) {
        return tools.createNode(tool, container);
    }

    /** @return a command linking the semantic elements of the two nodes, or an unexecutable command */
    public Command createEdgeCommand(EdgeCreationTool tool, DNode source, DNode target) {
        return tools.createEdge(tool, source, target);
    }

    /** @return a command deleting what the elements show (as the delete tools allow), or an unexecutable one */
    public Command deleteCommand(Collection<? extends DDiagramElement> elements) {
        return tools.delete(elements, description.getTools());
    }

    /** @return a command giving the element's semantic element the new label text, or an unexecutable one */
    public Command directEditCommand(DDiagramElement element, String text) {
        return tools.directEdit(element, text, description.getTools());
    }

    // ------------------------------------------------------------------ listeners and life cycle

    /** Adds a listener told after each refresh, layout or move. */
    public void addListener(DiagramListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Removes a listener. */
    public void removeListener(DiagramListener listener) {
        listeners.remove(listener);
    }

    /** Stops listening to the roadmap and its command stack. The diagram stays usable (e.g. to save it). */
    public void dispose() {
        bindCommandStack(null);
        EObject root = EcoreUtil.getRootContainer(target);
        root.eAdapters().remove(watcher);
        listeners.clear();
    }

    private String title() {
        String expression = description.getTitleExpression();
        if (expression != null && !expression.isBlank()) {
            try {
                Map<String, Object> variables = new HashMap<>();
                variables.put("self", target);
                variables.put("root", target);
                Object value = engine.evaluate(expression, variables, null);
                if (value != null) {
                    return String.valueOf(value);
                }
            } catch (org.maillage.viewpoint.internal.expressions.ExpressionException e) {
                // The label below is a fine title; the modeller sees the problem in the preview of the title.
            }
        }
        return description.getLabel();
    }

    private void attach() {
        EcoreUtil.getRootContainer(target).eAdapters().add(watcher);
    }

    /**
     * Places the nodes a refresh created, now or (not {@code now}) in the {@link #pendingLayout()}; edges keep
     * their routes unless they are new, an end moved or changed size, or the route now crosses a node.
     */
    private void layoutCreated(RefreshResult result, boolean now) {
        List<DNode> created = new ArrayList<>();
        for (DDiagramElement element : result.created()) {
            if (element instanceof DNode node) {
                created.add(node);
            }
        }
        if (created.isEmpty()) {
            // Only new edges, renamed or removed elements: route what is new or no longer holds, keep the rest.
            if (result.hasVisibleChanges()) {
                layout.repair(diagram);
            }
        } else if (now) {
            layout.layout(diagram, description, created);
        } else {
            pending = layout.prepare(diagram, description, created);
        }
    }

    private EObject resolve(String uuid) {
        if (uuid == null) {
            return null;
        }
        Resource resource = target.eResource();
        if (resource != null) {
            EObject found = resource.getEObject(uuid);
            if (found != null) {
                return found;
            }
        }
        if (semanticIndex.isEmpty()) {
            EcoreUtil.getRootContainer(target).eAllContents().forEachRemaining(o -> semanticIndex
                    .put(DiagramInterpreter.uuid(o), o));
            semanticIndex.put(DiagramInterpreter.uuid(target), target);
        }
        return semanticIndex.get(uuid);
    }

    private static void toggle(List<String> ids, String id, boolean on) {
        if (on && !ids.contains(id)) {
            ids.add(id);
        } else if (!on) {
            ids.remove(id);
        }
    }

    private void fire(RefreshResult result) {
        for (DiagramListener listener : listeners) {
            listener.diagramChanged(this, result);
        }
    }

    private void fireLayout() {
        fire(new RefreshResult(false, 0, List.of(), 0, List.of(), List.of()));
    }

    /** Collects the objects each roadmap change touches; refreshes at once, or after the command with a stack. */
    private final class ModelWatcher extends EContentAdapter {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER
                    || !(notification.getNotifier() instanceof EObject notifier)) {
                return;
            }
            changes.add(notifier);
            addValues(notification.getOldValue());
            addValues(notification.getNewValue());
            if (notification.getFeature() instanceof EReference) {
                pendingStructural = true;
            }
            if (commandStack == null) {
                flush();
            }
        }

        private void addValues(Object value) {
            if (value instanceof EObject o) {
                changes.add(o);
            } else if (value instanceof Collection<?> values) {
                for (Object v : values) {
                    if (v instanceof EObject o) {
                        changes.add(o);
                    }
                }
            }
        }
    }
}
