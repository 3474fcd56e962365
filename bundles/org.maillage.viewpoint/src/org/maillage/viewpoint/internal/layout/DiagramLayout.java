/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.maillage.viewpoint.render.TextMetrics;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.LayoutDirection;
import org.maillage.viewpoint.model.diagram.DContainer;
import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.DPoint;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.model.diagram.Routing;

/**
 * The layout adapter: representation -> ELK graph -> positions back. Top-level nodes are laid out with ELK
 * layered; the children of a container with ELK's box layout (rows, no edges inside), so that an EPCI and its
 * communes read as a block. An edge whose end sits inside a container is given to layered as an edge to that
 * container (so that related boxes still end up side by side) and drawn straight to the child.
 * <p>
 * Nodes outside the {@code movable} set, and pinned nodes, keep their position; a moved node that would overlap
 * one of them is pushed down until it does not. Edges whose two ends took ELK's positions in a full layout keep
 * ELK's (orthogonal) route; edges with a moved or resized end, new edges and edges whose route no longer holds
 * are routed by {@link EdgeRouter} around the nodes; every other edge keeps its route exactly.
 */
public final class DiagramLayout {

    private static final double MARGIN = 20;
    /** Containers with at most this many children stack them in one column. */
    private static final int SINGLE_COLUMN = 10;
    private static volatile boolean registered;

    /**
     * Lays out a diagram at once: {@link #prepare}, {@link Plan#compute} and {@link #apply} in a row.
     *
     * @param diagram the representation; positions and routes are written into it
     * @param description its description (direction, spacing)
     * @param movable the nodes that may move, or {@code null} for every node that is not pinned
     */
    public void layout(Diagram diagram, DiagramDescription description, Collection<DNode> movable) {
        Plan plan = prepare(diagram, description, movable);
        plan.compute(null);
        apply(plan);
    }

    /**
     * First step of a layout, on the thread that owns the diagram: copies what ELK needs (sizes, nesting, edges)
     * into an ELK graph. The diagram is only read.
     *
     * @param diagram the representation to lay out
     * @param description its description (direction, spacing)
     * @param movable the nodes that may move, or {@code null} for every node that is not pinned
     * @return the plan, to {@link Plan#compute compute} on any thread, then to {@link #apply}
     */
    public Plan prepare(Diagram diagram, DiagramDescription description, Collection<DNode> movable) {
        ensureRegistered();
        Plan plan = new Plan(diagram, description, movable == null ? null : new HashSet<>(movable));
        configureRoot(plan.root, description, diagram);
        for (DNode node : diagram.getNodes()) {
            create(plan.root, node, plan.elkNodes);
        }
        Set<List<ElkNode>> proxies = new HashSet<>();
        for (DEdge edge : diagram.getEdges()) {
            DNode sourceTop = top(edge.getSource());
            DNode targetTop = top(edge.getTarget());
            if (sourceTop == null || targetTop == null || sourceTop == targetTop) {
                continue;
            }
            ElkNode from = plan.elkNodes.get(sourceTop);
            ElkNode to = plan.elkNodes.get(targetTop);
            if (sourceTop == edge.getSource() && targetTop == edge.getTarget()) {
                plan.direct.put(edge, ElkGraphUtil.createSimpleEdge(from, to));
            } else if (proxies.add(List.of(from, to))) {
                ElkGraphUtil.createSimpleEdge(from, to);
            }
        }
        return plan;
    }

