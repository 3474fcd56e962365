/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks.tables;

import static org.maillage.benchmarks.Percentiles.median;
import static org.maillage.benchmarks.Percentiles.percentile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.maillage.model.ModeleMaillage;
import org.maillage.viewpoint.model.description.TableDescription;
import org.maillage.viewpoint.table.Table;
import org.maillage.viewpoint.table.TableSession;

/**
 * "Refresh of a 100 x 100 cross table" against its floor (the same cells by plain Java), measured in pairs in the
 * same run: each round times both, one right after the other in alternating order; reported are the medians and
 * the median of the rounds' ratios (see {@code diagrams.PairedRatio} for why pairs). Not a JMH benchmark.
 * <p>
 * Usage: {@code java -cp maillage-benchmarks.jar org.maillage.benchmarks.tables.TablePairedRatio [OUT] [ROUNDS]}
 */
public final class TablePairedRatio {

    private TablePairedRatio() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        TableDescription description = CrossTableFixture.couvertureQpv();
        ModeleMaillage model = CrossTableFixture.generate(100, 100);
        TableSession session = TableSession.create(model, description);
        Table table = session.table();
        List<Double> floor = new ArrayList<>();
        List<Double> refresh = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        int warmUp = 20;
        for (int i = 0; i < rounds + warmUp; i++) {
            long floorNanos;
            long refreshNanos;
            if (i % 2 == 0) {
                floorNanos = time(() -> CrossTableFixture.plainJava(model));
                refreshNanos = time(session::refresh);
            } else {
                refreshNanos = time(session::refresh);
                floorNanos = time(() -> CrossTableFixture.plainJava(model));
            }
            if (i >= warmUp) {
                floor.add(floorNanos / 1e6);
                refresh.add(refreshNanos / 1e6);
                ratios.add((double) refreshNanos / floorNanos);
            }
        }
        String report = "| Lines x columns (cells) | Plain Java floor (median) | Table refresh (median, p90) "
                + "| Ratio (median of pairs) | Target <= 50 ms |\n| --- | ---: | ---: | ---: | :---: |\n"
                + String.format(Locale.ROOT, "| %d x %d (%,d) | %.2f ms | %.1f ms, %.1f ms | %.0f | %s |%n",
                        table.lines().size(), table.columns().size(), table.lines().size() * table.columns().size(),
                        median(floor), median(refresh), percentile(refresh, 0.9), median(ratios),
                        median(refresh) <= 50 ? "met" : "not met")
                + String.format(Locale.ROOT, "%n%d measured rounds after %d warm-up rounds; diagnostics: %d%n",
                        rounds, warmUp, session.table().diagnostics().size());
        System.out.print(report);
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), report, StandardCharsets.UTF_8);
        }
        session.dispose();
    }

    private static long time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return System.nanoTime() - start;
    }
}
