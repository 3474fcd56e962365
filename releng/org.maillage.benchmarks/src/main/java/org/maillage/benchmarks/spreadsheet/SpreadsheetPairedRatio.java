/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks.spreadsheet;

import static org.maillage.benchmarks.Percentiles.percentile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.maillage.model.ModeleMaillage;
import org.maillage.spreadsheet.Spreadsheets;

/**
 * "Import of 5,000 rows <= 3x a bare POI read of the same file" measured in pairs in the same run: each round times
 * the import preview ({@link Spreadsheets#preview}) and the floor ({@link SpreadsheetFixture#bareRead}) one right
 * after the other, in alternating order, and the export; the first round (a cold JVM, as a user's first
 * export after starting) is shown apart; reported are the medians and the median of the rounds'
 * ratios (see {@code diagrams.PairedRatio} for why pairs). Not a JMH benchmark.
 * <p>
 * Usage: {@code java -cp maillage-benchmarks.jar org.maillage.benchmarks.spreadsheet.SpreadsheetPairedRatio [OUT]
 * [ROUNDS]}
 */
public final class SpreadsheetPairedRatio {

    private SpreadsheetPairedRatio() {
    }

    /** A measured step; may throw. */
    private interface Step {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmUp = 10;
        ModeleMaillage model = SpreadsheetFixture.generate(SpreadsheetBenchmark.ROWS);
        Path folder = Files.createTempDirectory("maillage-spreadsheet-ratio");
        StringBuilder report = new StringBuilder("| Table (rows) | Export (median) | Bare POI read (median) "
                + "| Import preview (median, p90) | Ratio (median of pairs) | Targets: export <= 1 s, import <= 1.5 s "
                + "and <= 3x | First round (cold JVM): export, import |\n"
                + "| --- | ---: | ---: | ---: | ---: | :---: | ---: |\n");
        for (String table : List.of(SpreadsheetFixture.FICHES, SpreadsheetFixture.FINANCEMENTS)) {
            Path file = folder.resolve(table + ".xlsx");
            List<Double> export = new ArrayList<>();
            List<Double> floor = new ArrayList<>();
            List<Double> preview = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            double[] first = null;
            for (int i = 0; i < rounds + warmUp; i++) {
                long exportNanos = time(() -> Spreadsheets.export(model, List.of(table), file));
                long floorNanos;
                long previewNanos;
                if (i % 2 == 0) {
                    floorNanos = time(() -> SpreadsheetFixture.bareRead(file));
                    previewNanos = time(() -> Spreadsheets.preview(model, file));
                } else {
                    previewNanos = time(() -> Spreadsheets.preview(model, file));
                    floorNanos = time(() -> SpreadsheetFixture.bareRead(file));
                }
                if (first == null) {
                    first = new double[] {exportNanos / 1e6, previewNanos / 1e6};
                }
                if (i >= warmUp) {
                    export.add(exportNanos / 1e6);
                    floor.add(floorNanos / 1e6);
                    preview.add(previewNanos / 1e6);
                    ratios.add((double) previewNanos / floorNanos);
                }
            }
            boolean met = percentile(export, 0.5) <= 1000 && percentile(preview, 0.5) <= 1500
                    && percentile(ratios, 0.5) <= 3;
            report.append(String.format(Locale.ROOT,
                    "| %s (%,d) | %.0f ms | %.0f ms | %.0f ms, %.0f ms | %.2f | %s | %.0f ms, %.0f ms |%n",
                    table, SpreadsheetBenchmark.ROWS, percentile(export, 0.5), percentile(floor, 0.5),
                    percentile(preview, 0.5), percentile(preview, 0.9), percentile(ratios, 0.5),
                    met ? "met" : "not met", first[0], first[1]));
        }
        report.append(String.format(Locale.ROOT, "%n%d measured rounds after %d warm-up rounds; Java %s%n", rounds,
                warmUp, System.getProperty("java.version")));
        System.out.print(report);
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), report, StandardCharsets.UTF_8);
        }
    }

    private static long time(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return System.nanoTime() - start;
    }
}
