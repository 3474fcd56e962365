/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.maillage.report.RenderLimits;
import org.maillage.report.ReportException;
import org.maillage.report.ReportService;

/**
 * Produces a report in the background: the workbench stays usable, the progress view shows it, and Cancel stops
 * BIRT's task. The file is written under a temporary name and renamed when complete, so a cancelled or failed
 * report leaves nothing behind. Headless: what happens with the file afterwards is the caller's {@code done}.
 */
final class ReportJob extends Job {

    private static final String PLUGIN_ID = "org.maillage.report.ui";

    private final ReportRequest request;
    private final Consumer<ReportRequest> done;

    ReportJob(ReportRequest request, Consumer<ReportRequest> done) {
        super(Messages.get("job.name", request.design().name()));
        this.request = request;
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(Messages.get("job.task", request.design().name()), IProgressMonitor.UNKNOWN);
        Path partial = null;
        try {
            Path folder = request.file().toAbsolutePath().getParent();
            Files.createDirectories(folder);
            // Not createTempFile: its owner-only permissions would stay on the report, a file meant to be shared
            // (the dossier de séance goes to the CTS members). CREATE_NEW with the folder's usual permissions.
            partial = Files.createFile(folder.resolve(".maillage-rapport-" + UUID.randomUUID() + ".part"));
            try (OutputStream out = Files.newOutputStream(partial)) {
                ReportService.getDefault().generate(request.design(), request.scope(), request.format(), out,
                        monitor::isCanceled, RenderLimits.DEFAULT_TIMEOUT, request.options());
            }
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            Files.move(partial, request.file(), StandardCopyOption.REPLACE_EXISTING);
            done.accept(request);
            return Status.info(Messages.get("job.done", request.file()));
        } catch (ReportException e) {
            return monitor.isCanceled() ? Status.CANCEL_STATUS
                    : new Status(IStatus.ERROR, PLUGIN_ID, Messages.get("job.failed", e.getMessage()), e);
        } catch (IOException e) {
            return new Status(IStatus.ERROR, PLUGIN_ID, Messages.get("job.failed", e.getMessage()), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    // A leftover temporary file is harmless; the outcome is in the status.
                }
            }
            monitor.done();
        }
    }
}
