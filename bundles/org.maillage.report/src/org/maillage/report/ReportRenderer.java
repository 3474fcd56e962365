/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

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
import org.maillage.report.internal.ScriptSandbox;

/**
 * Renders BIRT report designs headless, to PDF, DOCX or HTML.
 * <p>
 * One renderer owns one BIRT engine: create it once, render many reports, then {@link #close()} it. It follows
 * the engine's life cycle (platform start-up, factory, engine, run-and-render task, destroy) and needs no display.
 * Report scripts and expressions run sandboxed: they cannot reach Java classes, files or processes
 * ({@link ScriptSandbox}).
 */
public final class ReportRenderer implements AutoCloseable {

    private final IReportEngine engine;

    /**
     * Starts the BIRT platform (once per process) and an engine.
     *
     * @throws ReportException when BIRT cannot start
     */
    public ReportRenderer() throws ReportException {
        EngineConfig config = new EngineConfig();
        try {
            Platform.startup(config);
        } catch (BirtException e) {
            throw new ReportException("BIRT platform could not start: " + e.getMessage(), e);
        }
        IReportEngineFactory factory = (IReportEngineFactory) Platform
                .createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
        if (factory == null) {
            throw new ReportException("BIRT report engine factory not found: is org.eclipse.birt.report.engine "
                    + "installed and resolved?", null);
        }
        engine = factory.createReportEngine(config);
        try {
            ScriptSandbox.install();
            verifySandbox();
        } catch (ReportException | RuntimeException e) {
            engine.destroy();
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
                        Locale.ROOT, OutputFormat.HTML, OutputStream.nullOutputStream());
            } catch (ReportException expected) {
                // The shutter refused the script: what we want.
            }
            boolean escaped = Files.deleteIfExists(probe);
            Files.deleteIfExists(folder);
            if (escaped) {
                throw new ReportException("Report scripts can reach Java classes: the sandbox is not active, "
                        + "reports are refused.", null);
            }
        } catch (IOException e) {
            throw new ReportException("The report sandbox could not be checked: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a design and renders it.
     *
     * @param designName a name for messages (usually the design's file name)
     * @param design the design, as {@code .rptdesign} XML
     * @param parameters report parameter values, by name
     * @param locale the locale for dates, numbers and localised design strings
     * @param format the output format
     * @param out where to write the output; not closed
     * @throws ReportException when the design cannot be opened, run or rendered
     */
    public void render(String designName, InputStream design, Map<String, Object> parameters, Locale locale,
            OutputFormat format, OutputStream out) throws ReportException {
        IRunAndRenderTask task = null;
        try {
            IReportRunnable runnable = engine.openReportDesign(designName, design);
            task = engine.createRunAndRenderTask(runnable);
            task.setLocale(locale);
            task.setParameterValues(parameters);
            task.setRenderOption(renderOption(format, out));
            task.run();
            if (!task.getErrors().isEmpty()) {
                Object first = task.getErrors().get(0);
                throw new ReportException(designName + ": " + first, first instanceof Throwable t ? t : null);
            }
        } catch (BirtException e) {
            throw new ReportException(designName + ": " + e.getMessage(), e);
        } finally {
            if (task != null) {
                task.close();
            }
        }
    }

    private static IRenderOption renderOption(OutputFormat format, OutputStream out) {
        RenderOption option = switch (format) {
            case PDF -> new PDFRenderOption();
            case HTML -> {
                HTMLRenderOption html = new HTMLRenderOption();
                html.setEmbeddable(false);
                yield html;
            }
            case DOCX -> new RenderOption();
        };
        option.setOutputFormat(format.emitterFormat());
        option.setOutputStream(out);
        return option;
    }

    /** Destroys the engine. The BIRT platform stays up for the next renderer of this process. */
    @Override
    public void close() {
        engine.destroy();
    }
}
