/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.wizard.Wizard;
import org.maillage.model.ModeleMaillage;
import org.maillage.report.ReportDesign;

/**
 * "Générer un rapport": one page, then a {@link ReportJob}; the wizard closes at once and the job runs in the
 * background (progress and cancel in the progress view).
 */
final class GenerateReportWizard extends Wizard {

    private final GenerateReportPage page;
    private final Consumer<ReportRequest> done;
    ReportJob job;

    GenerateReportWizard(List<ReportDesign> designs, ModeleMaillage model, Path folder,
            Consumer<ReportRequest> done) {
        this.page = new GenerateReportPage(designs, model, folder);
        this.done = done;
        setWindowTitle(Messages.get("wizard.title"));
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    GenerateReportPage page() {
        return page;
    }

    @Override
    public boolean performFinish() {
        job = new ReportJob(page.request(), done);
        job.schedule();
        return true;
    }
}
