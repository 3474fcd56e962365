/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report;

import java.util.List;
import java.util.Optional;

import org.maillage.report.data.ReportScope;

/**
 * Draws a figure that reports embed, such as the articulation diagram of a roadmap ({@code articulation}) or any
 * representation named by a {@link FigureId} ({@code diagram:<viewpoint>/<description>?layers=a,b}). Register
 * an implementation as an OSGi service (e.g. with Declarative Services); the report service asks every provider,
 * in service ranking order, and uses the first image. When none answers, designs show a clearly marked
 * placeholder instead (the {@code figures} table of the Maillage data source says so).
 * <p>
 * Called on the report's thread, possibly several times per report; must not touch a display (reports run
 * headless) and must not change the model.
 */
public interface IReportFigureProvider {

    /** The id of the articulation diagram of a roadmap, shown in the CTS meeting pack. */
    String ARTICULATION = "articulation";

    /**
     * @param id the figure wanted, e.g. {@link #ARTICULATION}
     * @param scope the model, roadmap and meeting of the report
     * @return the figure as PNG bytes, or empty when this provider does not draw it
     */
    Optional<byte[]> png(String id, ReportScope scope);

    /**
     * Draws a figure with its size and title. The default asks {@link #png(String, ReportScope)} with the id's
     * text and takes the id as title; providers of representations override it.
     *
     * @param id the figure wanted
     * @param scope the model, roadmap and meeting of the report
     * @return the figure, or empty when this provider does not draw it
     */
    default Optional<ReportFigure> figure(FigureId id, ReportScope scope) {
        return png(id.text(), scope).map(png -> ReportFigure.of(png, id.text()));
    }

    /**
     * @param scope the model, roadmap and meeting of a report to come
     * @return the figures this provider can draw for it, for the user to choose from (the report wizard's list of
     *         diagrams); empty by default
     */
    default List<FigureChoice> choices(ReportScope scope) {
        return List.of();
    }
}
