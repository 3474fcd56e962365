/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;
import org.maillage.report.data.ReportScope;
import org.maillage.report.data.RoadmapFigures;
import org.maillage.report.internal.ReportActivator;
import org.maillage.report.internal.oda.ReportDataContext;

/**
 * Produces Maillage reports with one BIRT engine per application: the engine starts in the background on the first
 * {@link #prestart()} or report, is reused by every later report (the workbench, a batch over many models), and
 * stops with the bundle. Figures come from the model through the Maillage data source; figures drawn by other
 * plug-ins come from {@link IReportFigureProvider} services.
 * <p>
 * Thread-safe: reports may be produced from several threads; the engine creates one task per report.
 */
public final class ReportService {

    private final Supplier<List<IReportFigureProvider>> figureProviders;
    private final AtomicInteger engineStarts = new AtomicInteger();
    private CompletableFuture<ReportRenderer> engine;

    /**
     * @param figureProviders the figure providers currently registered, best first
     */
    public ReportService(Supplier<List<IReportFigureProvider>> figureProviders) {
        this.figureProviders = figureProviders;
    }

    /**
     * @return the service of the running application
     * @throws IllegalStateException when the report bundle is not active
     */
    public static ReportService getDefault() {
        return ReportActivator.reportService();
    }

    /** Starts the engine in the background if it is not started or starting; returns at once. */
    public synchronized void prestart() {
        if (engine == null) {
            engine = CompletableFuture.supplyAsync(() -> {
                try {
                    ensureInstanceLocation();
                    ReportRenderer renderer = new ReportRenderer();
                    engineStarts.incrementAndGet();
                    return renderer;
                } catch (ReportException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
        }
    }

    /**
     * BIRT's chart bundle cannot start without an instance location (its activator fails, and no chart is drawn).
     * The command line runs with {@code -data @noDefault}: give it a temporary one, only when reports are made.
     */
    private static void ensureInstanceLocation() throws ReportException {
        Location instance = Platform.getInstanceLocation();
        if (instance == null || instance.isSet() || instance.isReadOnly()) {
            return;
        }
        try {
            Path folder = Files.createTempDirectory("maillage-rapports");
            instance.set(folder.toUri().toURL(), false);
            // deleteOnExit removes only empty folders, and BIRT's chart bundle writes its metadata there: remove the
            // whole tree when the process ends (the platform, which uses it, has stopped by then).
            Runtime.getRuntime().addShutdownHook(new Thread(() -> ReportRenderer.deleteTree(folder),
                    "maillage-rapports-nettoyage"));
        } catch (IOException | IllegalStateException e) {
            throw new ReportException("Dossier de travail des rapports impossible à créer : " + e.getMessage(), e);
        }
    }

    /**
     * @return the engine, after waiting for its start if needed
     * @throws ReportException when it could not start (the next call tries again)
     */
    public ReportRenderer renderer() throws ReportException {
        CompletableFuture<ReportRenderer> started;
        synchronized (this) {
            prestart();
            started = engine;
        }
        try {
            return started.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportException("Démarrage du moteur de rapports interrompu.", e);
        } catch (ExecutionException e) {
            synchronized (this) {
                if (engine == started) {
                    engine = null;
                }
            }
            Throwable cause = e.getCause() instanceof IllegalStateException s && s.getCause() != null ? s.getCause()
                    : e.getCause();
            throw new ReportException(cause.getMessage(), cause);
        }
    }

    /** @return how many times this service started an engine: 1 for any number of reports while it runs */
    public int engineStarts() {
        return engineStarts.get();
    }

    /**
     * Produces a report of the model in {@code scope}.
     *
     * @param design the design
     * @param scope the model, roadmap, date and meeting
     * @param format the output format
     * @param out where to write; not closed
     * @throws ReportException when the design cannot be read, is malformed, names an unknown table, or a script
     *         is refused; the message, in French, names the design
     */
    public void generate(ReportDesign design, ReportScope scope, OutputFormat format, OutputStream out)
            throws ReportException {
        generate(design, scope, format, out, () -> false);
    }

    /**
     * Produces a report, stopping when {@code cancelled} turns true (for a job with a progress monitor).
     *
     * @param design the design
     * @param scope the model, roadmap, date and meeting
     * @param format the output format
     * @param out where to write; not closed; incomplete when cancelled
     * @param cancelled polled during the run
     * @throws ReportException as {@link #generate(ReportDesign, ReportScope, OutputFormat, OutputStream)}, and
     *         when cancelled
     */
    public void generate(ReportDesign design, ReportScope scope, OutputFormat format, OutputStream out,
            BooleanSupplier cancelled) throws ReportException {
        generate(design, scope, format, out, cancelled, RenderLimits.DEFAULT_TIMEOUT);
    }

    /**
     * Produces a report, stopping when {@code cancelled} turns true or when its scripts take longer than
     * {@code scriptTimeout} in all. The design may read files of its own bundle or folder only.
     *
     * @param design the design
     * @param scope the model, roadmap, date and meeting
     * @param format the output format
     * @param out where to write; not closed; incomplete when the report fails
     * @param cancelled polled during the run
     * @param scriptTimeout the time limit of the run's scripts ({@link RenderLimits#DEFAULT_TIMEOUT} by default)
     * @throws ReportException as {@link #generate(ReportDesign, ReportScope, OutputFormat, OutputStream)}, when
     *         cancelled, when out of time, and when the design refers to a resource outside its bundle or folder
     */
    public void generate(ReportDesign design, ReportScope scope, OutputFormat format, OutputStream out,
            BooleanSupplier cancelled, Duration scriptTimeout) throws ReportException {
        generate(design, scope, format, out, cancelled, scriptTimeout, ReportOptions.NONE);
    }

    /**
     * Produces a report with the user's choices (report parameters) and a listener of its warnings.
     *
     * @param design the design
     * @param scope the model, roadmap, date and meeting
     * @param format the output format
     * @param out where to write; not closed; incomplete when the report fails
     * @param cancelled polled during the run
     * @param scriptTimeout the time limit of the run's scripts
     * @param options report parameter values and who hears the warnings
     * @throws ReportException as
     *         {@link #generate(ReportDesign, ReportScope, OutputFormat, OutputStream, BooleanSupplier, Duration)}
     */
    public void generate(ReportDesign design, ReportScope scope, OutputFormat format, OutputStream out,
            BooleanSupplier cancelled, Duration scriptTimeout, ReportOptions options) throws ReportException {
        try (InputStream in = design.open()) {
            renderer().render(design.id(), in, parameters(options), appContext(scope, options), Locale.FRANCE,
                    format, out, cancelled, new RenderLimits(design.location(), scriptTimeout));
        } catch (IOException e) {
            throw new ReportException("Le modèle de rapport « " + design.id() + " » ne peut pas être lu : "
                    + e.getMessage(), e);
        }
    }

    /**
     * Produces a report from a design given as XML (e.g. a file on the command line).
     *
     * @param designName the design's name for messages
     * @param design the {@code .rptdesign} XML
     * @param scope the model, roadmap, date and meeting
     * @param format the output format
     * @param out where to write; not closed
     * @throws ReportException as {@link #generate(ReportDesign, ReportScope, OutputFormat, OutputStream)}
     */
    public void generate(String designName, InputStream design, ReportScope scope, OutputFormat format,
            OutputStream out) throws ReportException {
        generate(designName, design, scope, format, out, RenderLimits.of(null));
    }

    /**
     * Produces a report from a design given as XML, within {@code limits}.
     *
     * @param designName the design's name for messages
     * @param design the {@code .rptdesign} XML
     * @param scope the model, roadmap, date and meeting
     * @param format the output format
     * @param out where to write; not closed; incomplete when the report fails
     * @param limits the scripts' time limit and where the design was read from (see {@link RenderLimits})
     * @throws ReportException as {@link #generate(ReportDesign, ReportScope, OutputFormat, OutputStream)}, when
     *         out of time, and when the design refers to a resource outside its folder
     */
    public void generate(String designName, InputStream design, ReportScope scope, OutputFormat format,
            OutputStream out, RenderLimits limits) throws ReportException {
        generate(designName, design, scope, format, out, limits, ReportOptions.NONE);
    }

    /**
     * Produces a report from a design given as XML, within {@code limits}, with the user's choices.
     *
     * @param designName the design's name for messages
     * @param design the {@code .rptdesign} XML
     * @param scope the model, roadmap, date and meeting
     * @param format the output format
     * @param out where to write; not closed; incomplete when the report fails
     * @param limits the scripts' time limit and where the design was read from
     * @param options report parameter values and who hears the warnings
     * @throws ReportException as {@link #generate(String, InputStream, ReportScope, OutputFormat, OutputStream,
     *         RenderLimits)}
     */
    public void generate(String designName, InputStream design, ReportScope scope, OutputFormat format,
            OutputStream out, RenderLimits limits, ReportOptions options) throws ReportException {
        renderer().render(designName, design, parameters(options), appContext(scope, options), Locale.FRANCE,
                format, out, () -> false, limits);
    }

    /** Only the parameters the user set: BIRT takes each design's own defaults for the others. */
    private static Map<String, Object> parameters(ReportOptions options) {
        return new HashMap<>(options.parameters());
    }

    private Map<String, Object> appContext(ReportScope scope, ReportOptions options) {
        // BIRT may run a data set twice (e.g. to count rows): say each warning once.
        Set<String> said = ConcurrentHashMap.newKeySet();
        ReportDataContext data = ReportDataContext.of(new RoadmapFigures(scope), this::figure, warning -> {
            if (said.add(warning)) {
                options.warnings().accept(warning);
            }
        });
        return Map.of(ReportDataContext.APP_CONTEXT_KEY, data);
    }

    /**
     * @param scope the model, roadmap and meeting of a report to come
     * @return the figures the installed providers can draw for it (the report wizard's list of diagrams), in
     *         provider order, each id once
     */
    public List<FigureChoice> figureChoices(ReportScope scope) {
        Map<String, FigureChoice> choices = new LinkedHashMap<>();
        for (IReportFigureProvider provider : figureProviders.get()) {
            try {
                for (FigureChoice choice : provider.choices(scope)) {
                    choices.putIfAbsent(choice.id(), choice);
                }
            } catch (RuntimeException e) {
                ILog.of(getClass()).warn("Figure provider " + provider.getClass().getName() + " failed: "
                        + e.getMessage(), e);
            }
        }
        return List.copyOf(choices.values());
    }

    /**
     * @param id the id of a design contributed through {@value ReportDesigns#EXTENSION_POINT}
     * @return that design, if contributed
     */
    public Optional<ReportDesign> design(String id) {
        return ReportDesigns.find(Platform.getExtensionRegistry(), id);
    }

    private Optional<ReportFigure> figure(FigureId id, ReportScope scope) {
        for (IReportFigureProvider provider : figureProviders.get()) {
            try {
                Optional<ReportFigure> figure = provider.figure(id, scope);
                if (figure.isPresent()) {
                    return figure;
                }
            } catch (RuntimeException e) {
                // A provider's bug costs its figure (a placeholder), not the whole report.
                ILog.of(getClass()).warn("Figure provider " + provider.getClass().getName() + " failed on " + id
                        + ": " + e.getMessage(), e);
            }
        }
        return Optional.empty();
    }

    /**
     * Stops the engine if it runs; the next report starts a new one. Called when the bundle stops.
     */
    public void close() {
        CompletableFuture<ReportRenderer> running;
        synchronized (this) {
            running = engine;
            engine = null;
        }
        if (running != null) {
            try {
                running.get().close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // It never started: nothing to stop.
            }
        }
    }
}
