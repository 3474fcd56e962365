/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import org.eclipse.swt.SWT;
import org.maillage.viewpoint.model.description.Tool;

/**
 * A palette creation tool on the canvas: what it creates is the session's business (a command built from the
 * description's tool); the mode only collects the clicks, then hands the canvas back to the selection tool.
 *
 * @param <T> the kind of description tool
 */
abstract class CreationMode<T extends Tool> implements CanvasTool {

    final T tool;
    final DiagramController controller;
    final DiagramCanvas canvas;
    private final Runnable finished;

    CreationMode(T tool, DiagramController controller, DiagramCanvas canvas, Runnable finished) {
        this.tool = tool;
        this.controller = controller;
        this.canvas = canvas;
        this.finished = finished;
    }

    /** Ends the gesture: the palette and the canvas go back to selection. */
    void finish() {
        finished.run();
    }

    @Override
    public int cursor() {
        return SWT.CURSOR_CROSS;
    }
}
