/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.expressions;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One daemon thread that raises JEXL's cancellation flag of the evaluations past their deadline. Polling keeps
 * the cost of an evaluation to a set insertion (no timer task per evaluation); the thread starts with the first
 * evaluation and sleeps while nothing is watched.
 */
final class Watchdog implements Runnable {

    static final Watchdog INSTANCE = new Watchdog();

    private static final long PERIOD_MS = 10;

    private final Set<EvaluationContext> watched = ConcurrentHashMap.newKeySet();
    private Thread thread;

    private Watchdog() {
    }

    void watch(EvaluationContext context) {
        watched.add(context);
        if (thread == null) {
            start();
        }
    }

    void unwatch(EvaluationContext context) {
        watched.remove(context);
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
            for (EvaluationContext context : watched) {
                if (context.overdue()) {
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
