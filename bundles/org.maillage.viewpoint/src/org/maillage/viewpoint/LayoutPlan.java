/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint;

import java.util.function.BooleanSupplier;

import org.maillage.viewpoint.internal.layout.DiagramLayout;

/**
 * A layout of a diagram, in three steps so that a large diagram lays out without freezing the window:
 * {@link DiagramSession#planLayout} copies what the layout needs (on the session's thread),
 * {@link #compute} runs ELK on that copy (on any thread, e.g. in a job), and {@link DiagramSession#applyLayout}
 * writes the positions into the diagram (on the session's thread again). Until then the diagram is untouched:
 * a cancelled plan is simply dropped.
 */
public final class LayoutPlan {

    private final DiagramLayout.Plan plan;

    LayoutPlan(DiagramLayout.Plan plan) {
        this.plan = plan;
    }

    /** @return how many nodes and containers the layout places */
    public int size() {
        return plan.size();
    }

    /**
     * Computes the positions; thread-safe with respect to the session (the diagram is not read).
     *
     * @param cancelled asked now and then (e.g. a job's monitor), or {@code null}
     * @return whether it finished; when it did not, there is nothing to apply
     */
    public boolean compute(BooleanSupplier cancelled) {
        return plan.compute(cancelled);
    }

    DiagramLayout.Plan plan() {
        return plan;
    }
}
