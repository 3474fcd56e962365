/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.maillage.model.ModeleMaillage;
import org.maillage.report.ReportDesign;

/**
 * "Générer un rapport": one page, then a {@link ReportJob}; the wizard closes at once and the job runs in the
 * background (progress and cancel in the progress view). An existing file is replaced only once the user said so.
 */
final class GenerateReportWizard extends Wizard {

    private final GenerateReportPage page;
    private final Consumer<ReportRequest> done;
    ReportJob job;
    /**
     * Asked before an existing file is replaced; answers whether to replace it. Package-visible so that the tests
     * answer without a modal dialog.
     */
    Predicate<Path> confirmOverwrite = this::askOverwrite;

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
        ReportRequest request = page.request();
        if (Files.exists(request.file()) && !confirmOverwrite.test(request.file())) {
            // The wizard stays open on the file field, for another name.
            page.file.setFocus();
            page.file.selectAll();
            return false;
        }
        job = new ReportJob(request, done);
        job.schedule();
        return true;
    }

    private boolean askOverwrite(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        MessageDialog dialog = new MessageDialog(getShell(), Messages.get("overwrite.title"), null,
                Messages.get("overwrite.question", file.getFileName(), folder), MessageDialog.QUESTION, 1,
                Messages.get("overwrite.replace"), Messages.get("overwrite.cancel"));
        return dialog.open() == 0;
    }
}
