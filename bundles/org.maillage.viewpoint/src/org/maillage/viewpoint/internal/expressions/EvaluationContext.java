/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.expressions;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.jexl3.JexlContext;
import org.eclipse.emf.ecore.EObject;

/**
 * Variables of one evaluation, its deadline and cancellation flag, and the record of the semantic objects it
 * read (so that an incremental refresh knows what depends on what).
 */
final class EvaluationContext implements JexlContext, JexlContext.CancellationHandle {

    /**
     * The evaluation running on this thread: JEXL gives property resolvers and namespace functions no context.
     * Set and reset around each evaluation (never removed: a removal costs a clean-up of the thread's map).
     */
    static final java.lang.ThreadLocal<EvaluationContext> CURRENT = new java.lang.ThreadLocal<>();

    private final Map<String, Object> variables;
    private final Set<EObject> reads;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final long deadline;
    private final Dependencies dependencies;
    private final ModelIndex index;

    EvaluationContext(Map<String, Object> variables, Dependencies dependencies, ModelIndex index, long deadline) {
        this.variables = variables;
        this.index = index;
        this.dependencies = dependencies;
        this.reads = dependencies == null ? null : dependencies.objects();
        this.deadline = deadline;
    }

    /** @return the model index shared by the evaluations of one refresh, or {@code null} */
    ModelIndex index() {
        return index;
    }

    /** Records that the expression read a feature of {@code object}. */
    void read(EObject object) {
        if (reads != null) {
            reads.add(object);
        }
    }

    /** Records that the result depends on the whole roadmap (all instances, inverse references). */
    void readGlobal() {
        if (dependencies != null) {
            dependencies.markGlobal();
        }
    }

    /** @throws CancelledException when the time limit is over; called by helpers that iterate */
    void checkTime() {
        if (cancelled.get() || System.nanoTime() - deadline > 0) {
            cancelled.set(true);
            throw new CancelledException();
        }
    }

    boolean overdue() {
        return System.nanoTime() - deadline > 0;
    }

    @Override
    public AtomicBoolean getCancellation() {
        return cancelled;
    }

    @Override
    public Object get(String name) {
        return variables.get(name);
    }

    @Override
    public boolean has(String name) {
        return variables.containsKey(name);
    }

    @Override
    public void set(String name, Object value) {
        // Hardened features refuse assignments at parse time; this is the second lock.
        throw new UnsupportedOperationException(name);
    }

    /** Thrown inside an evaluation when its time is over. */
    static final class CancelledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CancelledException() {
            super(null, null, false, false);
        }
    }
}
