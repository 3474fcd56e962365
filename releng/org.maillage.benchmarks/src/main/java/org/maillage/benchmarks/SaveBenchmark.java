/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
 * Saving a loaded roadmap with {@link MaillageFiles#save}, as the workbench does: XMI to a temporary file, fsync,
 * copy of the previous version to {@code .bak}, atomic rename, fsync of the folder. The disk's fsync is part of
 * what users wait for, so it is measured too.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class SaveBenchmark {

    /** A generated model, loaded from its file, and where to save it. */
    @State(Scope.Benchmark)
    public static class LoadedRoadmap {
        @Param({"1000", "5000", "10000", "100000"})
        int elements;

        RoadmapFixture fixture;
        ModeleMaillage model;
        Path target;

        @Setup(Level.Trial)
        public void load() throws IOException, ModelLoadException {
            fixture = RoadmapFixture.create(elements);
            model = MaillageFiles.load(fixture.file());
            target = fixture.file().resolveSibling("copie.maillage");
        }

        @TearDown(Level.Trial)
        public void delete() throws IOException {
            fixture.close();
        }
    }

    /**
     * @param roadmap the model to save
     * @throws IOException when the temporary folder cannot be written
     */
    @Benchmark
    public void maillageSave(LoadedRoadmap roadmap) throws IOException {
        MaillageFiles.save(roadmap.model, roadmap.target);
    }
}
