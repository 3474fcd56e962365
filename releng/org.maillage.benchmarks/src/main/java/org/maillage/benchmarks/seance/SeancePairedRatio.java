/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks.seance;

import static org.maillage.benchmarks.Percentiles.median;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.maillage.core.persistence.ModelLoadException;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.seance.SnapshotDiff;
import org.maillage.model.seance.Snapshots;

/**
 * The ratios of issue 12's targets, measured in rounds: each round times one load of the generated file (the
 * floor), one freeze, one diff of prepared snapshots and one "freeze current + diff", one right after the other,
 * starting each round with the next of the four (so that none always follows the same one's garbage). A ratio is
 * the median of the rounds' ratios; the times are the medians of the rounds. Both mean that a load which changes
 * during the run weighs on both sides of a ratio. Not a JMH benchmark: a complement to {@link SeanceBenchmark}.
 * <p>
 * Usage: {@code java -Xms3g -Xmx3g -cp maillage-benchmarks.jar org.maillage.benchmarks.seance.SeancePairedRatio
 * [OUT] [ROUNDS]}
 */
public final class SeancePairedRatio {

    private static final int[] SIZES = { 5_000, 100_000 };
    /** Rounds run and thrown away first, while the JIT compiles: at least this many and at least 10 s. */
    private static final int WARM_UP_ROUNDS = 10;
    private static final long WARM_UP_NANOS = 10_000_000_000L;

    private SeancePairedRatio() {
    }

    public static void main(String[] args) throws IOException, ModelLoadException {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 21;
        StringBuilder report = new StringBuilder();
        report.append("Load average at the start: ").append(loadAverage()).append("\n\n");
        report.append("| Elements | Load (floor) | Freeze | Diff | Freeze current + diff | Freeze / load "
                + "| Diff / load | (Freeze + diff) / load |\n");
        report.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        List<String> fixtures = new ArrayList<>();
        for (int elements : SIZES) {
            try (SeanceFixture fixture = SeanceFixture.create(elements)) {
                fixtures.add(String.format(Locale.ROOT, "- %,d elements: %s", elements, fixture.describe()));
                List<Callable<Object>> steps = List.of(
                        () -> MaillageFiles.load(fixture.file().file()),
                        () -> Snapshots.freeze(fixture.model(), fixture.feuille(), SeanceFixture.TODAY),
                        () -> SnapshotDiff.compare(fixture.before(), fixture.after()),
                        () -> SnapshotDiff.compare(fixture.before(),
                                Snapshots.current(fixture.model(), SeanceFixture.TODAY)));
                List<List<Double>> times = new ArrayList<>();
                List<List<Double>> ratios = new ArrayList<>();
                for (int s = 0; s < steps.size(); s++) {
                    times.add(new ArrayList<>());
                    ratios.add(new ArrayList<>());
                }
                long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
                int warmUp = 0;
                for (int round = 0; warmUp < WARM_UP_ROUNDS || System.nanoTime() < warmUpEnd
                        || round - warmUp < rounds; round++) {
                    long[] nanos = new long[steps.size()];
                    for (int k = 0; k < steps.size(); k++) {
                        int s = (round + k) % steps.size();
                        nanos[s] = time(steps.get(s));
                    }
                    if (warmUp < WARM_UP_ROUNDS || System.nanoTime() < warmUpEnd) {
                        warmUp++;
                        continue;
                    }
                    for (int s = 0; s < steps.size(); s++) {
                        times.get(s).add(nanos[s] / 1e6);
                        ratios.get(s).add((double) nanos[s] / nanos[0]);
                    }
                }
                report.append(String.format(Locale.ROOT,
                        "| %,d | %.1f ms | %.1f ms | %.2f ms | %.1f ms | %.2f | %.3f | %.2f |%n", elements,
                        median(times.get(0)), median(times.get(1)), median(times.get(2)), median(times.get(3)),
                        median(ratios.get(1)), median(ratios.get(2)), median(ratios.get(3))));
            }
        }
        report.append("\nLoad average at the end: ").append(loadAverage()).append("\n");
        report.append("Rounds: ").append(rounds).append(" measured per size, after at least ").append(WARM_UP_ROUNDS)
                .append(" rounds and 10 s of warm-up.\n\nFixtures:\n\n");
        fixtures.forEach(f -> report.append(f).append('\n'));
        System.out.print(report);
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), report, StandardCharsets.UTF_8);
        }
    }

    private static long time(Callable<Object> step) {
        long start = System.nanoTime();
        try {
            if (step.call() == null) {
                throw new IllegalStateException("nothing returned");
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - start;
    }

    /** @return the 1, 5 and 15 minute load averages, where Linux tells them */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
