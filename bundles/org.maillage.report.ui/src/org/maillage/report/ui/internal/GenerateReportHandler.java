/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.ui.internal;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.maillage.edit.ui.FileReadyNotice;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.report.ReportDesigns;
import org.maillage.report.ReportService;

/**
 * Opens the report wizard on the roadmap of the active editor ({@code getAdapter(RoadmapDocument.class)}). Starts
 * the report engine in the background at once, so that it is ready when the user finishes the wizard.
 */
public final class GenerateReportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        RoadmapDocument document = editor == null ? null : editor.getAdapter(RoadmapDocument.class);
        if (document == null) {
            MessageDialog.openInformation(shell, Messages.get("handler.noRoadmap.title"),
                    Messages.get("handler.noRoadmap"));
            return null;
        }
        ReportService.getDefault().prestart();
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        Path folder = document.getFile() == null ? Path.of(System.getProperty("user.home"))
                : document.getFile().toAbsolutePath().getParent();
        GenerateReportWizard wizard = new GenerateReportWizard(
                ReportDesigns.read(Platform.getExtensionRegistry(), problem -> { }), document.getModel(), folder,
                afterJob(shell.getDisplay(), page));
        new WizardDialog(shell, wizard).open();
        return null;
    }

    /**
     * @param display the workbench's display
     * @param page the page for the preview
     * @return what to do when a report job is done (called on the job's thread): {@link #show} on the UI thread
     */
    static Consumer<ReportRequest> afterJob(Display display, IWorkbenchPage page) {
        return request -> {
            if (!display.isDisposed()) {
                display.asyncExec(() -> show(request, page));
            }
        };
    }

    /** After the job: the "Rapport prêt" notice and, when asked, the preview (on the UI thread). */
    static void show(ReportRequest request, IWorkbenchPage page) {
        if (page == null || page.getWorkbenchWindow().getShell() == null) {
            return;
        }
        Shell shell = page.getWorkbenchWindow().getShell();
        if (request.preview()) {
            try {
                ((ReportPreviewView) page.showView(ReportPreviewView.ID)).show(request.file());
            } catch (PartInitException e) {
                MessageDialog.openError(shell, Messages.get("wizard.title"), e.getMessage());
            }
        }
        Path file = request.file();
        FileReadyNotice.show(shell, Messages.get("notice.title"),
                Messages.get("notice.message", file.getFileName(), file.toAbsolutePath().getParent()), file);
    }
}
