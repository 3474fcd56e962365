/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;
import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.DPoint;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.model.diagram.DiagramFactory;

/**
 * A change of the representation only (moves, arrangements, layers, filters) as a command, so that it takes its
 * place on the roadmap's command stack: Édition > Annuler undoes a drag as it undoes a rename. It is
 * {@link AbstractCommand.NonDirtying}: the roadmap file does not change, only the diagram file will.
 * <p>
 * Undo puts back every node's bounds and pin and every edge's route as they were before (elements are matched by
 * their diagram id, which survives a refresh); a change that also adds or removes elements (a layer) gives its
 * inverse, run first.
 */
public final class ViewCommand extends AbstractCommand implements AbstractCommand.NonDirtying {

    private final Diagram diagram;
    private Runnable change;
    private final Runnable inverse;
    private final Runnable changed;
    private Geometry before;
    private Geometry after;

    /**
     * @param label what the Edit menu says ("Annuler Déplacer")
     * @param diagram the representation changed
     * @param change does the change (once, on execute; again on redo when there is an inverse)
     * @param inverse undoes what the geometry cannot (elements added or removed), or {@code null}
     * @param changed tells the diagram's listeners after an undo or a redo
     */
    public ViewCommand(String label, Diagram diagram, Runnable change, Runnable inverse, Runnable changed) {
        super(label);
        this.diagram = diagram;
        this.change = change;
        this.inverse = inverse;
        this.changed = changed;
    }

    /** @return the representation this command changes */
    public Diagram diagram() {
        return diagram;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void execute() {
        before = Geometry.of(diagram);
        change.run();
        after = Geometry.of(diagram);
        if (inverse == null) {
            change = null; // redo restores the geometry; the change may hold a whole layout plan
        }
    }

    @Override
    public void undo() {
        if (inverse != null) {
            inverse.run();
        }
        before.restore(diagram);
        changed.run();
    }

    @Override
    public void redo() {
        if (inverse != null) {
            change.run();
        }
        after.restore(diagram);
        changed.run();
    }

    /** Bounds and pins of the nodes, routes and label places of the edges, by diagram id. */
    private record Geometry(Map<String, double[]> nodes, Map<String, double[]> edges, double width, double height) {

        static Geometry of(Diagram diagram) {
            Map<String, double[]> nodes = new HashMap<>();
            Map<String, double[]> edges = new HashMap<>();
            diagram.eAllContents().forEachRemaining(o -> {
                if (o instanceof DNode n) {
                    nodes.put(n.getId(), new double[] { n.getX(), n.getY(), n.getWidth(), n.getHeight(),
                        n.isPinned() ? 1 : 0 });
                } else if (o instanceof DEdge e) {
                    double[] route = new double[2 + 2 * e.getPoints().size()];
                    route[0] = e.getLabelX();
                    route[1] = e.getLabelY();
                    for (int i = 0; i < e.getPoints().size(); i++) {
                        route[2 + 2 * i] = e.getPoints().get(i).getX();
                        route[3 + 2 * i] = e.getPoints().get(i).getY();
                    }
                    edges.put(e.getId(), route);
                }
            });
            return new Geometry(nodes, edges, diagram.getWidth(), diagram.getHeight());
        }

        void restore(Diagram diagram) {
            // Collected first: rewriting an edge's points while iterating over the contents would upset the iterator.
            List<EObject> elements = new ArrayList<>();
            diagram.eAllContents().forEachRemaining(o -> {
                if (o instanceof DNode || o instanceof DEdge) {
                    elements.add(o);
                }
            });
            elements.forEach(o -> {
                if (o instanceof DNode n && nodes.get(n.getId()) instanceof double[] b) {
                    n.setX(b[0]);
                    n.setY(b[1]);
                    n.setWidth(b[2]);
                    n.setHeight(b[3]);
                    n.setPinned(b[4] != 0);
                } else if (o instanceof DEdge e && edges.get(e.getId()) instanceof double[] route) {
                    e.setLabelX(route[0]);
                    e.setLabelY(route[1]);
                    e.getPoints().clear();
                    for (int i = 2; i + 1 < route.length; i += 2) {
                        DPoint point = DiagramFactory.eINSTANCE.createDPoint();
                        point.setX(route[i]);
                        point.setY(route[i + 1]);
                        e.getPoints().add(point);
                    }
                }
            });
            diagram.setWidth(width);
            diagram.setHeight(height);
        }
    }
}
