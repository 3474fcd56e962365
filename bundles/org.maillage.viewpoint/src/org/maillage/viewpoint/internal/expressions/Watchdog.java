/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.expressions;

import java.util.Arrays;

/**
 * One daemon thread that raises JEXL's cancellation flag of the evaluations past their deadline. Each thread that
 * evaluates has one slot, registered once, holding its current evaluation: starting and ending an evaluation is
 * one volatile write (no timer task, no set update per evaluation). The thread starts with the first evaluation.
 * <p>
 * The watchdog must outlive what it watches: an evaluation that exhausts the heap makes allocations fail on every
 * thread, the watchdog's included, and a watchdog that died then left every later evaluation without a limit.
 * So its loop allocates nothing (slots are read from an array replaced only when a thread registers), it survives
 * any {@link Throwable} thrown in its loop, and {@link #watch} starts a new thread if it died anyway.
 */
final class Watchdog implements Runnable {

    static final Watchdog INSTANCE = new Watchdog();

    private static final long PERIOD_MS = 10;

    /** The evaluation a thread is running, or null. */
    private static final class Slot {
        volatile EvaluationContext current;
    }

    /** Copy-on-write: replaced (rarely) when a thread evaluates for the first time, read without allocation. */
    private volatile Slot[] slots = new Slot[0];
    private final ThreadLocal<Slot> slot = ThreadLocal.withInitial(this::register);
    private volatile Thread thread;

    private Watchdog() {
    }

    private synchronized Slot register() {
        Slot created = new Slot();
        Slot[] grown = Arrays.copyOf(slots, slots.length + 1);
        grown[slots.length] = created;
        slots = grown;
        return created;
    }

    void watch(EvaluationContext context) {
        slot.get().current = context;
        Thread running = thread;
        if (running == null || !running.isAlive()) {
            start();
        }
    }

    void unwatch(EvaluationContext context) {
        slot.get().current = null;
    }

    /** @return whether the watchdog thread is running (tests) */
    boolean running() {
        Thread running = thread;
        return running != null && running.isAlive();
    }

    private synchronized void start() {
        if (thread == null || !thread.isAlive()) {
            Thread started = new Thread(this, "maillage-expression-watchdog");
            started.setDaemon(true);
            started.start();
            thread = started;
        }
    }

    @Override
    public void run() {
        while (true) {
            try {
                Slot[] watched = slots;
                for (int i = 0; i < watched.length; i++) {
                    EvaluationContext context = watched[i].current;
                    if (context != null && context.overdue()) {
                        context.getCancellation().set(true);
                    }
                }
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) { // NOPMD: an OutOfMemoryError caused by an evaluation must not end the limits
                // Nothing to report from here (reporting allocates); the next round tries again.
            }
        }
    }
}
