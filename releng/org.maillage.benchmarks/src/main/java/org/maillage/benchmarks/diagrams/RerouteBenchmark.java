/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks.diagrams;

import java.util.concurrent.TimeUnit;

import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.territoire.Qpv;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.RefreshResult;
import org.maillage.viewpoint.internal.layout.DiagramLayout;
import org.maillage.viewpoint.internal.layout.EdgeRouter;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.diagram.DEdge;
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
 * Routes kept after an edit (issue 13), on the "Articulation des dispositifs" diagram of a generated roadmap
 * ({@link ArticulationGenerator}):
 * <ul>
 * <li>{@code editRefreshReroute}: one edit of the roadmap, alternately adding a fiche action of a CLS that
 * targets a QPV no fiche targeted (a new edge, the QPV's style changes) and removing it again, with the refresh it
 * triggers and the re-routing of what changed (the new edge routed around the nodes, every other route checked
 * and kept);</li>
 * <li>{@code repairOnly}: the re-routing step of that edit alone, on a diagram where nothing changed (every
 * route and label checked against the nodes, all kept);</li>
 * <li>{@code arrangeAll}: "Organiser tout" on the same diagram, the floor the edit is compared to (what the
 * editor did after each edit before: every edge re-routed);</li>
 * <li>{@code routeOneEdge}: the own router alone on one edge, node index included.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Djava.awt.headless=true"})
public class RerouteBenchmark {

    /** A generated roadmap, an open diagram of it, and the fiche action the edit adds and removes. */
    @State(Scope.Benchmark)
    public static class Open {
        @Param({"1000"})
        int nodes;

        ModeleMaillage model;
        DiagramDescription description;
        DiagramSession session;
        Axe axe;
        FicheAction fiche;
        DEdge edge;
        final DiagramLayout layout = new DiagramLayout();

        @Setup(Level.Trial)
        public void open() {
            model = ArticulationGenerator.generate(nodes);
            description = DiagramBenchmark.description();
            session = DiagramSession.create(model, description);
            Cls cls = (Cls) model.getDispositifs().stream().filter(d -> d instanceof Cls c && !c.getAxes().isEmpty())
                    .findFirst().orElseThrow();
            axe = cls.getAxes().get(0);
            // The last QPVs are gaps: no fiche action targets them (see ArticulationGenerator).
            Qpv gap = model.getQpvs().get(model.getQpvs().size() - 1);
            fiche = DispositifFactory.eINSTANCE.createFicheAction();
            fiche.setNom("Aller-vers");
            fiche.getQpvCibles().add(gap);
            edge = session.diagram().getEdges().get(session.diagram().getEdges().size() / 2);
        }

        @TearDown(Level.Trial)
        public void close() {
            session.dispose();
        }
    }

    @Benchmark
    public RefreshResult editRefreshReroute(Open s) {
        // One notification, one refresh (no command stack: the session refreshes at once), then the routes.
        if (s.fiche.eContainer() == null) {
            s.axe.getFichesActions().add(s.fiche);
        } else {
            s.axe.getFichesActions().remove(s.fiche);
        }
        return s.session.lastResult();
    }

    @Benchmark
    public Diagram repairOnly(Open s) {
        // The re-routing part of an edit alone: every route checked against the nodes, none needing a new one.
        s.layout.repair(s.session.diagram());
        return s.session.diagram();
    }

    @Benchmark
    public Diagram arrangeAll(Open s) {
        s.session.arrangeAll();
        return s.session.diagram();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public DEdge routeOneEdge(Open s) {
        new EdgeRouter(s.session.diagram()).route(s.edge);
        return s.edge;
    }
}
