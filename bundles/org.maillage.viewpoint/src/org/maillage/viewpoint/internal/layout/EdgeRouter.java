/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.maillage.viewpoint.model.diagram.DContainer;
import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.DPoint;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.model.diagram.DiagramFactory;
import org.maillage.viewpoint.model.diagram.EdgeStyle;
import org.maillage.viewpoint.model.diagram.Routing;
import org.maillage.viewpoint.render.TextMetrics;

/**
 * Routes single edges around the nodes of a laid-out diagram, so that an edit re-routes only what it changed
 * instead of handing the whole diagram to ELK (which has one routing per graph and would move everything).
 * <p>
 * Orthogonal routes between facing sides are first tried as a straight line, an L or a Z (no search); when none
 * is clear, they are shortest paths with a bend penalty (A*) on the orthogonal visibility graph of the padded
 * boxes of the nodes near the two ends: the grid of the lines through the box sides, minus what lies inside a box.
 * The search starts in a region around the two ends and widens when no path is found there, so one edge of a
 * 1,000-node diagram costs about as much as one of a small diagram. Nodes that hold an end (its ancestors) are
 * not obstacles. Polyline and spline routes are the orthogonal route with the corners cut where no node is in the
 * way; renderers draw splines as curves through those points ({@link org.maillage.viewpoint.render.EdgeCurves}).
 * <p>
 * Made for one diagram state: node boxes are read once, so make a new router after nodes move.
 */
public final class EdgeRouter {

    /** Space kept between a route and the nodes it goes around. */
    static final double PADDING = 8;
    /** Cost of one bend, in length units: a route takes a detour of this length rather than one more bend. */
    private static final double BEND = 40;
    /** First margin around the two ends searched; tripled while no route is found. */
    private static final double REGION = 60;
    /** Routes and labels may touch a node's border by this much without crossing it. */
    private static final double EPSILON = 0.5;
    /** Distance under which a point is taken as lying on a node's border. */
    static final double ON_BORDER = 1.5;
    private static final double CELL = 160;
    /** Largest search grid (points); beyond it the router gives up and the edge is drawn straight. */
    private static final int MAX_GRID = 250_000;

    private final List<DNode> nodes = new ArrayList<>();
    private final Map<DNode, Integer> indexOf = new IdentityHashMap<>();
    private double[][] boxes;
    /** Node indices per grid cell: element 0 is the count, the indices follow. */
    private final Map<Long, int[]> cells = new HashMap<>();
    private int[] stamp;
    private int stampValue;
    private double minX = Double.MAX_VALUE;
    private double minY = Double.MAX_VALUE;
    private double maxX = -Double.MAX_VALUE;
    private double maxY = -Double.MAX_VALUE;
    /** Set by a search that widening the region cannot help (ports shut in, or the grid too large). */
    private boolean hopeless;

    /** @param diagram the laid-out diagram whose node boxes the routes avoid */
    public EdgeRouter(Diagram diagram) {
        collect(diagram.getNodes());
        boxes = new double[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            double[] b = DiagramLayout.absolute(nodes.get(i));
            boxes[i] = b;
            minX = Math.min(minX, b[0]);
            minY = Math.min(minY, b[1]);
            maxX = Math.max(maxX, b[0] + b[2]);
            maxY = Math.max(maxY, b[1] + b[3]);
            for (long cx = cell(b[0]); cx <= cell(b[0] + b[2]); cx++) {
                for (long cy = cell(b[1]); cy <= cell(b[1] + b[3]); cy++) {
                    long key = key(cx, cy);
                    int[] list = cells.get(key);
                    if (list == null || list[0] + 1 == list.length) {
                        list = list == null ? new int[6] : Arrays.copyOf(list, list.length * 2);
                        cells.put(key, list);
                    }
                    list[++list[0]] = i;
                }
            }
        }
        stamp = new int[nodes.size()];
    }

    private void collect(List<DNode> list) {
        for (DNode node : list) {
            indexOf.put(node, nodes.size());
            nodes.add(node);
            if (node instanceof DContainer container) {
                collect(container.getChildren());
            }
        }
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }

