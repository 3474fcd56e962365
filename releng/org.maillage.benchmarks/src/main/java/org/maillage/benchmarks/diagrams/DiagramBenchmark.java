/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks.diagrams;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Cls;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.RefreshResult;
import org.maillage.viewpoint.ViewpointResources;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Diagrams of the shipped "Articulation des dispositifs" viewpoint on generated roadmaps
 * ({@link ArticulationGenerator}):
 * <ul>
 * <li>{@code interpretAndLayout}: a new diagram, i.e. the full refresh (every expression) plus the ELK layout and
 * the writing back of positions and routes;</li>
 * <li>{@code bareElkLayout}: ELK alone on the same graph (same node sizes, edges and options), built straight
 * as an ELK graph: the floor our total is compared to;</li>
 * <li>{@code fullRefresh} and {@code incrementalRefresh}: recomputing the diagram from scratch, against one edit
 * (renaming a CLS) and the incremental refresh it triggers;</li>
 * <li>{@code arrangeAll}: laying out an open diagram again, sampled for percentiles (p90 target at 500 nodes).</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Djava.awt.headless=true"})
public class DiagramBenchmark {

    private static final String VIEWPOINT = "bundles/org.maillage.viewpoints/viewpoints/articulation.viewpoint";

    static DiagramDescription description() {
        Path file = Path.of(System.getProperty("maillage.root", ".")).resolve(VIEWPOINT);
        try {
            return ViewpointResources.loadViewpoint(file).getDiagrams().get(0);
        } catch (Exception e) {
            throw new IllegalStateException("Run from the repository root (or set -Dmaillage.root): " + file, e);
        }
    }

    /** A generated roadmap and an open diagram of it. */
    @State(Scope.Benchmark)
    public static class Sized {
        @Param({"100", "500", "1000", "2000"})
        int nodes;

        ModeleMaillage model;
        DiagramDescription description;
        DiagramSession session;
        Cls edited;
        int edits;

        @Setup(Level.Trial)
        public void open() {
            model = ArticulationGenerator.generate(nodes);
            description = description();
            session = DiagramSession.create(model, description);
            edited = (Cls) model.getDispositifs().stream().filter(Cls.class::isInstance).findFirst().orElseThrow();
            if (session.lastResult().diagnostics().size() > 0) {
                throw new IllegalStateException(session.lastResult().diagnostics().toString());
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            session.dispose();
        }
    }

    @Benchmark
    public Diagram interpretAndLayout(Sized s) {
        DiagramSession session = DiagramSession.create(s.model, s.description);
        session.dispose();
        return session.diagram();
    }

    @Benchmark
    public ElkNode bareElkLayout(Sized s) {
        return layOut(s.session.diagram(), s.description);
    }

    @Benchmark
    public RefreshResult fullRefresh(Sized s) {
        return s.session.refresh();
    }

    @Benchmark
    public RefreshResult incrementalRefresh(Sized s) {
        s.edited.setNom("CLS " + s.edits++);
        return s.session.lastResult();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public Diagram arrangeAll(Sized s) {
        s.session.arrangeAll();
        return s.session.diagram();
    }

    /** ELK on the diagram's graph with the options of the layout adapter, nothing written back. */
    static ElkNode layOut(Diagram diagram, DiagramDescription description) {
        LayoutMetaDataService service = LayoutMetaDataService.getInstance();
        if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
            service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        }
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, (double) description.getNodeSpacing());
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, (double) description.getLayerSpacing());
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, description.getLayerSpacing() / 3.0);
        root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, (double) description.getNodeSpacing());
        root.setProperty(CoreOptions.PADDING, new ElkPadding(20));
        root.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
        Map<DNode, ElkNode> nodes = new HashMap<>();
        for (DNode node : diagram.getNodes()) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setDimensions(node.getWidth(), node.getHeight());
            nodes.put(node, elk);
        }
        for (DEdge edge : diagram.getEdges()) {
            ElkGraphUtil.createSimpleEdge(nodes.get(edge.getSource()), nodes.get(edge.getTarget()));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        return root;
    }
}
