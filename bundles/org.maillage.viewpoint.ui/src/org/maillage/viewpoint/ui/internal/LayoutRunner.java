/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.LayoutPlan;

/**
 * Runs a layout ({@link LayoutPlan}): on the UI thread for ordinary diagrams, and for large ones (more than
 * {@link #threshold()} nodes, where ELK takes long enough to freeze the window) ELK computes in a {@link Job} with
 * progress and cancel, and the positions are applied back on the UI thread.
 * <p>
 * The job reads only the plan's copy of the diagram, never the session. Meanwhile the canvas shows a message
 * instead of positions about to change, and the session's automatic refresh is suspended: roadmap edits made in the
 * form are collected and applied once the layout is in. A cancelled layout changes nothing (a cancelled first layout
 * leaves the nodes unplaced, and the status line says to use "Organiser tout").
 * <p>
 * A layout the user asked for ("Organiser tout") goes on the roadmap's command stack as a view change, so
 * Édition > Annuler puts the nodes back; the first layout of a diagram being opened is not an edit and does not.
 */
final class LayoutRunner {

    /** Default size from which a layout runs in the background. */
    static final int DEFAULT_THRESHOLD = 300;
    /**
     * System property giving another size from which layouts run in the background (e.g. lower on a slow desktop,
     * {@code -Dmaillage.diagram.backgroundLayoutNodes=100} in {@code MAILLAGE_VMARGS}).
     */
    static final String THRESHOLD_PROPERTY = "maillage.diagram.backgroundLayoutNodes";

    private final DiagramSession session;
    private final CommandStack stack;
    private final DiagramCanvas canvas;
    private final Consumer<String> status;
    private final Display display;
    private int threshold = Integer.getInteger(THRESHOLD_PROPERTY, DEFAULT_THRESHOLD);
    private Job running;
    /** Whether the running job is the first layout of an opened diagram (its nodes have no positions yet). */
    private boolean first;

    /**
     * @param session the session to lay out
     * @param stack the roadmap's command stack, for the layouts the user asks for
     * @param canvas the canvas, frozen during a background layout
     * @param status shows the user a short message (a cancelled layout), or clears it with {@code null}
     */
    LayoutRunner(DiagramSession session, CommandStack stack, DiagramCanvas canvas, Consumer<String> status) {
        this.session = session;
        this.stack = stack;
        this.canvas = canvas;
        this.status = status;
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

    /** @return whether the first layout of the diagram runs in the background: its nodes are not placed yet */
    boolean placingFirst() {
        return running != null && first;
    }

    /**
     * Runs a layout, in the background when the diagram is large.
     *
     * @param plan the layout, as {@link DiagramSession#planLayout} prepared it
     * @param label the name of the change on the command stack, or {@code null} for the first layout of an opened
     *        diagram (not undoable, not a change to save)
     * @param beforeApply run just before the positions are applied, within the same undoable change (e.g. unpin
     *        the nodes of "arrange selection"), or {@code null}
     * @return whether it ran at once (false: a job was scheduled, or one is already running)
     */
    boolean run(LayoutPlan plan, String label, Runnable beforeApply) {
        if (running != null) {
            return false;
        }
        if (plan.size() <= threshold) {
            BusyIndicator.showWhile(display, () -> plan.compute(null));
            apply(plan, label, beforeApply);
            return true;
        }
        canvas.setBusy(Messages.get("layout.running"));
        session.setAutoRefresh(false);
        Job job = new Job(Messages.get("layout.job", session.diagram().getName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
                try {
                    return plan.compute(monitor::isCanceled) ? Status.OK_STATUS : Status.CANCEL_STATUS;
                } finally {
                    monitor.done();
                }
            }
        };
        job.setUser(true);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                boolean computed = event.getResult().isOK();
                if (!display.isDisposed()) {
                    display.asyncExec(() -> finished(plan, label, beforeApply, computed));
                }
            }
        });
        running = job;
        first = label == null;
        job.schedule();
        return false;
    }

    private void finished(LayoutPlan plan, String label, Runnable beforeApply, boolean computed) {
        running = null;
        if (canvas.control().isDisposed()) {
            return;
        }
        try {
            if (computed) {
                apply(plan, label, beforeApply);
            } else if (label == null) {
                // The first layout was stopped: the nodes have no place yet, "Organiser tout" gives them one.
                status.accept(Messages.get("layout.firstCancelled"));
            }
        } finally {
            canvas.setBusy(null);
            session.setAutoRefresh(true);
        }
    }

    /** Stops the background layout, if any (the editor closes): its result would be applied to nothing. */
    void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Applies the positions (the session tells its listeners, the canvas among them), undoably when labelled. */
    private void apply(LayoutPlan plan, String label, Runnable beforeApply) {
        Runnable change = () -> {
            if (beforeApply != null) {
                beforeApply.run();
            }
            session.applyLayout(plan);
        };
        if (label == null) {
            change.run();
        } else {
            stack.execute(session.viewChange(label, change, null));
        }
    }
}
