/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Shell;
import org.maillage.edit.ui.FileReadyNotice;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.edit.RoadmapDocument;

/** Fichier &gt; Exporter &gt; Tableur...: tables, format and file on one page; the file is written by a job. */
final class ExportSpreadsheetWizard extends Wizard {

    private final RoadmapDocument document;
    private ExportSpreadsheetPage page;
    /** The last job started, for tests. */
    ExportJob job;

    ExportSpreadsheetWizard(RoadmapDocument document) {
        this.document = document;
        setWindowTitle(Messages.get("export.title"));
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        page = new ExportSpreadsheetPage(document);
        addPage(page);
    }

    ExportSpreadsheetPage page() {
        return page;
    }

    @Override
    public boolean performFinish() {
        List<String> tables = page.chosenTables();
        Path out = page.output();
        // The job reads a copy taken now: the user may edit the roadmap while the file is being written, and EMF
        // objects are not safe to read from another thread while the UI thread changes them. A copy keeps the
        // uuid attributes, so the sheet comes back onto the original.
        ModeleMaillage copy = EcoreUtil.copy(document.getModel());
        job = new ExportJob(copy, tables, out);
        // Where the file went, as for a report: the wizard is closed by then, so the notice belongs to the window.
        Shell window = (Shell) getShell().getParent();
        ExportJob started = job;
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                List<Path> written = started.written();
                if (event.getResult().getSeverity() < IStatus.ERROR && !written.isEmpty() && !window.isDisposed()) {
                    window.getDisplay().asyncExec(() -> notice(window, written));
                }
            }
        });
        job.schedule();
        return true;
    }

    private static void notice(Shell window, List<Path> written) {
        if (window.isDisposed()) {
            return;
        }
        Path first = written.get(0);
        String names = String.join(", ", written.stream().map(p -> p.getFileName().toString()).toList());
        FileReadyNotice.show(window, Messages.get("export.ready.title"),
                Messages.get("export.ready.message", names, first.toAbsolutePath().getParent()), first);
    }
}
