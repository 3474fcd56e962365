/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.maillage.benchmarks.RoadmapFixture;
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
 * Report generation in the built product: the first report of a JVM, engine start included; the same report once
 * the engine is warm; the whole CTS pack (the five shipped designs, PDF) for the Eure example and for a generated
 * national-size roadmap (100,000 elements, 20 départements; the pack covers its first roadmap).
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-Djava.awt.headless=true"})
public class ReportBenchmark {

    static final List<String> PACK = List.of("bilan-feuille-de-route", "declinaison-praps", "couverture-territoriale",
            "fiche-cls", "dossier-cts");

    /** The product and a model of each kind, started once per fork. */
    @State(Scope.Benchmark)
    public static class Product {
        @Param({"eure", "national"})
        String model;

        EmbeddedMaillage maillage;
        Object scope;
        RoadmapFixture national;
        Path eure;

        @Setup(Level.Trial)
        public void start() throws Exception {
            maillage = EmbeddedMaillage.start();
            if (model.equals("eure")) {
                eure = Files.createTempFile("eure", ".maillage");
                Files.copy(Path.of("bundles/org.maillage.examples/examples/eure.maillage"), eure,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                scope = maillage.scope(eure);
            } else {
                national = RoadmapFixture.create(100_000);
                scope = maillage.scope(national.file());
            }
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            maillage.close();
            if (national != null) {
                national.close();
            }
            if (eure != null) {
                Files.deleteIfExists(eure);
            }
        }
    }

    /**
     * The first report of a fresh JVM: BIRT's engine starts (platform, factory, sandbox probe), classes load, then
     * the bilan is rendered. One shot per fork, five forks.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-Djava.awt.headless=true"})
    public void firstReportWithEngineStart(Product product) throws Exception {
        product.maillage.pdf("bilan-feuille-de-route", product.scope);
    }

    /** The same report with the engine started and the JIT warm. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public void sameReportWarm(Product product) throws Exception {
        product.maillage.pdf("bilan-feuille-de-route", product.scope);
    }

    /** The five shipped designs in PDF: what an analyst sends before a CTS meeting. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 2, time = 3)
    @Measurement(iterations = 3, time = 3)
    public void wholeCtsPack(Product product) throws Exception {
        for (String design : PACK) {
            product.maillage.pdf(design, product.scope);
        }
    }
}
