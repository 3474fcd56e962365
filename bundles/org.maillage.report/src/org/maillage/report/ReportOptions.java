/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a user chose for one report run besides the design and the roadmap: values of the design's report
 * parameters (e.g. {@code diagrammes} of the CTS meeting pack), and who hears the warnings (a figure replaced by a
 * placeholder: the report is still produced).
 *
 * @param parameters report parameter values by name; a design ignores the names it does not declare
 * @param warnings receives each warning once, in French
 */
public record ReportOptions(Map<String, String> parameters, Consumer<String> warnings) {

    /** The report parameter of the CTS meeting pack listing the diagrams to show, as figure ids. */
    public static final String DIAGRAMS = "diagrammes";

    /** No parameter, warnings dropped. */
    public static final ReportOptions NONE = new ReportOptions(Map.of(), warning -> {
    });

    /**
     * @param parameters as the record's
     * @param warnings as the record's
     */
    public ReportOptions {
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(warnings, "warnings");
    }

    /**
     * @param name a parameter name
     * @param value its value
     * @return these options with that parameter set
     */
    public ReportOptions with(String name, String value) {
        Map<String, String> copy = new HashMap<>(parameters);
        copy.put(name, value);
        return new ReportOptions(copy, warnings);
    }

    /**
     * @param receiver who hears the warnings
     * @return these options with that receiver
     */
    public ReportOptions withWarnings(Consumer<String> receiver) {
        return new ReportOptions(parameters, receiver);
    }
}
