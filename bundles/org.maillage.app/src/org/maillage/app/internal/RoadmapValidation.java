/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.validation.RuleDiagnostic;
import org.maillage.validation.ValidationSnapshot;

/**
 * Validates the roadmap shown in a background job, again a short while after each change, and hands the problems to
 * the UI thread.
 * <p>
 * The model belongs to the UI thread, where every command runs: the job validates a {@link ValidationSnapshot} taken
 * on the UI thread, whose problems name the original elements (the diagram editors validate the same way, so they
 * decorate the same problems). A newer validation cancels the older one, whose result is dropped.
 */
final class RoadmapValidation {

    /** The family of the validation jobs, for tests and for cancelling them together. */
    static final Object FAMILY = RoadmapValidation.class;

    /** How long after the last change the roadmap is validated again, in milliseconds. */
    static final int DELAY = 500;

    private final Display display;
    private final Consumer<List<Problem>> onResult;
    private final Runnable onStart;
    private final RoadmapDocument.Listener changes = document -> validateSoon();
    private final Runnable delayed = this::validateNow;
    private RoadmapDocument document;
    private Job job;
    private int generation;

    /**
     * @param display the UI thread's display
     * @param onStart told on the UI thread when a validation starts
     * @param onResult given the problems on the UI thread, sorted as the model is; never for a stale validation
     */
    RoadmapValidation(Display display, Runnable onStart, Consumer<List<Problem>> onResult) {
        this.display = display;
        this.onStart = onStart;
        this.onResult = onResult;
    }

    /** @param shown the roadmap to validate from now on (validated at once), or {@code null} */
    void follow(RoadmapDocument shown) {
        if (document != null) {
            document.removeListener(changes);
        }
        cancel();
        document = shown;
        if (shown != null) {
            shown.addListener(changes);
            validateNow();
        } else {
            onResult.accept(List.of());
        }
    }

    /** Validates {@link #DELAY} ms after the last call: a burst of edits gives one validation. */
    void validateSoon() {
        display.timerExec(-1, delayed);
        display.timerExec(DELAY, delayed);
    }

    /** Starts a validation of the roadmap as it is now, cancelling any running one. */
    void validateNow() {
        display.timerExec(-1, delayed);
        if (document == null) {
            return;
        }
        cancel();
        int current = ++generation;
        ValidationSnapshot snapshot = ValidationSnapshot.take(document.getModel());
        onStart.run();
        job = snapshot.job(Messages.get("problems.job", document.getModel().getNom()), FAMILY, found -> {
            List<Problem> problems = new ArrayList<>();
            for (RuleDiagnostic diagnostic : found) {
                problems.add(new Problem(diagnostic.getSeverityLevel(), diagnostic.getElement(),
                        diagnostic.getMessage(), diagnostic.getRuleCode()));
            }
            display.asyncExec(() -> {
                if (current == generation) {
                    onResult.accept(problems);
                }
            });
        });
        job.schedule();
    }

    /** @return whether a validation is waiting or running */
    boolean isBusy() {
        return job != null && job.getState() != Job.NONE;
    }

    private void cancel() {
        display.timerExec(-1, delayed);
        generation++;
        if (job != null) {
            job.cancel();
            job = null;
        }
    }

    /** Stops following and cancels a running validation. */
    void dispose() {
        follow(null);
    }
}
