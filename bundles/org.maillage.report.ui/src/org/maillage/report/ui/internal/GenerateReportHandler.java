/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
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
                request -> shell.getDisplay().asyncExec(() -> show(request, page)));
        new WizardDialog(shell, wizard).open();
        return null;
    }

    /** After the job: the system viewer and, when asked, the preview (on the UI thread). */
    static void show(ReportRequest request, IWorkbenchPage page) {
        if (request.open()) {
            Program.launch(request.file().toString());
        }
        if (request.preview() && page != null && !Display.getCurrent().isDisposed()) {
            try {
                ((ReportPreviewView) page.showView(ReportPreviewView.ID)).show(request.file());
            } catch (PartInitException e) {
                MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.get("wizard.title"),
                        e.getMessage());
            }
        }
    }
}