    /** @return the indices of the nodes whose box meets the rectangle (each once) */
    private int[] query(double x0, double y0, double x1, double y1) {
        stampValue++;
        int[] found = new int[16];
        int count = 0;
        long cx0 = cell(Math.max(x0, minX));
        long cx1 = cell(Math.min(x1, maxX));
        long cy0 = cell(Math.max(y0, minY));
        long cy1 = cell(Math.min(y1, maxY));
        for (long cx = cx0; cx <= cx1; cx++) {
            for (long cy = cy0; cy <= cy1; cy++) {
                int[] list = cells.get(key(cx, cy));
                if (list == null) {
                    continue;
                }
                for (int n = 1; n <= list[0]; n++) {
                    int i = list[n];
                    if (stamp[i] == stampValue) {
                        continue;
                    }
                    stamp[i] = stampValue;
                    double[] b = boxes[i];
                    if (b[0] <= x1 && b[0] + b[2] >= x0 && b[1] <= y1 && b[1] + b[3] >= y0) {
                        if (count == found.length) {
                            found = Arrays.copyOf(found, count * 2);
                        }
                        found[count++] = i;
                    }
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    // ------------------------------------------------------------------ routing

    /**
     * Routes the edge in the style it asks for (orthogonal unless said otherwise) and places its label; the
     * points and label position are written into the edge.
     */
    public void route(DEdge edge) {
        write(edge, compute(edge));
        placeLabel(edge);
    }

    /** @return the route of the edge in its style, from the border of its source to the border of its target */
    public List<double[]> compute(DEdge edge) {
        DNode source = edge.getSource();
        DNode target = edge.getTarget();
        Integer s = indexOf.get(source);
        Integer t = indexOf.get(target);
        if (s == null || t == null || source == target || isAncestor(source, target) || isAncestor(target, source)
                || overlaps(boxes[s], boxes[t], 0)) {
            return DiagramLayout.straight(edge);
        }
        List<double[]> route = direct(edge, s, t);
        if (route == null) {
            route = orthogonal(edge, s, t, PADDING);
        }
        if (route == null) {
            route = orthogonal(edge, s, t, 2);
        }
        if (route == null) {
            return DiagramLayout.straight(edge);
        }
        Routing routing = routing(edge);
        return routing == Routing.ORTHOGONAL ? route : cutCorners(edge, route);
    }

    /** @return the routing the edge's style asks for; orthogonal when it says nothing */
    public static Routing routing(DEdge edge) {
        EdgeStyle style = edge.getStyle();
        return style != null && style.isSetRouting() ? style.getRouting() : Routing.ORTHOGONAL;
    }

    /**
     * The common case first, without a search: between two sides facing each other, a straight line, one bend
     * (an L) or two bends halfway (a Z), whichever is cheapest and clear of the nodes (grown by half the padding).
     *
     * @return the route, or {@code null} when none of these is clear
     */
    private List<double[]> direct(DEdge edge, int s, int t) {
        List<double[]> best = null;
        double bestCost = Double.MAX_VALUE;
        for (Port a : ports(boxes[s], boxes[t], 0)) {
            if (a.penalty > 0) {
                continue;
            }
            for (Port b : ports(boxes[t], boxes[s], 0)) {
                if (b.penalty > 0) {
                    continue;
                }
                boolean aLevel = a.dir < 2;
                boolean bLevel = b.dir < 2;
                List<double[]> candidate;
                int bends;
                if (aLevel == bLevel) {
                    boolean straight = aLevel ? Math.abs(a.y - b.y) < 1e-6 : Math.abs(a.x - b.x) < 1e-6;
                    if (straight) {
                        candidate = List.of(new double[] { a.x, a.y }, new double[] { b.x, b.y });
                        bends = 0;
                    } else if (aLevel) {
                        double mx = (a.x + b.x) / 2;
                        candidate = List.of(new double[] { a.x, a.y }, new double[] { mx, a.y },
                                new double[] { mx, b.y }, new double[] { b.x, b.y });
                        bends = 2;
                    } else {
                        double my = (a.y + b.y) / 2;
                        candidate = List.of(new double[] { a.x, a.y }, new double[] { a.x, my },
                                new double[] { b.x, my }, new double[] { b.x, b.y });
                        bends = 2;
                    }
                } else {
                    double[] corner = aLevel ? new double[] { b.x, a.y } : new double[] { a.x, b.y };
                    candidate = List.of(new double[] { a.x, a.y }, corner, new double[] { b.x, b.y });
                    bends = 1;
                }
                double cost = bends * BEND;
                for (int i = 1; i < candidate.size(); i++) {
                    cost += Math.abs(candidate.get(i)[0] - candidate.get(i - 1)[0])
                            + Math.abs(candidate.get(i)[1] - candidate.get(i - 1)[1]);
                }
                if (cost < bestCost && leavesOutward(candidate, a, b) && clearAll(edge, candidate)) {
                    best = candidate;
                    bestCost = cost;
                }
            }
        }
        return best;
    }

    /** @return whether the route leaves its first port and enters its last along their outward directions */
    private static boolean leavesOutward(List<double[]> route, Port a, Port b) {
        double[] first = route.get(1);
        double[] last = route.get(route.size() - 2);
        return DX[a.dir] * (first[0] - a.x) + DY[a.dir] * (first[1] - a.y) > PADDING / 2
                && DX[b.dir] * (last[0] - b.x) + DY[b.dir] * (last[1] - b.y) > PADDING / 2;
    }

    private boolean clearAll(DEdge edge, List<double[]> route) {
        for (int i = 1; i < route.size(); i++) {
            if (!clear(edge, route.get(i - 1), route.get(i), PADDING / 2)) {
                return false;
            }
        }
        return true;
    }

    private List<double[]> orthogonal(DEdge edge, int s, int t, double pad) {
        double[] sb = boxes[s];
        double[] tb = boxes[t];
        double x0 = Math.min(sb[0], tb[0]);
        double y0 = Math.min(sb[1], tb[1]);
        double x1 = Math.max(sb[0] + sb[2], tb[0] + tb[2]);
        double y1 = Math.max(sb[1] + sb[3], tb[1] + tb[3]);
        hopeless = false;
        for (double margin = REGION;; margin *= 3) {
            boolean whole = x0 - margin <= minX - 2 * pad && y0 - margin <= minY - 2 * pad
                    && x1 + margin >= maxX + 2 * pad && y1 + margin >= maxY + 2 * pad;
            List<double[]> route = search(edge, s, t, pad, x0 - margin, y0 - margin, x1 + margin, y1 + margin);
            if (route != null || whole || hopeless) {
                return route;
            }
        }
    }

    /** A port: a point on a side of an end, the point {@code pad} outside it, the side's outward direction. */
    private record Port(double x, double y, double sx, double sy, int dir, double penalty) {
    }

    private List<Port> ports(double[] b, double[] other, double pad) {
        List<Port> ports = new ArrayList<>(4);
        double cx = b[0] + b[2] / 2;
        double cy = b[1] + b[3] / 2;
        double ox = other[0] + other[2] / 2;
        double oy = other[1] + other[3] / 2;
        // Where the two boxes face each other, a straight line between them: the middle of their common range.
        double top = Math.max(b[1], other[1]);
        double bottom = Math.min(b[1] + b[3], other[1] + other[3]);
        double py = bottom - top > 2 * ON_BORDER ? (top + bottom) / 2 : cy;
        double left = Math.max(b[0], other[0]);
        double right = Math.min(b[0] + b[2], other[0] + other[2]);
        double px = right - left > 2 * ON_BORDER ? (left + right) / 2 : cx;
        // Directions: 0 +x, 1 -x, 2 +y, 3 -y. A side turned away from the other end costs one bend more.
        ports.add(new Port(b[0] + b[2], py, b[0] + b[2] + pad, py, 0, ox > cx ? 0 : BEND));
        ports.add(new Port(b[0], py, b[0] - pad, py, 1, ox < cx ? 0 : BEND));
        ports.add(new Port(px, b[1] + b[3], px, b[1] + b[3] + pad, 2, oy > cy ? 0 : BEND));
        ports.add(new Port(px, b[1], px, b[1] - pad, 3, oy < cy ? 0 : BEND));
        return ports;
    }

    private List<double[]> search(DEdge edge, int s, int t, double pad, double rx0, double ry0, double rx1,
            double ry1) {
        List<Port> starts = ports(boxes[s], boxes[t], pad);
        List<Port> ends = ports(boxes[t], boxes[s], pad);
        int[] near = query(rx0, ry0, rx1, ry1);
        List<double[]> obstacles = new ArrayList<>();
        for (int i : near) {
            DNode node = nodes.get(i);
            if (obstacle(node, edge)) {
                double[] b = boxes[i];
                obstacles.add(new double[] { b[0] - pad, b[1] - pad, b[0] + b[2] + pad, b[1] + b[3] + pad });
            }
        }
        double[] xs = new double[obstacles.size() * 2 + 16];
        double[] ys = new double[xs.length];
        int n = 0;
        xs[n] = rx0;
        ys[n++] = ry0;
        xs[n] = rx1;
        ys[n++] = ry1;
        for (double[] o : obstacles) {
            xs[n] = o[0];
            ys[n++] = o[1];
            xs[n] = o[2];
            ys[n++] = o[3];
        }
        for (Port p : starts) {
            xs[n] = p.sx;
            ys[n++] = p.sy;
        }
        for (Port p : ends) {
            xs[n] = p.sx;
            ys[n++] = p.sy;
        }
        xs = unique(xs, n);
        ys = unique(ys, n);
        int nx = xs.length;
        int ny = ys.length;
        if ((long) nx * ny > MAX_GRID) {
            hopeless = true;
            return null;
        }
        boolean[] blocked = new boolean[nx * ny];
        boolean[] hBlocked = new boolean[nx * ny]; // segment from (i, j) to (i + 1, j)
        boolean[] vBlocked = new boolean[nx * ny]; // segment from (i, j) to (i, j + 1)
        for (double[] o : obstacles) {
            int i0 = lower(xs, o[0]);
            int i1 = upper(xs, o[2]);
            int j0 = lower(ys, o[1]);
            int j1 = upper(ys, o[3]);
            for (int j = j0; j <= j1; j++) {
                boolean innerY = ys[j] > o[1] && ys[j] < o[3];
                for (int i = i0; i <= i1; i++) {
                    boolean innerX = xs[i] > o[0] && xs[i] < o[2];
                    int k = j * nx + i;
                    if (innerX && innerY) {
                        blocked[k] = true;
                    }
                    if (innerY && i < i1 && xs[i] >= o[0] && xs[i + 1] <= o[2]) {
                        hBlocked[k] = true;
                    }
                    if (innerX && j < j1 && ys[j] >= o[1] && ys[j + 1] <= o[3]) {
                        vBlocked[k] = true;
                    }
                }
            }
        }
        if (shut(xs, ys, blocked, starts) || shut(xs, ys, blocked, ends)) {
            hopeless = true; // every port lies in another node's padding: a wider region has the same obstacles
            return null;
        }
        return astar(xs, ys, blocked, hBlocked, vBlocked, starts, ends);
    }

    private static boolean shut(double[] xs, double[] ys, boolean[] blocked, List<Port> ports) {
        for (Port p : ports) {
            int i = indexOf(xs, p.sx);
            int j = indexOf(ys, p.sy);
            if (i >= 0 && j >= 0 && !blocked[j * xs.length + i]) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the node is in the way of the edge: not an end, not holding one, not inside an obstacle */
    private static boolean obstacle(DNode node, DEdge edge) {
        if (isAncestor(node, edge.getSource()) || isAncestor(node, edge.getTarget())) {
            return false;
        }
        DNode parent = node.getParent();
        // Children of an obstacle lie inside it: the parent's box is enough.
        return parent == null || parent == edge.getSource() || parent == edge.getTarget()
                || isAncestor(parent, edge.getSource()) || isAncestor(parent, edge.getTarget());
    }

    /** @return whether {@code node} strictly contains {@code other} */
    static boolean isAncestor(DNode node, DNode other) {
        for (DNode p = other == null ? null : other.getParent(); p != null; p = p.getParent()) {
            if (p == node) {
                return true;
            }
        }
        return false;
    }

    private static double[] unique(double[] values, int n) {
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m == 0 || sorted[i] - sorted[m - 1] > 1e-6) {
                sorted[m++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, m);
    }

    private static int lower(double[] sorted, double v) {
        int i = Arrays.binarySearch(sorted, v);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    private static int upper(double[] sorted, double v) {
        int i = Arrays.binarySearch(sorted, v);
        return i >= 0 ? i : Math.min(sorted.length - 1, -i - 1);
    }

    private static int indexOf(double[] sorted, double v) {
        int i = Arrays.binarySearch(sorted, v);
        if (i >= 0) {
            return i;
        }
        int after = -i - 1;
        int before = after - 1;
        if (after < sorted.length && Math.abs(sorted[after] - v) < 1e-5) {
            return after;
        }
        return before >= 0 && Math.abs(sorted[before] - v) < 1e-5 ? before : -1;
    }

    private static final int[] DX = { 1, -1, 0, 0 };
    private static final int[] DY = { 0, 0, 1, -1 };

    /** A* over (grid point, direction of arrival) states: length plus {@link #BEND} per change of direction. */
    private static List<double[]> astar(double[] xs, double[] ys, boolean[] blocked, boolean[] hBlocked,
            boolean[] vBlocked, List<Port> starts, List<Port> ends) {
        int nx = xs.length;
        int ny = ys.length;
        int states = nx * ny * 4;
        double[] g = new double[states];
        Arrays.fill(g, Double.MAX_VALUE);
        int[] parent = new int[states];
        boolean[] closed = new boolean[states];
        Heap open = new Heap();
        int[] endPoint = new int[ends.size()];
        for (int e = 0; e < ends.size(); e++) {
            Port p = ends.get(e);
            int i = indexOf(xs, p.sx);
            int j = indexOf(ys, p.sy);
            endPoint[e] = i < 0 || j < 0 || blocked[j * nx + i] ? -1 : j * nx + i;
        }
        for (Port p : starts) {
            int i = indexOf(xs, p.sx);
            int j = indexOf(ys, p.sy);
            if (i < 0 || j < 0 || blocked[j * nx + i]) {
                continue;
            }
            int state = (j * nx + i) * 4 + p.dir;
            if (p.penalty < g[state]) {
                g[state] = p.penalty;
                parent[state] = -1;
                open.push(state, p.penalty + heuristic(xs[i], ys[j], ends, endPoint));
            }
        }
        double best = Double.MAX_VALUE;
        int bestState = -1;
        int bestEnd = -1;
        while (!open.isEmpty()) {
            double f = open.topKey();
            int state = open.pop();
            if (f >= best) {
                break;
            }
            if (closed[state]) {
                continue;
            }
            closed[state] = true;
            int point = state / 4;
            int dir = state % 4;
            for (int e = 0; e < endPoint.length; e++) {
                if (endPoint[e] == point) {
                    // Into the target: the last move is opposite to the port's outward direction.
                    int inward = ends.get(e).dir ^ 1;
                    double total = g[state] + (dir == inward ? 0 : dir == (inward ^ 1) ? 2 * BEND : BEND)
                            + ends.get(e).penalty;
                    if (total < best) {
                        best = total;
                        bestState = state;
                        bestEnd = e;
                    }
                }
            }
            int i = point % nx;
            int j = point / nx;
            for (int d = 0; d < 4; d++) {
                if (d == (dir ^ 1)) {
                    continue; // no turning back
                }
                int ni = i + DX[d];
                int nj = j + DY[d];
                if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) {
                    continue;
                }
                int next = nj * nx + ni;
                boolean wall = switch (d) {
                    case 0 -> hBlocked[point];
                    case 1 -> hBlocked[next];
                    case 2 -> vBlocked[point];
                    default -> vBlocked[next];
                };
                if (wall || blocked[next]) {
                    continue;
                }
                int nextState = next * 4 + d;
                double cost = g[state] + Math.abs(xs[ni] - xs[i]) + Math.abs(ys[nj] - ys[j]) + (d == dir ? 0 : BEND);
                if (cost < g[nextState]) {
                    g[nextState] = cost;
                    parent[nextState] = state;
                    open.push(nextState, cost + heuristic(xs[ni], ys[nj], ends, endPoint));
                }
            }
        }
        if (bestState < 0) {
            return null;
        }
        List<double[]> reversed = new ArrayList<>();
        Port end = ends.get(bestEnd);
        reversed.add(new double[] { end.x, end.y });
        int startState = bestState;
        for (int state = bestState; state >= 0; state = parent[state]) {
            int point = state / 4;
            reversed.add(new double[] { xs[point % nx], ys[point / nx] });
            startState = state;
        }
        int startPoint = startState / 4;
        Port start = null;
        for (Port p : starts) {
            if (indexOf(xs, p.sx) == startPoint % nx && indexOf(ys, p.sy) == startPoint / nx
                    && p.dir == startState % 4) {
                start = p;
            }
        }
        reversed.add(new double[] { start.x, start.y });
        List<double[]> route = new ArrayList<>();
        for (int k = reversed.size() - 1; k >= 0; k--) {
            route.add(reversed.get(k));
        }
        return simplify(route);
    }

    private static double heuristic(double x, double y, List<Port> ends, int[] endPoint) {
        double h = Double.MAX_VALUE;
        for (int e = 0; e < endPoint.length; e++) {
            if (endPoint[e] >= 0) {
                h = Math.min(h, Math.abs(ends.get(e).sx - x) + Math.abs(ends.get(e).sy - y));
            }
        }
        return h == Double.MAX_VALUE ? 0 : h;
    }

    /** @return the route without repeated points and without points in the middle of a straight run */
    private static List<double[]> simplify(List<double[]> route) {
        List<double[]> out = new ArrayList<>();
        for (double[] p : route) {
            if (!out.isEmpty() && Math.abs(out.get(out.size() - 1)[0] - p[0]) < 1e-6
                    && Math.abs(out.get(out.size() - 1)[1] - p[1]) < 1e-6) {
                continue;
            }
            if (out.size() >= 2) {
                double[] a = out.get(out.size() - 2);
                double[] b = out.get(out.size() - 1);
                boolean collinear = Math.abs(a[0] - b[0]) < 1e-6 && Math.abs(b[0] - p[0]) < 1e-6
                        || Math.abs(a[1] - b[1]) < 1e-6 && Math.abs(b[1] - p[1]) < 1e-6;
                if (collinear) {
                    out.set(out.size() - 1, p);
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    /** @return the route with each run of points replaced by a straight line where that line crosses no node */
    private List<double[]> cutCorners(DEdge edge, List<double[]> route) {
        List<double[]> out = new ArrayList<>();
        int i = 0;
        out.add(route.get(0));
        while (i < route.size() - 1) {
            int next = i + 1;
            for (int j = route.size() - 1; j > i + 1; j--) {
                if (clear(edge, route.get(i), route.get(j), PADDING / 2)) {
                    next = j;
                    break;
                }
            }
            out.add(route.get(next));
            i = next;
        }
        return out;
    }

    /** @return whether the segment crosses no node other than the edge's ancestors (ends included, grown) */
    private boolean clear(DEdge edge, double[] a, double[] b, double grow) {
        int[] near = query(Math.min(a[0], b[0]) - grow, Math.min(a[1], b[1]) - grow, Math.max(a[0], b[0]) + grow,
                Math.max(a[1], b[1]) + grow);
        for (int k : near) {
            DNode node = nodes.get(k);
            if (isAncestor(node, edge.getSource()) || isAncestor(node, edge.getTarget())) {
                continue;
            }
            boolean end = node == edge.getSource() || node == edge.getTarget();
            if (crosses(boxes[k], a, b, end ? 0 : grow)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param box x, y, width, height
     * @param grow how much to grow the box (negative: shrink) besides the half unit a route may touch it by
     * @return whether the segment a-b goes through the inside of the box grown by {@code grow}
     */
    public static boolean crosses(double[] box, double[] a, double[] b, double grow) {
        double x0 = box[0] - grow + EPSILON;
        double y0 = box[1] - grow + EPSILON;
        double x1 = box[0] + box[2] + grow - EPSILON;
        double y1 = box[1] + box[3] + grow - EPSILON;
        if (x1 <= x0 || y1 <= y0) {
            return false;
        }
        double t0 = 0;
        double t1 = 1;
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double[] p = { -dx, dx, -dy, dy };
        double[] q = { a[0] - x0, x1 - a[0], a[1] - y0, y1 - a[1] };
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] <= 0) {
                    return false;
                }
            } else {
                double r = q[k] / p[k];
                if (p[k] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
            }
        }
        return t1 - t0 > 1e-9;
    }

    // ------------------------------------------------------------------ checks of kept routes

    /**
     * @return whether the edge's saved route still holds: it starts on its source's border, ends on its target's,
     *         crosses no node other than its ends and their ancestors, and (orthogonal) has only level and upright
     *         segments
     */
    public boolean valid(DEdge edge) {
        List<DPoint> points = edge.getPoints();
        Integer s = indexOf.get(edge.getSource());
        Integer t = indexOf.get(edge.getTarget());
        if (points.size() < 2 || s == null || t == null) {
            return false;
        }
        if (!onBorder(boxes[s], points.get(0)) || !onBorder(boxes[t], points.get(points.size() - 1))) {
            return false;
        }
        boolean orthogonal = routing(edge) == Routing.ORTHOGONAL && !isAncestor(edge.getSource(), edge.getTarget())
                && !isAncestor(edge.getTarget(), edge.getSource());
        for (int i = 1; i < points.size(); i++) {
            double[] a = { points.get(i - 1).getX(), points.get(i - 1).getY() };
            double[] b = { points.get(i).getX(), points.get(i).getY() };
            if (orthogonal && Math.abs(a[0] - b[0]) > 0.01 && Math.abs(a[1] - b[1]) > 0.01) {
                return false;
            }
            if (!clearOfOthers(edge, a, b)) {
                return false;
            }
        }
        return true;
    }

    private boolean clearOfOthers(DEdge edge, double[] a, double[] b) {
        int[] near = query(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
        for (int k : near) {
            DNode node = nodes.get(k);
            if (node == edge.getSource() || node == edge.getTarget() || isAncestor(node, edge.getSource())
                    || isAncestor(node, edge.getTarget())) {
                continue;
            }
            if (crosses(boxes[k], a, b, 0)) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the point lies on the border of the box, within {@link #ON_BORDER} */
    static boolean onBorder(double[] box, DPoint p) {
        double x = p.getX();
        double y = p.getY();
        boolean inX = x >= box[0] - ON_BORDER && x <= box[0] + box[2] + ON_BORDER;
        boolean inY = y >= box[1] - ON_BORDER && y <= box[1] + box[3] + ON_BORDER;
        boolean nearSide = Math.abs(x - box[0]) <= ON_BORDER || Math.abs(x - box[0] - box[2]) <= ON_BORDER
                || Math.abs(y - box[1]) <= ON_BORDER || Math.abs(y - box[1] - box[3]) <= ON_BORDER;
        return inX && inY && nearSide;
    }

    // ------------------------------------------------------------------ labels

    /** @return whether the edge has no label or its label covers no node other than the ends' ancestors */
    public boolean labelClear(DEdge edge) {
        double[] box = TextMetrics.edgeLabelBox(edge);
        return box == null || labelFree(edge, box[0] + box[2] / 2, box[1] + box[3] / 2, box[2], box[3]);
    }

    private boolean labelFree(DEdge edge, double cx, double cy, double w, double h) {
        int[] near = query(cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2);
        for (int k : near) {
            DNode node = nodes.get(k);
            if (isAncestor(node, edge.getSource()) || isAncestor(node, edge.getTarget())) {
                continue;
            }
            if (overlaps(boxes[k], new double[] { cx - w / 2, cy - h / 2, w, h }, EPSILON)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Puts the label where it covers no node: the middle of the route, then the middles of its segments (longest
     * first), each also shifted to either side of the line and along it; the middle when nothing is free.
     */
    public void placeLabel(DEdge edge) {
        List<DPoint> points = edge.getPoints();
        if (points.size() < 2) {
            return;
        }
        List<double[]> route = new ArrayList<>();
        for (DPoint p : points) {
            route.add(new double[] { p.getX(), p.getY() });
        }
        double[] middle = DiagramLayout.middle(route);
        edge.setLabelX(middle[0]);
        edge.setLabelY(middle[1]);
        double[] box = TextMetrics.edgeLabelBox(edge);
        if (box == null || labelFree(edge, middle[0], middle[1], box[2], box[3])) {
            return;
        }
        double w = box[2];
        double h = box[3];
        List<Integer> segments = new ArrayList<>();
        for (int i = 1; i < route.size(); i++) {
            segments.add(i);
        }
        segments.sort((a, b) -> Double.compare(length(route, b), length(route, a)));
        for (int i : segments) {
            double[] a = route.get(i - 1);
            double[] b = route.get(i);
            double len = length(route, i);
            if (len < 1) {
                continue;
            }
            double ux = (b[0] - a[0]) / len;
            double uy = (b[1] - a[1]) / len;
            double side = Math.abs(ux) >= Math.abs(uy) ? h / 2 + 2 : w / 2 + 2;
            for (double along : new double[] { 0.5, 0.3, 0.7, 0.15, 0.85 }) {
                double px = a[0] + (b[0] - a[0]) * along;
                double py = a[1] + (b[1] - a[1]) * along;
                for (double offset : new double[] { 0, side, -side }) {
                    double cx = px - uy * offset;
                    double cy = py + ux * offset;
                    if (labelFree(edge, cx, cy, w, h)) {
                        edge.setLabelX(cx);
                        edge.setLabelY(cy);
                        return;
                    }
                }
            }
        }
        // A short route between close nodes: the nearest free place around its middle, in widening rings.
        for (int ring = 1; ring <= 8; ring++) {
            for (int k = 0; k < 8; k++) {
                double angle = Math.PI / 2 + k * Math.PI / 4;
                double cx = middle[0] + Math.cos(angle) * ring * (w / 2 + 4);
                double cy = middle[1] - Math.sin(angle) * ring * (h + 4);
                if (labelFree(edge, cx, cy, w, h)) {
                    edge.setLabelX(cx);
                    edge.setLabelY(cy);
                    return;
                }
            }
        }
    }

    private static double length(List<double[]> route, int i) {
        double[] a = route.get(i - 1);
        double[] b = route.get(i);
        return Math.hypot(b[0] - a[0], b[1] - a[1]);
    }

    private static boolean overlaps(double[] a, double[] b, double epsilon) {
        return a[0] + epsilon < b[0] + b[2] && b[0] + epsilon < a[0] + a[2] && a[1] + epsilon < b[1] + b[3]
                && b[1] + epsilon < a[1] + a[3];
    }

    static void write(DEdge edge, List<double[]> points) {
        edge.getPoints().clear();
        for (double[] p : points) {
            DPoint point = DiagramFactory.eINSTANCE.createDPoint();
            point.setX(p[0]);
            point.setY(p[1]);
            edge.getPoints().add(point);
        }
    }

    /** A binary min-heap of ints keyed by doubles: the A* open list without boxing. */
    private static final class Heap {
        private int[] items = new int[64];
        private double[] keys = new double[64];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        double topKey() {
            return keys[0];
        }

        void push(int item, double key) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
                keys = Arrays.copyOf(keys, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int up = (i - 1) / 2;
                if (keys[up] <= key) {
                    break;
                }
                items[i] = items[up];
                keys[i] = keys[up];
                i = up;
            }
            items[i] = item;
            keys[i] = key;
        }

        int pop() {
            int top = items[0];
            size--;
            int item = items[size];
            double key = keys[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                items[i] = items[child];
                keys[i] = keys[child];
                i = child;
            }
            items[i] = item;
            keys[i] = key;
            return top;
        }
    }
}
