/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.render;

import java.util.Objects;

import org.maillage.viewpoint.DiagramProblems;
import org.maillage.viewpoint.Legend;

/**
 * What an export adds to the diagram itself, on demand: a legend (placed beside the diagram, never over it) and
 * the problem decorators of the nodes.
 *
 * @param legend the legend to draw, or {@code null} for none
 * @param problems the problems to decorate nodes with; {@link DiagramProblems#NONE} for none
 */
public record RenderOptions(Legend legend, DiagramProblems problems) {

    /** The diagram alone. */
    public static final RenderOptions NONE = new RenderOptions(null, DiagramProblems.NONE);

    /** @param legend see {@link RenderOptions} @param problems see {@link RenderOptions} */
    public RenderOptions {
        problems = Objects.requireNonNullElse(problems, DiagramProblems.NONE);
    }

    /** @return these options with the legend */
    public RenderOptions withLegend(Legend value) {
        return new RenderOptions(value, problems);
    }

    /** @return these options with the problems */
    public RenderOptions withProblems(DiagramProblems value) {
        return new RenderOptions(legend, value);
    }

    /** @return whether a (non-empty) legend is drawn */
    public boolean hasLegend() {
        return legend != null && !legend.isEmpty();
    }
}
