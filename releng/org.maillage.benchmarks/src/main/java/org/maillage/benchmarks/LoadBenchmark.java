/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;
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
 * Loading a roadmap file: with Maillage's options ({@link MaillageFiles#load}: hardened parser, deferred IDREF
 * resolution and attachment, intrinsic ID map, parser pool, name-to-feature map) and with EMF's defaults on the
 * same file.
 * <p>
 * EMF's defaults resolve each uuid reference by walking the tree, which is quadratic: a 100k-element file would
 * take minutes per load, so they are measured up to 10k elements only.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class LoadBenchmark {

    /** A generated file of every measured size. */
    @State(Scope.Benchmark)
    public static class AnySize {
        @Param({"1000", "5000", "10000", "100000"})
        int elements;

        RoadmapFixture fixture;

        @Setup(Level.Trial)
        public void generate() throws IOException, ModelLoadException {
            fixture = RoadmapFixture.create(elements);
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            fixture.close();
        }
    }

    /** The sizes EMF's default options load in seconds, not minutes. */
    @State(Scope.Benchmark)
    public static class UpTo10k {
        @Param({"1000", "5000", "10000"})
        int elements;

        RoadmapFixture fixture;

        @Setup(Level.Trial)
        public void generate() throws IOException, ModelLoadException {
            fixture = RoadmapFixture.create(elements);
            // Both ways must read the same content, else the comparison means nothing.
            int loaded = RoadmapFixture.countElements(fixture.loadWithDefaultOptions());
            if (loaded != elements) {
                throw new IllegalStateException("Options par défaut : " + loaded + " éléments lus sur " + elements);
            }
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            fixture.close();
        }
    }

    /**
     * @param roadmap the file to load
     * @return the loaded root, so that the JIT cannot drop the load
     * @throws ModelLoadException never on a generated file
     */
    @Benchmark
    public ModeleMaillage maillageOptions(AnySize roadmap) throws ModelLoadException {
        return MaillageFiles.load(roadmap.fixture.file());
    }

    /**
     * @param roadmap the file to load
     * @return the loaded root
     * @throws IOException never on a generated file
     */
    @Benchmark
    public EObject emfDefaultOptions(UpTo10k roadmap) throws IOException {
        return roadmap.fixture.loadWithDefaultOptions();
    }
}
