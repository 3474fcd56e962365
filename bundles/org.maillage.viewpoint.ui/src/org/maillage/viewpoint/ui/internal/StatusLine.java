/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.maillage.viewpoint.RefreshResult;

/**
 * The line under the canvas: what the diagram holds and the zoom, how many expressions of the viewpoint failed (the
 * first one's message as tooltip, for the modeller), and the last message for the user (why a tool did nothing,
 * why the diagram file was not used).
 */
final class StatusLine {

    private final Label label;
    private final DiagramCanvas canvas;
    private String message;

    StatusLine(Composite parent, DiagramCanvas canvas) {
        this.canvas = canvas;
        label = new Label(parent, SWT.NONE);
        canvas.addViewListener(this::update);
    }

    Label control() {
        return label;
    }

    /** @param text a message for the user, or {@code null} to clear it */
    void show(String text) {
        message = text;
        update();
    }

    String text() {
        return label.getText();
    }

    void update() {
        if (label.isDisposed()) {
            return;
        }
        RefreshResult last = canvas.session().lastResult();
        int problems = last == null ? 0 : last.diagnostics().size();
        String text = Messages.get("status.summary", canvas.index().nodeCount(),
                canvas.session().diagram().getEdges().size(), Math.round(canvas.viewport().zoom() * 100));
        if (problems > 0) {
            text += Messages.get("status.problems", problems);
            label.setToolTipText(last.diagnostics().get(0).message());
        }
        label.setText(message == null ? text : text + "  \u2014  " + message);
    }
}
