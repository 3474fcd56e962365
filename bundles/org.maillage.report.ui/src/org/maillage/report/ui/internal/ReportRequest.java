/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.maillage.report.OutputFormat;
import org.maillage.report.ReportDesign;
import org.maillage.report.ReportOptions;
import org.maillage.report.data.ReportScope;

/**
 * What the wizard asks for: a design, the scope (roadmap and date), the format and the file.
 *
 * @param design the design
 * @param scope the model, roadmap, date of the situation and meeting
 * @param format the output format
 * @param file where to write
 * @param preview whether to show an HTML preview in the workbench
 * @param diagrams the figure ids of the diagrams chosen for the dossier de séance; empty for the design's default
 */
record ReportRequest(ReportDesign design, ReportScope scope, OutputFormat format, Path file, boolean preview,
        List<String> diagrams) {

    /** As the record, with the design's default diagrams. */
    ReportRequest(ReportDesign design, ReportScope scope, OutputFormat format, Path file, boolean preview) {
        this(design, scope, format, file, preview, List.of());
    }

    /** @return the report parameters of this request, and a log for its warnings */
    ReportOptions options() {
        ReportOptions options = ReportOptions.NONE.withWarnings(warning -> ILog.of(ReportRequest.class).warn(
                design.id() + " : " + warning));
        return diagrams.isEmpty() ? options : options.with(ReportOptions.DIAGRAMS, String.join(",", diagrams));
    }
}
