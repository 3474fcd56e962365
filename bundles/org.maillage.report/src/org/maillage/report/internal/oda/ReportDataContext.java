/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.internal.oda;

import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.datatools.connectivity.oda.OdaException;
import org.maillage.report.data.ReportTables;
import org.maillage.report.data.RoadmapFigures;

/**
 * What the Maillage data source reads: the figures of the report's scope and the source of figures drawn by other
 * plug-ins. Put into the BIRT task's application context under {@link #APP_CONTEXT_KEY}.
 * <p>
 * Opaque on purpose: BIRT also shows every application-context entry to scripts as a variable, so the script
 * sandbox must let this class through; it has no public instance method, so a script holding it can do nothing
 * with it (what it holds is reached only from this package, by the driver).
 */
public final class ReportDataContext {

    /** The key of this object in the application context of a report task. */
    public static final String APP_CONTEXT_KEY = "maillageDonnees";

    private final RoadmapFigures figures;
    private final ReportTables.FigureSource figureSource;
    private final Consumer<String> warnings;

    private ReportDataContext(RoadmapFigures figures, ReportTables.FigureSource figureSource,
            Consumer<String> warnings) {
        this.figures = figures;
        this.figureSource = figureSource;
        this.warnings = warnings;
    }

    /**
     * @param figures the figures of the model the report runs on
     * @param figureSource the figures drawn by other plug-ins
     * @return the context to put into the application context
     */
    public static ReportDataContext of(RoadmapFigures figures, ReportTables.FigureSource figureSource) {
        return of(figures, figureSource, warning -> {
        });
    }

    /**
     * @param figures the figures of the model the report runs on
     * @param figureSource the figures drawn by other plug-ins
     * @param warnings receives what the report shows a placeholder for (BIRT may run a data set more than once:
     *        the same warning may come twice)
     * @return the context to put into the application context
     */
    public static ReportDataContext of(RoadmapFigures figures, ReportTables.FigureSource figureSource,
            Consumer<String> warnings) {
        return new ReportDataContext(figures, figureSource, warnings);
    }

    RoadmapFigures figures() {
        return figures;
    }

    ReportTables.FigureSource figureSource() {
        return figureSource;
    }

    Consumer<String> warnings() {
        return warnings;
    }

    /**
     * @param appContext the application context BIRT hands to the driver
     * @return the data context in it
     * @throws OdaException when the report runs without one (e.g. a design previewed outside Maillage)
     */
    static ReportDataContext from(Object appContext) throws OdaException {
        if (appContext instanceof Map<?, ?> map && map.get(APP_CONTEXT_KEY) instanceof ReportDataContext context) {
            return context;
        }
        throw new OdaException("La source de données Maillage n'a pas de modèle : le rapport doit être produit par "
                + "Maillage (atelier ou commande « maillage report »).");
    }

    @Override
    public String toString() {
        return "Données Maillage";
    }
}
