/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The order statistics the paired-ratio runs report: medians and percentiles of measured rounds. */
public final class Percentiles {

    private Percentiles() {
    }

    /** @return the value below which a share {@code p} of the values lie (nearest rank, upper for the median) */
    public static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p)));
    }

    /** @return the median, the upper one of an even count */
    public static double median(List<Double> values) {
        return percentile(values, 0.5);
    }
}
