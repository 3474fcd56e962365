/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.roadmap.ui.internal;

import java.io.IOException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.maillage.core.persistence.RecoveryStore;
import org.maillage.model.edit.DocumentRecovery;
import org.maillage.model.edit.RoadmapDocument;

/**
 * The recovery copy of one editor's roadmap: every {@value #PERIOD_MS} ms while the roadmap has unsaved changes,
 * it is serialized on the UI thread (a consistent snapshot) and written by a background job, so that the UI does
 * not wait for the disk. The copy is removed when the roadmap is saved, comes back to its saved state, or is
 * closed without saving.
 */
public final class EditorRecovery {

    /** How often a dirty roadmap is copied. */
    static final int PERIOD_MS = 60_000;

    private final RoadmapDocument document;
    private final DocumentRecovery recovery;
    private final Display display;
    private final Runnable tick = this::tick;
    private final RoadmapDocument.Listener cleanWatcher = this::documentChanged;
    private Job running;
    private boolean disposed;

    EditorRecovery(RoadmapDocument document, RecoveryStore store, Display display) {
        this.document = document;
        this.recovery = new DocumentRecovery(document, store);
        this.display = display;
        document.addListener(cleanWatcher);
        display.timerExec(PERIOD_MS, tick);
    }

    private void tick() {
        if (disposed) {
            return;
        }
        writeNow();
        display.timerExec(PERIOD_MS, tick);
    }

    /**
     * Takes a snapshot now if there are changes no copy holds, and schedules its writing.
     *
     * @return the job writing it, or {@code null} when there was nothing to write
     */
    public Job writeNow() {
        DocumentRecovery.Snapshot snapshot;
        try {
            snapshot = recovery.snapshot();
        } catch (IOException | RuntimeException e) {
            log(e);
            return null;
        }
        if (snapshot == null) {
            return null;
        }
        Job job = Job.create(Messages.get("recovery.job"), (IProgressMonitor monitor) -> {
            try {
                recovery.write(snapshot);
                return Status.OK_STATUS;
            } catch (IOException e) {
                // A missing copy must not disturb the user's work; the next tick tries again.
                return Status.warning(Messages.get("recovery.writeFailed", e.getMessage()), e);
            }
        });
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        running = job;
        job.schedule();
        return job;
    }

    private void documentChanged(RoadmapDocument changed) {
        if (!changed.isDirty()) {
            discard();
        }
    }

    /** Removes the copy (saved, or closed without saving). */
    void discard() {
        try {
            recovery.discard();
        } catch (IOException e) {
            log(e);
        }
    }

    /** Stops copying and removes the copy: the editor is closing, the user has saved or given up the changes. */
    void dispose() {
        disposed = true;
        document.removeListener(cleanWatcher);
        display.timerExec(-1, tick);
        Job last = running;
        if (last != null) {
            last.cancel();
        }
        discard();
    }

    private static void log(Exception e) {
        Platform.getLog(EditorRecovery.class).log(Status.warning(String.valueOf(e.getMessage()), e));
    }
}
