/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks.diagrams;

import static org.maillage.benchmarks.Percentiles.median;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.maillage.model.ModeleMaillage;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.model.description.DiagramDescription;

/**
 * The ratio "interpret + layout" / "bare ELK layout", measured in pairs: each round runs both, one right after
 * the other (in alternating order), and the ratio is the median of the rounds' ratios. On machines whose cores are shared with other
 * jobs, JMH's separate runs of the two benchmarks can meet different loads minutes apart (their error bars then
 * exceed their means); a pair meets the same load. Not a JMH benchmark: a complement to {@link DiagramBenchmark}.
 * <p>
 * Usage: {@code java -cp maillage-benchmarks.jar org.maillage.benchmarks.diagrams.PairedRatio [OUT] [ROUNDS]}
 */
public final class PairedRatio {

    private PairedRatio() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        DiagramDescription description = DiagramBenchmark.description();
        StringBuilder report = new StringBuilder();
        report.append("| Nodes | Edges | Bare ELK (median) | Interpret + layout (median) ")
                .append("| Ratio (median of pairs) |\n");
        report.append("| ---: | ---: | ---: | ---: | ---: |\n");
        for (int nodes : new int[] { 100, 500, 1000, 2000 }) {
            ModeleMaillage model = ArticulationGenerator.generate(nodes);
            DiagramSession reference = DiagramSession.create(model, description);
            List<Double> bare = new ArrayList<>();
            List<Double> ours = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < rounds + 5; i++) {
                // Alternate which runs first, so that neither always pays for the other's garbage collection.
                long bareNanos;
                long oursNanos;
                if (i % 2 == 0) {
                    bareNanos = time(() -> DiagramBenchmark.layOut(reference.diagram(), description));
                    oursNanos = time(() -> DiagramSession.create(model, description).dispose());
                } else {
                    oursNanos = time(() -> DiagramSession.create(model, description).dispose());
                    bareNanos = time(() -> DiagramBenchmark.layOut(reference.diagram(), description));
                }
                if (i >= 5) {
                    bare.add(bareNanos / 1e6);
                    ours.add(oursNanos / 1e6);
                    ratios.add((double) oursNanos / bareNanos);
                }
            }
            report.append(String.format(Locale.ROOT, "| %,d | %,d | %.1f ms | %.1f ms | %.2f |%n",
                    reference.allNodes().size(), reference.diagram().getEdges().size(), median(bare), median(ours),
                    median(ratios)));
            reference.dispose();
        }
        System.out.print(report);
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), report, StandardCharsets.UTF_8);
        }
    }

    private static long time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return System.nanoTime() - start;
    }
}
