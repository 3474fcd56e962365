/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks.merge;

import static org.maillage.benchmarks.Percentiles.percentile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.maillage.merge.ModelMerge;
import org.maillage.model.resource.MaillageFiles;

/**
 * "Merge <= 3x one load of the same file, in the same run" (#16) measured in pairs: each round times one load of
 * the base file and one merge of the three loaded versions, one right after the other in alternating order, so that
 * both see the same load of a shared machine; reported are the medians and the median of the rounds' ratios (see
 * {@code diagrams.PairedRatio} for why pairs). The versions are {@link MergeBenchmark}'s. Not a JMH benchmark.
 * <p>
 * Usage: {@code java -cp maillage-benchmarks.jar org.maillage.benchmarks.merge.MergePairedRatio [OUT] [ROUNDS]}
 * (the 100,000-element roadmap gets a quarter of the rounds, at least 5).
 */
public final class MergePairedRatio {

    private MergePairedRatio() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        StringBuilder report = new StringBuilder("| Elements | Load (median) | Merge (median, p90) "
                + "| Ratio merge / load (median of pairs) | Targets: merge <= 500 ms at 10k, <= 3x |\n"
                + "| ---: | ---: | ---: | ---: | :---: |\n");
        for (int elements : new int[] {10_000, 100_000}) {
            int measured = elements > 10_000 ? Math.max(5, rounds / 4) : rounds;
            int warmUp = Math.max(3, measured / 2);
            MergeBenchmark.Versions versions = new MergeBenchmark.Versions();
            versions.elements = elements;
            versions.generate();
            try {
                List<Double> load = new ArrayList<>();
                List<Double> merge = new ArrayList<>();
                List<Double> ratios = new ArrayList<>();
                for (int i = 0; i < warmUp + measured; i++) {
                    long loadNanos;
                    long mergeNanos;
                    if (i % 2 == 0) {
                        loadNanos = timeLoad(versions);
                        mergeNanos = timeMerge(versions);
                    } else {
                        mergeNanos = timeMerge(versions);
                        loadNanos = timeLoad(versions);
                    }
                    if (i >= warmUp) {
                        load.add(loadNanos / 1e6);
                        merge.add(mergeNanos / 1e6);
                        ratios.add((double) mergeNanos / loadNanos);
                    }
                }
                boolean met = percentile(ratios, 0.5) <= 3
                        && (elements > 10_000 || percentile(merge, 0.5) <= 500);
                report.append(String.format(Locale.ROOT, "| %,d | %.0f ms | %.0f ms, %.0f ms | %.2f | %s |%n",
                        elements, percentile(load, 0.5), percentile(merge, 0.5), percentile(merge, 0.9),
                        percentile(ratios, 0.5), met ? "met" : "not met"));
            } finally {
                versions.delete();
            }
        }
        report.append(String.format(Locale.ROOT,
                "%n%d measured rounds at 10k, %d at 100k, after warm-up rounds; Java %s; %d processors%n", rounds,
                Math.max(5, rounds / 4), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors()));
        System.out.print(report);
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), report, StandardCharsets.UTF_8);
        }
    }

    private static long timeLoad(MergeBenchmark.Versions versions) throws Exception {
        long start = System.nanoTime();
        MaillageFiles.load(versions.fixture.file());
        return System.nanoTime() - start;
    }

    private static long timeMerge(MergeBenchmark.Versions versions) {
        long start = System.nanoTime();
        if (!ModelMerge.merge(versions.baseResource, versions.oursResource, versions.theirsResource).isClean()) {
            throw new IllegalStateException("the benchmark's versions must merge cleanly");
        }
        return System.nanoTime() - start;
    }
}
