/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.custom.BusyIndicator;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.LayoutPlan;
import org.maillage.viewpoint.RefreshResult;
import org.maillage.viewpoint.model.description.DirectEditTool;
import org.maillage.viewpoint.model.description.EdgeCreationTool;
import org.maillage.viewpoint.model.description.NodeCreationTool;
import org.maillage.viewpoint.model.description.Tool;
import org.maillage.viewpoint.model.diagram.DContainer;
import org.maillage.viewpoint.model.diagram.DDiagramElement;
import org.maillage.viewpoint.model.diagram.DNode;

/**
 * What the user does to a diagram, in one place for the tools, the menus and the keys: roadmap changes run as the
 * session's EMF commands on the roadmap's command stack (so undo and redo cover them, with the form's edits), view
 * changes (moves, layouts, layers, filters) go to the session as view changes on the same stack (undoable too, they
 * leave the roadmap clean; the editor marks the diagram file as changed when one runs, is undone or redone).
 */
final class DiagramController {

    private final DiagramSession session;
    private final CommandStack stack;
    private final DiagramCanvas canvas;
    private final LayoutRunner layout;
    private final Runnable layoutChanged;
    private final Consumer<String> status;
    private Placement placement;
    private boolean selectCreated;

    /** Where the user clicked to create a node: relative to the container (or the diagram). */
    private record Placement(DContainer container, double x, double y) {
    }

    /**
     * @param session the diagram
     * @param stack the roadmap's command stack
     * @param canvas the canvas (selection, index)
     * @param layoutChanged told when the representation changed outside a view change (a new node placed where
     *        the user clicked), in a way only the diagram file keeps
     * @param status shows a short message to the user (why a tool did nothing)
     */
    DiagramController(DiagramSession session, CommandStack stack, DiagramCanvas canvas, Runnable layoutChanged,
            Consumer<String> status) {
        this.session = session;
        this.stack = stack;
        this.canvas = canvas;
        this.layoutChanged = layoutChanged;
        this.status = status;
        layout = new LayoutRunner(session, stack, canvas, status);
    }

    DiagramSession session() {
        return session;
    }

    LayoutRunner layout() {
        return layout;
    }

    /**
     * Called on the UI thread after each refresh: places and selects what the user's own command created.
     *
     * @param result what the refresh did
     */
    void diagramChanged(RefreshResult result) {
        if (!selectCreated || result.created().isEmpty()) {
            return;
        }
        selectCreated = false;
        Placement where = placement;
        placement = null;
        List<DNode> placed = new ArrayList<>();
        for (DDiagramElement element : result.created()) {
            if (where != null && element instanceof DNode node && node.getParent() == where.container()) {
                placed.add(node);
            }
        }
        for (DNode node : placed) {
            session.moveNode(node, Math.max(0, where.x()), Math.max(0, where.y()));
        }
        if (!placed.isEmpty()) {
            layoutChanged.run();
        }
        canvas.diagramChanged();
        canvas.setSelection(result.created());
    }

