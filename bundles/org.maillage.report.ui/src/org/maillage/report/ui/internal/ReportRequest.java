/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.ui.internal;

import java.nio.file.Path;

import org.maillage.report.OutputFormat;
import org.maillage.report.ReportDesign;
import org.maillage.report.data.ReportScope;

/**
 * What the wizard asks for: a design, the scope (roadmap and date), the format and the file.
 *
 * @param design the design
 * @param scope the model, roadmap, date of the situation and meeting
 * @param format the output format
 * @param file where to write
 * @param preview whether to show an HTML preview in the workbench
 */
record ReportRequest(ReportDesign design, ReportScope scope, OutputFormat format, Path file, boolean preview) {
}
