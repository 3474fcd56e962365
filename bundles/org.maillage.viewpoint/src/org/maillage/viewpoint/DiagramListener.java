/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint;

/**
 * Told when a {@link DiagramSession} changed its diagram: after each refresh (explicit or triggered by a model
 * change), layout, node move, layer or filter switch. Called on the thread that made the change (for model
 * changes, the thread that ran the command); a UI listener re-posts to its display thread.
 */
@FunctionalInterface
public interface DiagramListener {

    /**
     * @param session the session whose diagram changed
     * @param result what the refresh did; for a layout or a move, an empty result with no diagnostics
     */
    void diagramChanged(DiagramSession session, RefreshResult result);
}