    /**
     * Last step of a layout, on the thread that owns the diagram: writes the computed positions and routes into
     * it. Nodes added since {@link #prepare} keep their place (the next layout of new elements places them), nodes
     * removed since are ignored, and nodes the user pinned meanwhile keep the position the user gave them.
     *
     * @param plan a plan of this diagram whose {@link Plan#compute} returned {@code true}
     * @throws IllegalStateException when the plan was not computed
     */
    public void apply(Plan plan) {
        if (!plan.computed) {
            throw new IllegalStateException("layout plan not computed");
        }
        Diagram diagram = plan.diagram;
        Map<DNode, double[]> before = boxes(diagram);
        Set<DNode> moved = new HashSet<>();
        for (DNode node : diagram.getNodes()) {
            writeBack(node, plan.elkNodes, plan.movable, moved, false);
        }
        Set<DNode> shifted = new HashSet<>();
        separate(diagram.getNodes(), moved, shifted, plan.description);
        for (DNode node : diagram.getNodes()) {
            if (node instanceof DContainer container) {
                fitChildren(container, moved, shifted, plan.description);
            }
        }
        Set<DNode> changed = changed(diagram, before);
        EdgeRouter router = new EdgeRouter(diagram);
        for (DEdge edge : diagram.getEdges()) {
            ElkEdge elk = plan.direct.get(edge);
            // ELK's routes hold only where ELK placed both ends (a full layout, nothing pushed aside afterwards);
            // ELK routes the whole graph orthogonally, edges asking for another routing get the own router's.
            boolean elkRoute = plan.movable == null && elk != null && !elk.getSections().isEmpty()
                    && moved.contains(edge.getSource()) && moved.contains(edge.getTarget())
                    && !shifted.contains(edge.getSource()) && !shifted.contains(edge.getTarget())
                    && EdgeRouter.routing(edge) == Routing.ORTHOGONAL;
            if (elkRoute) {
                EdgeRouter.write(edge, elkRoute(elk));
                if (router.valid(edge)) {
                    router.placeLabel(edge);
                    continue;
                }
            }
            keepOrRoute(router, edge, elkRoute || changed.contains(edge.getSource())
                    || changed.contains(edge.getTarget()));
        }
        bounds(diagram);
    }

    /**
     * Brings the routes up to date after a refresh that placed no node (labels renamed, elements deleted, edges
     * added): new edges, and edges whose route no longer ends on their nodes or now crosses one, are routed
     * around the nodes; every other edge keeps its route exactly.
     */
    public void repair(Diagram diagram) {
        EdgeRouter router = new EdgeRouter(diagram);
        for (DEdge edge : diagram.getEdges()) {
            keepOrRoute(router, edge, false);
        }
        bounds(diagram);
    }

    /** Re-routes the edge when asked, when it has no route or when its route no longer holds; else keeps it. */
    private static void keepOrRoute(EdgeRouter router, DEdge edge, boolean force) {
        if (edge.getSource() == null || edge.getTarget() == null) {
            return; // not connected (yet): nothing to route between
        }
        if (force || !router.valid(edge)) {
            router.route(edge);
        } else if (!router.labelClear(edge)) {
            router.placeLabel(edge);
        }
    }

