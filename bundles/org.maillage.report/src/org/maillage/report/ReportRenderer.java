/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.logging.Logger;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;
import org.eclipse.birt.report.model.api.DesignFileException;
import org.eclipse.birt.report.model.api.ErrorDetail;
import org.eclipse.birt.report.model.api.activity.SemanticException;
import org.maillage.report.internal.DesignResources;
import org.maillage.report.internal.EmbeddedImageHandler;
import org.maillage.report.internal.ScriptSandbox;
import org.maillage.report.internal.ScriptSandbox.Deadline;
import org.maillage.report.internal.ScriptSandbox.ScriptTimeout;
import org.maillage.report.internal.Slides;

/**
 * Renders BIRT report designs headless, to PDF, DOCX, HTML, ODT, ODS, PPTX or XLS.
 * <p>
 * One renderer owns one BIRT engine: create it once, render many reports, then {@link #close()} it. It follows
 * the engine's life cycle (platform start-up, factory, engine, run-and-render task, destroy) and needs no display.
 * Report scripts and expressions run sandboxed: they cannot reach Java classes, files or processes
 * ({@link ScriptSandbox}), they stop at a deadline ({@link RenderLimits}), and a design reads no library, style
 * sheet or image from outside its own folder or bundle ({@link DesignResources}).
 */
public final class ReportRenderer implements AutoCloseable {

    /**
     * BIRT logs to the console at INFO, with stack traces for script errors (the sandbox probe makes one on purpose).
     * Maillage reports failures itself, in French: BIRT's log is off unless the system property
     * {@code maillage.report.log} names a {@link Level} (e.g. {@code FINE}). Held here so that it is not collected.
     */
    private static final Logger BIRT_LOG = Logger.getLogger("org.eclipse.birt");

    private static final Pattern PARSER_MESSAGE = Pattern.compile(
            "Exception:[\\w.$]+;(?:\\s*lineNumber: \\d+;)?(?:\\s*columnNumber: \\d+;)?\\s*(.*?)\\s*Message:");

    private final IReportEngine engine;

    /** BIRT's temporary files (data caches) of this engine; removed when it is closed. */
    private final Path tempFolder;