    /**
     * Runs a command on the roadmap's stack.
     *
     * @return false when it does not apply (the user is told why)
     */
    boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            status.accept(Messages.get("tool.notApplicable"));
            canvas.control().getDisplay().beep();
            return false;
        }
        status.accept(null);
        selectCreated = true;
        try {
            stack.execute(command);
        } finally {
            selectCreated = false;
            placement = null;
        }
        return true;
    }

    /** Creates a node with a palette tool where the user clicked (x, y in diagram units). */
    void createNode(NodeCreationTool tool, DContainer container, double x, double y) {
        Box parent = container == null ? null : canvas.index().bounds(container);
        Command command = session.createNodeCommand(tool, container);
        placement = new Placement(container, parent == null ? x : x - parent.x(), parent == null ? y : y - parent.y());
        execute(command);
    }

    void createEdge(EdgeCreationTool tool, DNode source, DNode target) {
        execute(session.createEdgeCommand(tool, source, target));
    }

    /**
     * Moves nodes by a delta, kept inside their container (or the positive quadrant of the diagram), as one
     * undoable change.
     */
    void moveNodes(List<DNode> nodes, double dx, double dy) {
        if (nodes.isEmpty() || dx == 0 && dy == 0) {
            return;
        }
        List<DNode> moved = List.copyOf(nodes);
        stack.execute(session.viewChange(Messages.get("change.move"), () -> {
            for (DNode node : moved) {
                double x = node.getX() + dx;
                double y = node.getY() + dy;
                DNode parent = node.getParent();
                if (parent != null) {
                    x = Math.min(x, parent.getWidth() - node.getWidth());
                    y = Math.min(y, parent.getHeight() - node.getHeight());
                }
                session.moveNode(node, Math.max(0, x), Math.max(0, y));
            }
        }, null));
    }

    // ------------------------------------------------------------------ delete and direct edit

    boolean canDelete() {
        List<DDiagramElement> selection = canvas.selection();
        return !selection.isEmpty() && session.deleteCommand(selection).canExecute();
    }

    void delete() {
        execute(session.deleteCommand(canvas.selection()));
    }

    /**
     * @return the text the direct edit of the element starts from (the value of the feature its direct-edit tool
     *         sets, not the computed label), or {@code null} when no direct-edit tool applies
     */
    String editableText(DDiagramElement element) {
        DirectEditTool tool = directEditTool(element);
        EObject semantic = session.semanticElement(element);
        if (tool == null || semantic == null) {
            return null;
        }
        EStructuralFeature feature = semantic.eClass().getEStructuralFeature(tool.getFeature());
        if (!(feature instanceof EAttribute) || feature.isMany()
                || feature.getEType().getInstanceClass() != String.class) {
            return null;
        }
        Object value = semantic.eGet(feature);
        return value == null ? "" : value.toString();
    }

    boolean canDirectEdit(DDiagramElement element) {
        String text = element == null ? null : editableText(element);
        return text != null && session.directEditCommand(element, text).canExecute();
    }

    /** Gives the element's semantic element the new text, unless it is unchanged. */
    void directEdit(DDiagramElement element, String text) {
        String current = editableText(element);
        if (current != null && !current.equals(text)) {
            execute(session.directEditCommand(element, text));
        }
    }

    private DirectEditTool directEditTool(DDiagramElement element) {
        for (Tool tool : session.tools()) {
            if (tool instanceof DirectEditTool edit && (edit.getMappings().isEmpty()
                    || edit.getMappings().stream().anyMatch(m -> m.getId().equals(element.getMappingId())))) {
                return edit;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ layout, layers, filters

    void arrangeAll() {
        layout.run(session.planLayout(null), Messages.get("change.arrangeAll"), null);
    }

    void arrangeSelection() {
        List<DNode> nodes = canvas.selectedNodes();
        if (!nodes.isEmpty()) {
            // Pins are read when the positions are applied: the nodes are unpinned then, inside the one undoable
            // change, so that undo pins them again.
            layout.run(session.planLayout(nodes), Messages.get("change.arrangeSelection"),
                    () -> nodes.forEach(session::unpin));
        }
    }

    /** The first layout of the diagram being opened, if the session was made without it. */
    void layoutPending() {
        LayoutPlan plan = session.pendingLayout();
        if (plan != null) {
            layout.run(plan, null, null);
        }
    }

    void setLayerActive(String layerId, String label, boolean active) {
        toggle(active ? "change.layerOn" : "change.layerOff", label, on -> session.setLayerActive(layerId, on), active);
    }

    void setFilterActive(String filterId, String label, boolean active) {
        toggle(active ? "change.filterOn" : "change.filterOff", label, on -> session.setFilterActive(filterId, on),
                active);
    }

    /** Switches a layer or a filter as one undoable view change (undo switches it back and restores positions). */
    private void toggle(String changeKey, String label, Consumer<Boolean> set, boolean on) {
        Command change = session.viewChange(Messages.get(changeKey, label), () -> set.accept(on),
                () -> set.accept(!on));
        BusyIndicator.showWhile(canvas.control().getDisplay(), () -> stack.execute(change));
    }
}
