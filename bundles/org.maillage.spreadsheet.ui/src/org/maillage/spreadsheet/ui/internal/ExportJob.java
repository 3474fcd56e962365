/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.maillage.model.ModeleMaillage;
import org.maillage.spreadsheet.SpreadsheetException;
import org.maillage.spreadsheet.Spreadsheets;

/** Writes the spreadsheet in the background; the outcome (files written or why not) is the job's status. */
final class ExportJob extends Job {

    private static final String PLUGIN_ID = "org.maillage.spreadsheet.ui";

    private final ModeleMaillage model;
    private final List<String> tables;
    private final Path out;
    private volatile List<Path> written = List.of();

    ExportJob(ModeleMaillage model, List<String> tables, Path out) {
        super(Messages.get("export.job", out.getFileName()));
        this.model = model;
        this.tables = List.copyOf(tables);
        this.out = out;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(Messages.get("export.job", out.getFileName()), IProgressMonitor.UNKNOWN);
        try {
            // Atomic (Spreadsheets.export): a failed export leaves the previous file as it was.
            written = Spreadsheets.export(model, tables, out);
            return Status.info(Messages.get("export.done",
                    String.join(", ", written.stream().map(Path::toString).toList())));
        } catch (SpreadsheetException | IOException e) {
            return new Status(IStatus.ERROR, PLUGIN_ID, Messages.get("export.failed", out, e.getMessage()), e);
        } finally {
            monitor.done();
        }
    }

    /** @return the files written (one, or one CSV file per table), empty until the job succeeded */
    List<Path> written() {
        return written;
    }
}