    /**
     * Starts the BIRT platform (once per process) and an engine, with its temporary files under
     * {@code java.io.tmpdir}.
     *
     * @throws ReportException when BIRT cannot start
     */
    public ReportRenderer() throws ReportException {
        this(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Starts the BIRT platform (once per process) and an engine whose temporary files go to a folder of its own
     * under {@code tempRoot}, removed by {@link #close()}.
     *
     * @param tempRoot where to create the engine's temporary folder
     * @throws ReportException when BIRT cannot start
     */
    public ReportRenderer(Path tempRoot) throws ReportException {
        Level level = Level.OFF;
        try {
            level = Level.parse(System.getProperty("maillage.report.log", "OFF"));
        } catch (IllegalArgumentException e) {
            // An unknown level keeps BIRT quiet.
        }
        BIRT_LOG.setLevel(level);
        EngineConfig config = new EngineConfig();
        config.setLogConfig(null, level);
        try {
            tempFolder = Files.createTempDirectory(tempRoot, "maillage-rapports-moteur");
        } catch (IOException e) {
            throw new ReportException("Dossier temporaire des rapports impossible à créer : " + e.getMessage(), e);
        }
        config.setTempDir(tempFolder.toString());
        try {
            Platform.startup(config);
        } catch (BirtException e) {
            deleteTree(tempFolder);
            throw new ReportException("Le moteur de rapports BIRT n'a pas pu démarrer : " + e.getMessage(), e);
        }
        IReportEngineFactory factory = (IReportEngineFactory) Platform
                .createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
        if (factory == null) {
            deleteTree(tempFolder);
            throw new ReportException("Moteur de rapports BIRT introuvable : le module "
                    + "org.eclipse.birt.report.engine est-il installé ?", null);
        }
        engine = factory.createReportEngine(config);
        try {
            ScriptSandbox.install();
            verifySandbox();
        } catch (IllegalStateException e) {
            close();
            throw new ReportException("Le bac à sable des scripts des rapports n'a pas pu être installé : "
                    + e.getMessage(), e);
        } catch (ReportException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Runs a probe design whose script tries to create a file, and refuses to serve reports if it succeeds: a
     * BIRT or Rhino upgrade that silently bypassed the class shutter must not go unnoticed.
     */
    private void verifySandbox() throws ReportException {
        Path probe;
        try {
            Path folder = Files.createTempDirectory("maillage-sandbox");
            probe = folder.resolve("probe");
            String design = ScriptSandbox.probeDesign(probe.toString());
            try {
                render("sandbox-probe", new ByteArrayInputStream(design.getBytes(StandardCharsets.UTF_8)), Map.of(),
                        Map.of(), Locale.ROOT, OutputFormat.HTML, OutputStream.nullOutputStream());
            } catch (ReportException expected) {
                // The shutter refused the script: what we want.
            }
            // The same attack in a fresh scope: BIRT's shared scope caches what a name resolved to the first time
            // (a refused class stays a package), so only a fresh scope shows the shutter as it is now.
            ScriptSandbox.probeFreshScope(probe.toString());
            boolean escaped = Files.deleteIfExists(probe);
            Files.deleteIfExists(folder);
            if (escaped) {
                throw new ReportException("Les scripts des rapports atteignent les classes Java : le bac à sable "
                        + "n'est pas actif, les rapports sont refusés.", null);
            }
            // A script that never ends must be stopped: a Rhino upgrade that ignored the deadline must not go
            // unnoticed either (it would hang the workbench or a batch).
            try (Deadline deadline = ScriptSandbox.deadline(java.time.Duration.ofMillis(50))) {
                if (!ScriptSandbox.probeEndlessLoop()) {
                    throw new ReportException("Les scripts des rapports ne s'arrêtent pas à leur délai : les "
                            + "rapports sont refusés.", null);
                }
            }
        } catch (IOException e) {
            throw new ReportException("Le bac à sable des rapports n'a pas pu être vérifié : " + e.getMessage(), e);
        }
    }

    /**
     * Runs a design and renders it.
     *
     * @param designName a name for messages (usually the design's id or file name)
     * @param design the design, as {@code .rptdesign} XML
     * @param parameters report parameter values, by name
     * @param appContext objects handed to data sources (e.g. the Maillage data source's model); scripts cannot see
     *        them
     * @param locale the locale for dates, numbers and localised design strings
     * @param format the output format
     * @param out where to write the output; not closed
     * @throws ReportException when the design cannot be opened, run or rendered; the message, in French, names
     *         the design
     */
    public void render(String designName, InputStream design, Map<String, Object> parameters,
            Map<String, Object> appContext, Locale locale, OutputFormat format, OutputStream out)
            throws ReportException {
        render(designName, design, parameters, appContext, locale, format, out, () -> false);
    }

    /**
     * Runs a design and renders it, stopping when {@code cancelled} turns true (BIRT's task is cancelled).
     *
     * @param designName a name for messages
     * @param design the design XML
     * @param parameters report parameter values
     * @param appContext objects handed to data sources
     * @param locale the locale
     * @param format the output format
     * @param out where to write; not closed
     * @param cancelled polled during the run, e.g. a job's progress monitor
     * @throws ReportException as the other form, and when cancelled (then the output is incomplete)
     */
    public void render(String designName, InputStream design, Map<String, Object> parameters,
            Map<String, Object> appContext, Locale locale, OutputFormat format, OutputStream out,
            BooleanSupplier cancelled) throws ReportException {
        render(designName, design, parameters, appContext, locale, format, out, cancelled, RenderLimits.of(null));
    }

    /**
     * Runs a design and renders it within {@code limits}.
     *
     * @param designName a name for messages
     * @param design the design XML
     * @param parameters report parameter values
     * @param appContext objects handed to data sources
     * @param locale the locale
     * @param format the output format
     * @param out where to write; not closed; incomplete when the run fails
     * @param cancelled polled during the run, e.g. a job's progress monitor
     * @param limits the scripts' time limit, and the design's location (the only place it may read from)
     * @throws ReportException as the other forms, and when a script runs past the time limit or the design refers
     *         to a library, style sheet or image outside its folder or bundle; the message, in French, names the
     *         design (and the resource)
     */
    public void render(String designName, InputStream design, Map<String, Object> parameters,
            Map<String, Object> appContext, Locale locale, OutputFormat format, OutputStream out,
            BooleanSupplier cancelled, RenderLimits limits) throws ReportException {
        DesignResources resources = DesignResources.of(limits.designLocation());
        IReportRunnable runnable;
        try {
            runnable = engine.openReportDesign(designName, design, resources);
        } catch (BirtException | RuntimeException e) {
            refuseResources(designName, resources);
            throw new ReportException("Le modèle de rapport « " + designName + " » est invalide : " + details(e), e);
        }
        refuseResources(designName, resources);
        if (format == OutputFormat.PPTX) {
            try {
                Slides.adapt(runnable.getDesignHandle().getModuleHandle());
            } catch (SemanticException | RuntimeException e) {
                throw new ReportException("Le modèle de rapport « " + designName + " » ne peut pas être mis en "
                        + "diapositives 16:9 : " + details(e), e);
            }
        }
        List<String> outside = DesignResources.refusedElements(runnable.getDesignHandle().getModuleHandle());
        if (!outside.isEmpty()) {
            throw new ReportException("Le modèle de rapport « " + designName + " » charge une image hors de son "
                    + "dossier, refusée : " + String.join(" ; ", outside), null);
        }
        IRunAndRenderTask task = engine.createRunAndRenderTask(runnable);
        AtomicBoolean done = new AtomicBoolean();
        Deadline deadline = ScriptSandbox.deadline(limits.scriptTimeout());
        Thread watcher = Thread.ofVirtual().start(() -> {
            while (!done.get()) {
                // Out of time, BIRT stops too: a long layout after an interrupted script is of no use.
                if (cancelled.getAsBoolean() || deadline.expired()) {
                    task.cancel();
                    return;
                }
                LockSupport.parkNanos(100_000_000L);
            }
        });
        try {
            task.setLocale(locale);
            task.setParameterValues(parameters);
            task.setAppContext(new HashMap<>(appContext));
            task.setRenderOption(renderOption(format, out));
            task.run();
            checkRun(designName, deadline, resources);
            if (cancelled.getAsBoolean()) {
                throw new ReportException("Production du rapport « " + designName + " » annulée.", null);
            }
            if (!task.getErrors().isEmpty()) {
                Object first = task.getErrors().get(0);
                String message = first instanceof Throwable t ? t.getMessage() : String.valueOf(first);
                throw new ReportException("Le rapport « " + designName + " » a échoué : " + firstLine(message),
                        first instanceof Throwable t ? t : null);
            }
        } catch (BirtException | RuntimeException | ScriptTimeout e) {
            checkRun(designName, deadline, resources);
            throw new ReportException("Le rapport « " + designName + " » a échoué : " + firstLine(e.getMessage()), e);
        } finally {
            done.set(true);
            watcher.interrupt();
            deadline.close();
            task.close();
        }
    }

    /** Says first why a run stopped: its deadline, or a resource refused while it ran (an image file). */
    private static void checkRun(String designName, Deadline deadline, DesignResources resources)
            throws ReportException {
        if (deadline.expired()) {
            throw new ReportException("Le script du rapport « " + designName + " » a dépassé "
                    + deadline.limit().toSeconds() + " s : rapport interrompu (boucle sans fin ?).", null);
        }
        refuseResources(designName, resources);
    }

    private static void refuseResources(String designName, DesignResources resources) throws ReportException {
        if (!resources.refused().isEmpty()) {
            throw new ReportException("Le modèle de rapport « " + designName + " » utilise une ressource hors de "
                    + "son dossier, refusée : " + String.join(", ", resources.refused())
                    + " (seuls les fichiers du dossier du modèle sont permis).", null);
        }
    }

    /** @return the first errors of a design, with their line numbers */
    private static String details(Exception e) {
        DesignFileException design = null;
        for (Throwable cause = e; cause != null && design == null; cause = cause.getCause()) {
            design = cause instanceof DesignFileException d ? d : null;
        }
        if (design == null) {
            return firstLine(e.getMessage());
        }
        List<String> errors = new ArrayList<>();
        for (Object error : design.getErrorList()) {
            if (error instanceof ErrorDetail detail && errors.size() < 3) {
                String message = firstLine(detail.getMessage());
                // An XML syntax error's message is a dump whose useful part is the parser's sentence.
                Matcher parser = PARSER_MESSAGE.matcher(message);
                String line = "ligne " + detail.getLineNo() + " : " + (parser.find() ? parser.group(1) : message);
                if (!errors.contains(line)) {
                    errors.add(line);
                }
            }
        }
        return errors.isEmpty() ? firstLine(e.getMessage()) : String.join(" ; ", errors);
    }

    /** @return a message on one line, without BIRT's "see the following message" preamble */
    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "erreur sans message";
        }
        String text = message.strip();
        String preamble = "Please see the following message for details:";
        int at = text.indexOf(preamble);
        if (at >= 0 && text.length() > at + preamble.length()) {
            text = text.substring(at + preamble.length()).strip();
        }
        return text.replaceAll("\\s+", " ");
    }

    private static IRenderOption renderOption(OutputFormat format, OutputStream out) {
        RenderOption option = switch (format) {
            case PDF -> new PDFRenderOption();
            case HTML -> {
                HTMLRenderOption html = new HTMLRenderOption();
                html.setEmbeddable(false);
                html.setImageHandler(new EmbeddedImageHandler());
                yield html;
            }
            case DOCX, ODT, ODS, PPTX, XLS -> new RenderOption();
        };
        option.setOutputFormat(format.emitterFormat());
        option.setOutputStream(out);
        return option;
    }

    /**
     * Destroys the engine and removes its temporary folder. The BIRT platform stays up for the next renderer of
     * this process.
     */
    @Override
    public void close() {
        if (engine != null) {
            engine.destroy();
        }
        deleteTree(tempFolder);
    }

    /**
     * Removes a folder and what it holds; what cannot be removed stays (a temporary file is not worth a failure).
     *
     * @param folder the folder
     */
    public static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            tree.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // Left for the system's temporary-file cleaning.
        }
    }
}
