/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report;

import java.net.URL;
import java.time.Duration;
import java.util.Objects;

/**
 * What one report run may do besides laying out its data: how long its scripts may run, and where the design comes
 * from (its folder, or its bundle, is the only place it may read libraries, style sheets and images from).
 *
 * @param designLocation where the design was read from, or {@code null} when it is only a stream (then it may read
 *        nothing besides itself)
 * @param scriptTimeout how long all the scripts and expressions of the run may take together
 */
public record RenderLimits(URL designLocation, Duration scriptTimeout) {

    /** The default time limit of a run's scripts. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /**
     * @param designLocation as the record's
     * @param scriptTimeout as the record's; positive
     */
    public RenderLimits {
        Objects.requireNonNull(scriptTimeout, "scriptTimeout");
        if (scriptTimeout.isNegative() || scriptTimeout.isZero()) {
            throw new IllegalArgumentException("scriptTimeout must be positive: " + scriptTimeout);
        }
    }

    /**
     * @param designLocation where the design was read from, or {@code null}
     * @return the default limits for that design
     */
    public static RenderLimits of(URL designLocation) {
        return new RenderLimits(designLocation, DEFAULT_TIMEOUT);
    }

    /**
     * @param timeout the time limit of the run's scripts
     * @return these limits with that time limit
     */
    public RenderLimits withScriptTimeout(Duration timeout) {
        return new RenderLimits(designLocation, timeout);
    }
}
