/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.maillage.core.persistence.ModelLoadException;
import org.maillage.model.resource.MaillageFiles;

/**
 * Measures the heap a loaded roadmap keeps (its resource set, objects, uuid map), per size: the used heap after
 * full collections, with and without the loaded model held. JMH measures time, not retained memory, hence this
 * small program; it runs after the JMH run in {@code releng/scripts/run-benchmarks.sh}.
 * <p>
 * Arguments: an optional output file for the Markdown table (also printed on stdout), then the sizes.
 */
public final class RetainedHeap {

    private static final int REPETITIONS = 3;
    private static final int DEFAULT_OPTIONS_LIMIT = 10_000;
    private static final double MB = 1024.0 * 1024.0;

    /** Keeps the loaded model reachable while the heap is measured. */
    private static volatile Object held;

    private RetainedHeap() {
    }

    /** A way of loading a file, measured the same way. */
    @FunctionalInterface
    private interface Loader {
        Object load(RoadmapFixture fixture) throws IOException, ModelLoadException;
    }

    /**
     * @param args {@code [output.md] [sizes...]}; sizes default to 1000 5000 10000 100000
     * @throws Exception when a file cannot be written or read: the run is then worthless
     */
    public static void main(String[] args) throws Exception {
        Path output = args.length > 0 && !args[0].matches("\\d+") ? Path.of(args[0]) : null;
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args) {
            if (arg.matches("\\d+")) {
                sizes.add(Integer.valueOf(arg));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000, 5_000, 10_000, 100_000);
        }
        StringBuilder table = new StringBuilder();
        table.append("| Elements | File (MB) | Retained, Maillage options (MB) | Retained, EMF defaults (MB) |\n");
        table.append("|---:|---:|---:|---:|\n");
        for (int size : sizes) {
            try (RoadmapFixture fixture = RoadmapFixture.create(size)) {
                double file = Files.size(fixture.file()) / MB;
                double ours = retained(fixture, f -> MaillageFiles.load(f.file()));
                String defaults = size <= DEFAULT_OPTIONS_LIMIT
                        ? format(retained(fixture, RoadmapFixture::loadWithDefaultOptions))
                        : "not measured (quadratic load)";
                table.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s |%n", size, format(file), format(ours),
                        defaults));
            }
        }
        String header = "Retained heap after load, median of " + REPETITIONS + " loads, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", -Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m\n\n";
        PrintStream out = System.out;
        out.print(header + table);
        if (output != null) {
            Files.writeString(output, header + table, StandardCharsets.UTF_8);
        }
    }

    private static double retained(RoadmapFixture fixture, Loader loader) throws IOException, ModelLoadException {
        double[] results = new double[REPETITIONS];
        for (int i = 0; i < REPETITIONS; i++) {
            held = null;
            long before = usedAfterGc();
            held = loader.load(fixture);
            long after = usedAfterGc();
            results[i] = (after - before) / MB;
        }
        held = null;
        java.util.Arrays.sort(results);
        return results[REPETITIONS / 2];
    }

    /** Full collections until the used heap stops shrinking, so that only reachable objects are counted. */
    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }

    private static String format(double megabytes) {
        return String.format(Locale.ROOT, "%.1f", megabytes);
    }
}
