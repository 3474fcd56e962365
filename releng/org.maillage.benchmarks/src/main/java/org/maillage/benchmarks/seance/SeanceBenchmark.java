/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks.seance;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.maillage.core.persistence.ModelLoadException;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.figures.Figures;
import org.maillage.model.figures.Gap;
import org.maillage.model.instance.Snapshot;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.seance.Change;
import org.maillage.model.seance.SnapshotDiff;
import org.maillage.model.seance.Snapshots;
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
 * The CTS séance cycle (issue 12) on generated roadmaps of a département (5k elements) and of national size
 * (100k), after the edits of {@link SeanceFixture}:
 * <ul>
 * <li>{@code freeze}: {@link Snapshots#freeze} of the roadmap, key figures and gaps included;</li>
 * <li>{@code diff}: {@link SnapshotDiff#compare} of the séance's snapshot and the current one, both prepared;</li>
 * <li>{@code freezeCurrentAndDiff}: what the CTS dossier and {@code maillage changes} do, freezing the current
 * state then comparing;</li>
 * <li>{@code figuresAndGaps}: the part of a freeze spent on the key figures and coverage gaps ({@link Figures}),
 * to tell it from the walk over the elements;</li>
 * <li>{@code load}: one load of the same generated file ({@link MaillageFiles#load}, as in
 * {@code LoadBenchmark}): the floor the others are compared to, measured in the same run.</li>
 * </ul>
 * JMH runs these one after the other, so on a shared machine their averages can meet different loads;
 * {@link SeancePairedRatio} measures the ratios in alternating rounds.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class SeanceBenchmark {

    /** A generated roadmap, loaded and edited since a séance. */
    @State(Scope.Benchmark)
    public static class Sized {
        @Param({"5000", "100000"})
        int elements;

        SeanceFixture fixture;

        @Setup(Level.Trial)
        public void prepare() throws IOException, ModelLoadException {
            fixture = SeanceFixture.create(elements);
            System.out.println("\n" + elements + " elements: " + fixture.describe());
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            fixture.close();
        }
    }

    @Benchmark
    public Snapshot freeze(Sized s) {
        return Snapshots.freeze(s.fixture.model(), s.fixture.feuille(), SeanceFixture.TODAY);
    }

    @Benchmark
    public List<Change> diff(Sized s) {
        return SnapshotDiff.compare(s.fixture.before(), s.fixture.after());
    }

    @Benchmark
    public List<Change> freezeCurrentAndDiff(Sized s) {
        return SnapshotDiff.compare(s.fixture.before(), Snapshots.current(s.fixture.model(), SeanceFixture.TODAY));
    }

    @Benchmark
    public List<Gap> figuresAndGaps(Sized s) {
        Figures figures = new Figures(s.fixture.model(), s.fixture.feuille(), SeanceFixture.TODAY);
        figures.keyFigures();
        return figures.gaps();
    }

    @Benchmark
    public ModeleMaillage load(Sized s) throws ModelLoadException {
        return MaillageFiles.load(s.fixture.file().file());
    }
}
