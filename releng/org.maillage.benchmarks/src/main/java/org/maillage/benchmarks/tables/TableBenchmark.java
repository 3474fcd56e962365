/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks.tables;

import java.util.concurrent.TimeUnit;

import org.maillage.model.ModeleMaillage;
import org.maillage.viewpoint.model.description.TableDescription;
import org.maillage.viewpoint.table.TableSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue 13's target: refreshing a 100 x 100 cross table (the shipped "Couverture des QPV" on
 * {@link CrossTableFixture}) takes at most 50 ms. {@link #plainJavaFloor} computes the same cells' texts in plain
 * Java, the floor the ratio is taken against ({@link TablePairedRatio} measures both in pairs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TableBenchmark {

    ModeleMaillage model;
    TableDescription description;
    TableSession session;

    @Setup
    public void setUp() {
        model = CrossTableFixture.generate(100, 100);
        description = CrossTableFixture.couvertureQpv();
        session = TableSession.create(model, description);
    }

    @TearDown
    public void tearDown() {
        session.dispose();
    }

    /** A refresh of the open table: every line, column, cell label and conditional style computed again. */
    @Benchmark
    public Object refresh100x100() {
        return session.refresh();
    }

    /** The same cells by plain Java: the floor. */
    @Benchmark
    public int plainJavaFloor() {
        return CrossTableFixture.plainJava(model);
    }
}
