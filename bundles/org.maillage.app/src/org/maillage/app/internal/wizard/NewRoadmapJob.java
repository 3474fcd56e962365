/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal.wizard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.progress.IProgressConstants;
import org.maillage.app.MaillageUi;
import org.maillage.app.internal.Messages;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.territory.DepartementInfo;
import org.maillage.territory.NewRoadmap;
import org.maillage.territory.TerritoryImportException;

/**
 * Creates the new roadmap in the background (the territory import reads the whole of France's communes), saves it
 * atomically, then opens it in the roadmap editor. Cancelling before the save leaves nothing on disk.
 */
final class NewRoadmapJob extends Job {

    /** The family of these jobs, for tests. */
    static final Object FAMILY = NewRoadmapJob.class;

    /**
     * What the user asked for.
     *
     * @param departement the département
     * @param annee the year
     * @param file the new file
     * @param territory whether to import the communes and EPCI; without, the département alone is created
     * @param territoryData another millésime's package folder, or {@code null} for the built-in data
     */
    record Request(DepartementInfo departement, int annee, Path file, boolean territory, Path territoryData) {
    }

    private final Request request;
    private final IWorkbenchWindow window;

    NewRoadmapJob(Request request, IWorkbenchWindow window) {
        super(Messages.get("wizard.job", request.departement().nom(), request.annee()));
        this.request = request;
        this.window = window;
        setUser(true);
        // Failures get our own dialog, in French, rather than the platform's generic one.
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 3);
        try {
            progress.subTask(request.territory() ? Messages.get("wizard.job.import")
                    : Messages.get("wizard.job.create"));
            NewRoadmap creation = new NewRoadmap(request.departement(), request.annee());
            ModeleMaillage model = (request.territory() ? creation.withTerritoryData(request.territoryData())
                    : creation.withoutTerritory()).create();
            progress.worked(2);
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            progress.subTask(Messages.get("wizard.job.save", request.file()));
            Files.createDirectories(request.file().toAbsolutePath().getParent());
            MaillageFiles.save(model, request.file());
            progress.worked(1);
        } catch (TerritoryImportException | IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            failed(reason);
            return Status.error(reason, e);
        }
        Display display = window.getShell().getDisplay();
        display.asyncExec(() -> {
            if (!window.getShell().isDisposed()) {
                RoadmapEditors.open(window.getActivePage(), request.file());
            }
        });
        return Status.OK_STATUS;
    }

    private void failed(String reason) {
        Platform.getLog(NewRoadmapJob.class).warn(reason);
        window.getShell().getDisplay().asyncExec(() -> {
            if (!window.getShell().isDisposed()) {
                MessageDialog.openError(window.getShell(), Messages.get("wizard.failed"), reason);
            }
        });
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY || family == MaillageUi.PLUGIN_ID;
    }
}
