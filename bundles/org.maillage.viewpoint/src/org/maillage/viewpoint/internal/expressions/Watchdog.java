/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.expressions;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One daemon thread that raises JEXL's cancellation flag of the evaluations past their deadline. Each thread that
 * evaluates has one slot, registered once, holding its current evaluation: starting and ending an evaluation is
 * one volatile write (no timer task, no set update per evaluation). The thread starts with the first evaluation.
 */
final class Watchdog implements Runnable {

    static final Watchdog INSTANCE = new Watchdog();

    private static final long PERIOD_MS = 10;

    /** The evaluation a thread is running, or null. */
    private static final class Slot {
        volatile EvaluationContext current;
    }

    private final Set<Slot> slots = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Slot> slot = ThreadLocal.withInitial(() -> {
        Slot created = new Slot();
        slots.add(created);
        return created;
    });
    private volatile Thread thread;

    private Watchdog() {
    }

    void watch(EvaluationContext context) {
        slot.get().current = context;
        if (thread == null) {
            start();
        }
    }

    void unwatch(EvaluationContext context) {
        slot.get().current = null;
    }

    private synchronized void start() {
        if (thread == null) {
            thread = new Thread(this, "maillage-expression-watchdog");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public void run() {
        while (true) {
            for (Slot watched : slots) {
                EvaluationContext context = watched.current;
                if (context != null && context.overdue()) {
                    context.getCancellation().set(true);
                }
            }
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