    private static List<double[]> elkRoute(ElkEdge elk) {
        List<double[]> points = new ArrayList<>();
        for (ElkEdgeSection section : elk.getSections()) {
            points.add(new double[] { section.getStartX(), section.getStartY() });
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(new double[] { bend.getX(), bend.getY() });
            }
            points.add(new double[] { section.getEndX(), section.getEndY() });
        }
        return points;
    }

    /** @return the absolute box of every node */
    private static Map<DNode, double[]> boxes(Diagram diagram) {
        Map<DNode, double[]> boxes = new IdentityHashMap<>();
        diagram.eAllContents().forEachRemaining(o -> {
            if (o instanceof DNode node) {
                boxes.put(node, absolute(node));
            }
        });
        return boxes;
    }

    /** @return the nodes whose absolute box differs from {@code before} (moved, resized, or new) */
    private static Set<DNode> changed(Diagram diagram, Map<DNode, double[]> before) {
        Set<DNode> changed = new HashSet<>();
        boxes(diagram).forEach((node, box) -> {
            if (!java.util.Arrays.equals(box, before.get(node))) {
                changed.add(node);
            }
        });
        return changed;
    }

    /** ELK's monitor asking {@code cancelled}, and its sub-monitors too: the layered algorithm checks only those. */
    private static final class CancellableMonitor extends BasicProgressMonitor {
        private final BooleanSupplier cancelled;

        CancellableMonitor(BooleanSupplier cancelled) {
            this.cancelled = cancelled;
        }

        @Override
        public boolean isCanceled() {
            return cancelled != null && cancelled.getAsBoolean();
        }

        @Override
        protected BasicProgressMonitor doSubTask(float work, int maxHierarchyLevels) {
            return new CancellableMonitor(cancelled);
        }
    }

    /**
     * A layout in progress: the ELK graph copied from a diagram. Computing it touches only the ELK graph, so it
     * may run on another thread (a job) while the diagram stays readable; the diagram changes only in
     * {@link DiagramLayout#apply}.
     */
    public static final class Plan {
        private final Diagram diagram;
        private final DiagramDescription description;
        private final Set<DNode> movable;
        private final ElkNode root = ElkGraphUtil.createGraph();
        private final Map<DNode, ElkNode> elkNodes = new IdentityHashMap<>();
        private final Map<DEdge, ElkEdge> direct = new IdentityHashMap<>();
        private volatile boolean computed;

        private Plan(Diagram diagram, DiagramDescription description, Set<DNode> movable) {
            this.diagram = diagram;
            this.description = description;
            this.movable = movable;
        }

        /** @return the diagram the plan was prepared from */
        public Diagram diagram() {
            return diagram;
        }

        /** @return how many nodes and containers the plan places */
        public int size() {
            return elkNodes.size();
        }

        /**
         * Runs ELK on the copied graph; any thread, once.
         *
         * @param cancelled asked now and then; {@code null} when the layout cannot be cancelled
         * @return whether it finished (false: cancelled, nothing to apply)
         */
        public boolean compute(BooleanSupplier cancelled) {
            BasicProgressMonitor monitor = new CancellableMonitor(cancelled);
            new RecursiveGraphLayoutEngine().layout(root, monitor);
            computed = !monitor.isCanceled();
            return computed;
        }
    }

    /**
     * Re-routes around the other nodes the edges of the given nodes (after a move by the user), and the edges
     * whose route a moved node now lies on; every other edge keeps its route. Updates the bounds.
     */
    public void reroute(Diagram diagram, Collection<DNode> nodes) {
        Set<DNode> set = new HashSet<>(nodes);
        EdgeRouter router = new EdgeRouter(diagram);
        for (DEdge edge : diagram.getEdges()) {
            keepOrRoute(router, edge, touches(set, edge.getSource()) || touches(set, edge.getTarget()));
        }
        bounds(diagram);
    }

    private static boolean touches(Set<DNode> nodes, DNode end) {
        for (DNode n = end; n != null; n = n.getParent()) {
            if (nodes.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static void ensureRegistered() {
        if (!registered) {
            synchronized (DiagramLayout.class) {
                LayoutMetaDataService service = LayoutMetaDataService.getInstance();
                if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                    service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
                }
                registered = true;
            }
        }
    }

    private static void configureRoot(ElkNode root, DiagramDescription description, Diagram diagram) {
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION,
                description.getDirection() == LayoutDirection.DOWN ? Direction.DOWN : Direction.RIGHT);
        // One routing per ELK graph: orthogonal; edges whose style asks for another are routed by EdgeRouter.
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, (double) description.getNodeSpacing());
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, (double) description.getLayerSpacing());
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, description.getLayerSpacing() / 3.0);
        root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, (double) description.getNodeSpacing());
        root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
        root.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
    }

    private static void create(ElkNode parent, DNode node, Map<DNode, ElkNode> elkNodes) {
        ElkNode elk = ElkGraphUtil.createNode(parent);
        elk.setIdentifier(node.getId());
        elk.setDimensions(node.getWidth(), node.getHeight());
        elkNodes.put(node, elk);
        if (node instanceof DContainer container && !container.getChildren().isEmpty()) {
            double labelHeight = labelHeight(node);
            elk.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.box");
            elk.setProperty(CoreOptions.PADDING, new ElkPadding(labelHeight + 6, 10, 10, 10));
            elk.setProperty(CoreOptions.SPACING_NODE_NODE, 10.0);
            // Few children: one column, so that edges can come in from the side without crossing them.
            elk.setProperty(CoreOptions.ASPECT_RATIO, container.getChildren().size() <= SINGLE_COLUMN ? 0.05 : 1.4);
            elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, SizeConstraint.minimumSize());
            elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM,
                    new org.eclipse.elk.core.math.KVector(node.getWidth(), node.getHeight()));
            for (DNode child : container.getChildren()) {
                create(elk, child, elkNodes);
            }
        }
    }

    private static double labelHeight(DNode node) {
        int size = node.getStyle() == null ? 11 : node.getStyle().getLabelSize();
        return TextMetrics.lines(node.getLabel()).size() * TextMetrics.lineHeight(size) + TextMetrics.PADDING;
    }

    private static void writeBack(DNode node, Map<DNode, ElkNode> elkNodes, Collection<DNode> movable,
            Set<DNode> moved, boolean parentMoved) {
        ElkNode elk = elkNodes.get(node);
        if (elk == null) {
            return; // added after the plan was prepared: placed by the layout of new elements
        }
        boolean move = !node.isPinned() && (movable == null || movable.contains(node) || parentMoved);
        if (move) {
            node.setX(elk.getX());
            node.setY(elk.getY());
            moved.add(node);
        }
        if (node instanceof DContainer container) {
            if (move || node.getWidth() < elk.getWidth() || node.getHeight() < elk.getHeight()) {
                node.setWidth(Math.max(elk.getWidth(), node.getWidth()));
                node.setHeight(Math.max(elk.getHeight(), node.getHeight()));
            }
            for (DNode child : container.getChildren()) {
                writeBack(child, elkNodes, movable, moved, move && movable != null);
            }
        }
    }

    /** Pushes moved nodes down until they overlap no sibling; records them in {@code shifted}. */
    private static void separate(List<DNode> siblings, Set<DNode> moved, Set<DNode> shifted,
            DiagramDescription description) {
        List<DNode> placed = new ArrayList<>();
        for (DNode node : siblings) {
            if (!moved.contains(node)) {
                placed.add(node);
            }
        }
        if (placed.isEmpty()) {
            return;
        }
        for (DNode node : siblings) {
            if (!moved.contains(node)) {
                continue;
            }
            boolean again = true;
            while (again) {
                again = false;
                for (DNode other : placed) {
                    if (overlaps(node, other)) {
                        node.setY(other.getY() + other.getHeight() + description.getNodeSpacing() / 2.0);
                        shifted.add(node);
                        again = true;
                    }
                }
            }
            placed.add(node);
        }
    }

    /** Keeps a container around its children after some of them were placed independently. */
    private static void fitChildren(DContainer container, Set<DNode> moved, Set<DNode> shifted,
            DiagramDescription description) {
        separate(container.getChildren(), moved, shifted, description);
        for (DNode child : container.getChildren()) {
            if (child instanceof DContainer sub) {
                fitChildren(sub, moved, shifted, description);
            }
            container.setWidth(Math.max(container.getWidth(), child.getX() + child.getWidth() + 10));
            container.setHeight(Math.max(container.getHeight(), child.getY() + child.getHeight() + 10));
        }
    }

    private static boolean overlaps(DNode a, DNode b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    private static DNode top(DNode node) {
        DNode current = node;
        while (current != null && current.getParent() != null) {
            current = current.getParent();
        }
        return current;
    }

    /** @return the absolute bounds of a node: x, y, width, height */
    public static double[] absolute(DNode node) {
        double x = node.getX();
        double y = node.getY();
        for (DNode parent = node.getParent(); parent != null; parent = parent.getParent()) {
            x += parent.getX();
            y += parent.getY();
        }
        return new double[] { x, y, node.getWidth(), node.getHeight() };
    }

    /** @return the fallback route: straight between the borders of the ends (see {@link #straightRoute}) */
    static List<double[]> straight(DEdge edge) {
        List<double[]> points = new ArrayList<>();
        straightRoute(edge, points);
        return points;
    }

    /**
     * A straight line between the borders of the two ends; when one end sits inside a container the other is
     * outside of, the line enters the container from its side at the height of that end and runs level to it,
     * so that it does not cross the siblings (containers with few children stack them in one column).
     */
    private static void straightRoute(DEdge edge, List<double[]> points) {
        double[] s = absolute(edge.getSource());
        double[] t = absolute(edge.getTarget());
        DNode targetFrame = outerContainerExcluding(edge.getTarget(), edge.getSource());
        DNode sourceFrame = outerContainerExcluding(edge.getSource(), edge.getTarget());
        if (targetFrame != null && sourceFrame == null) {
            points.add(null);
            points.addAll(entry(absolute(targetFrame), t, center(s)));
            points.set(0, clip(s, points.get(1)));
        } else if (sourceFrame != null && targetFrame == null) {
            List<double[]> exit = entry(absolute(sourceFrame), s, center(t));
            for (int i = exit.size() - 1; i >= 0; i--) {
                points.add(exit.get(i));
            }
            points.add(clip(t, points.get(points.size() - 1)));
        } else {
            points.add(clip(s, center(t)));
            points.add(clip(t, center(s)));
        }
    }

    /** @return the point on the container side facing {@code from} at the node's height, then the node's side */
    private static List<double[]> entry(double[] frame, double[] node, double[] from) {
        double y = node[1] + node[3] / 2;
        boolean left = from[0] < frame[0] + frame[2] / 2;
        double frameX = left ? frame[0] : frame[0] + frame[2];
        double nodeX = left ? node[0] : node[0] + node[2];
        return List.of(new double[] { frameX, y }, new double[] { nodeX, y });
    }

    /** @return the outermost container of {@code node} that does not also hold {@code other}, or null */
    private static DNode outerContainerExcluding(DNode node, DNode other) {
        DNode found = null;
        for (DNode parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (touches(Set.of(parent), other)) {
                break;
            }
            found = parent;
        }
        return found;
    }

    private static double[] center(double[] box) {
        return new double[] { box[0] + box[2] / 2, box[1] + box[3] / 2 };
    }

    /** @return where the segment from the box centre towards {@code toward} leaves the box */
    private static double[] clip(double[] box, double[] toward) {
        double cx = box[0] + box[2] / 2;
        double cy = box[1] + box[3] / 2;
        double dx = toward[0] - cx;
        double dy = toward[1] - cy;
        if (dx == 0 && dy == 0) {
            return new double[] { cx, cy };
        }
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : (box[2] / 2) / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : (box[3] / 2) / Math.abs(dy));
        scale = Math.min(scale, 1);
        return new double[] { cx + dx * scale, cy + dy * scale };
    }

    /** @return the point halfway along the polyline */
    static double[] middle(List<double[]> points) {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            total += Math.hypot(points.get(i)[0] - points.get(i - 1)[0], points.get(i)[1] - points.get(i - 1)[1]);
        }
        double half = total / 2;
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            double length = Math.hypot(b[0] - a[0], b[1] - a[1]);
            if (half <= length && length > 0) {
                return new double[] { a[0] + (b[0] - a[0]) * half / length, a[1] + (b[1] - a[1]) * half / length };
            }
            half -= length;
        }
        return points.isEmpty() ? new double[2] : points.get(0);
    }

    private static void bounds(Diagram diagram) {
        double width = 0;
        double height = 0;
        for (DNode node : diagram.getNodes()) {
            width = Math.max(width, node.getX() + node.getWidth());
            height = Math.max(height, node.getY() + node.getHeight());
        }
        for (DEdge edge : diagram.getEdges()) {
            for (DPoint p : edge.getPoints()) {
                width = Math.max(width, p.getX());
                height = Math.max(height, p.getY());
            }
            double[] label = TextMetrics.edgeLabelBox(edge);
            if (label != null && edge.getPoints().size() >= 2) {
                width = Math.max(width, label[0] + label[2]);
                height = Math.max(height, label[1] + label[3]);
            }
        }
        diagram.setWidth(width + MARGIN);
        diagram.setHeight(height + MARGIN);
    }
}
