/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;
import org.maillage.viewpoint.DiagramSession;

/**
 * Runs an "Arrange" on the UI thread for ordinary diagrams, and in a {@link Job} with progress for large ones
 * (more than {@link #threshold()} nodes), where ELK takes long enough to freeze the window.
 * <p>
 * The session is not thread-safe and the layout writes into its diagram, so while the job runs the canvas shows a
 * message instead of reading the diagram, and the session's automatic refresh is suspended: roadmap edits made
 * meanwhile (in the form) are collected and applied on the UI thread once the layout is done.
 */
final class LayoutRunner {

    /** Default size from which a layout runs in the background. */
    static final int DEFAULT_THRESHOLD = 300;

    private final DiagramSession session;
    private final DiagramCanvas canvas;
    private final Runnable done;
    private final Display display;
    private int threshold = DEFAULT_THRESHOLD;
    private Job running;

    /**
     * @param session the session to lay out
     * @param canvas the canvas, frozen during a background layout
     * @param done run on the UI thread after each layout (the canvas and the dirty state follow)
     */
    LayoutRunner(DiagramSession session, DiagramCanvas canvas, Runnable done) {
        this.session = session;
        this.canvas = canvas;
        this.done = done;
        display = canvas.control().getDisplay();
    }

    int threshold() {
        return threshold;
    }

    /** @param nodes from how many nodes a layout runs in the background (tests lower it) */
    void setThreshold(int nodes) {
        threshold = nodes;
    }

    /** @return the background layout in progress, or {@code null} */
    Job running() {
        return running;
    }

    /**
     * Runs the layout, in the background when the diagram is large.
     *
     * @param layout what to run on the session (arrange all, arrange selection)
     * @return whether it ran at once (false: a job was scheduled, or one is already running)
     */
    boolean run(Runnable layout) {
        if (running != null) {
            return false;
        }
        if (session.allNodes().size() <= threshold) {
            BusyIndicator.showWhile(display, layout);
            done.run();
            return true;
        }
        canvas.setBusy(Messages.get("layout.running"));
        session.setAutoRefresh(false);
        Job job = new Job(Messages.get("layout.job", session.diagram().getName())) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
                try {
                    layout.run();
                    return Status.OK_STATUS;
                } finally {
                    monitor.done();
                }
            }
        };
        job.setUser(true);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (!display.isDisposed()) {
                    display.asyncExec(LayoutRunner.this::finished);
                }
            }
        });
        running = job;
        job.schedule();
        return false;
    }

    private void finished() {
        running = null;
        if (canvas.control().isDisposed()) {
            return;
        }
        canvas.setBusy(null);
        session.setAutoRefresh(true);
        done.run();
    }
}
