/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jgit.lib.ProgressMonitor;

/**
 * JGit's progress reports passed to an Eclipse monitor, and the monitor's cancel button passed back to JGit, which
 * checks it between packets and objects: a fetch, push or clone stops soon after the user cancels.
 */
public final class JGitMonitor implements ProgressMonitor {

    private final IProgressMonitor monitor;

    /** @param monitor the Eclipse monitor to report to (its work is not counted: JGit's totals are unknown ahead) */
    public JGitMonitor(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void start(int totalTasks) {
        // Nothing: the Eclipse monitor's work is set by the caller.
    }

    @Override
    public void beginTask(String title, int totalWork) {
        monitor.subTask(title);
    }

    @Override
    public void update(int completed) {
        // Nothing: JGit's counts are per task and would overflow the caller's share of the work.
    }

    @Override
    public void endTask() {
        // Nothing.
    }

    @Override
    public boolean isCancelled() {
        return monitor.isCanceled();
    }

    @Override
    public void showDuration(boolean enabled) {
        // Nothing.
    }
}
