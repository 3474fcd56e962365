/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint;

import java.util.List;

import org.maillage.viewpoint.model.diagram.DDiagramElement;

/**
 * What one refresh did.
 *
 * @param full whether every element was recomputed (first refresh, description or layer change) or only those
 *        a model change could affect (incremental refresh after an EMF notification)
 * @param recomputed number of diagram elements whose label, style and ends were evaluated again
 * @param created elements added to the diagram
 * @param removed number of elements removed
 * @param changed elements kept whose label or style changed
 * @param diagnostics expression problems met, never thrown
 */
public record RefreshResult(boolean full, int recomputed, List<DDiagramElement> created, int removed,
        List<DDiagramElement> changed, List<ExpressionDiagnostic> diagnostics) {

    /** @return whether the refresh changed anything a renderer draws */
    public boolean hasVisibleChanges() {
        return !created.isEmpty() || removed > 0 || !changed.isEmpty();
    }
}
