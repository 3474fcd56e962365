/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import org.eclipse.swt.widgets.Event;
import org.maillage.viewpoint.model.description.NodeCreationTool;

/**
 * A palette node tool: a click on the background or in a container creates the element there (pinned where the
 * user clicked).
 */
final class NodeCreationMode extends CreationMode<NodeCreationTool> {

    NodeCreationMode(NodeCreationTool tool, DiagramController controller, DiagramCanvas canvas, Runnable finished) {
        super(tool, controller, canvas, finished);
    }

    @Override
    public void mouseDown(Event event, double x, double y) {
        controller.createNode(tool, canvas.index().containerAt(x, y), x, y);
        finish();
    }
}
