/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.internal;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.birt.report.engine.javascript.JavascriptEngineFactory;
import org.mozilla.javascript.ClassShutter;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;

/**
 * Keeps report scripts away from Java: every Rhino context BIRT creates gets a {@link ClassShutter} that lets
 * scripts see only values (strings, numbers, dates), ICU formatting and BIRT's script API. Not Rhino's own
 * classes: with {@code Packages.org.mozilla.javascript.ContextFactory} a script could open a context of its own,
 * without the shutter.
 * <p>
 * Report designs are code: their scripts and even their data-binding expressions run in Rhino, which by default
 * reaches any Java class ({@code java.io.File}, {@code Packages...}, reflection through {@code getClass()}). BIRT
 * has no switch for this and its "security" property is not a sandbox without a SecurityManager, and text
 * scanning is bypassed with {@code eval}. A class shutter is enforced by Rhino on every access to a Java class.
 * It must be installed after BIRT's JavaScript bundle has replaced the global context factory (its activator
 * calls {@code ContextFactory.initGlobal}); a listener on that factory then sets the shutter on each new context.
 */
public final class ScriptSandbox {

    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private static final Set<String> VISIBLE_CLASSES = Set.of(
            "java.lang.String", "java.lang.Boolean", "java.lang.Byte", "java.lang.Short", "java.lang.Integer",
            "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.lang.Character", "java.lang.Number",
            "java.math.BigDecimal", "java.math.BigInteger", "java.util.Date", "java.sql.Date", "java.sql.Time",
            "java.sql.Timestamp",
            // The function context BIRT puts in every script scope (an IScriptFunctionContext whose only method
            // is findProperty); without it the data engine cannot start.
            "org.eclipse.birt.report.engine.javascript.JavascriptEngine$1",
            // Engine objects that BIRT itself wraps into every scope during a normal run (found by logging the
            // classes a normal report asks for). What their methods return (the runnable, the engine, the design
            // handle, class loaders, maps) stays invisible, which the attack tests check.
            "org.eclipse.birt.report.engine.executor.ExecutionContext",
            "org.eclipse.birt.report.engine.executor.ExecutionContext$ReportObject",
            "org.eclipse.birt.report.engine.api.impl.RunAndRenderTask",
            "org.eclipse.birt.report.engine.api.DefaultStatusHandler",
            // BIRT shows every application-context entry to scripts as a variable; the Maillage data source's entry
            // is an opaque handle without public methods (the model behind it stays invisible).
            "org.maillage.report.internal.oda.ReportDataContext",
            // The chart engine puts its logger into the scope of every chart it renders; without it no chart is
            // drawn. The chart model itself stays invisible: chart scripts that reach it are refused.
            "org.eclipse.birt.chart.internal.log.JavaUtilLoggerImpl");

    /**
     * Narrow on purpose: with all of {@code org.eclipse.birt} visible, a script can reach the design handle and
     * write files with {@code saveAs}.
     */
    private static final String[] VISIBLE_PREFIXES = {
        "com.ibm.icu.", "org.eclipse.birt.report.engine.api.script.",
        "org.eclipse.birt.data.engine.api.script.", "org.eclipse.birt.data.engine.script.",
        "org.eclipse.birt.core.script.", "org.eclipse.birt.report.engine.script.internal." };

    /** Off only in the test that checks the start-up probe refuses an engine without a working shutter. */
    private static volatile boolean enforced = true;

    private static final ClassShutter SHUTTER = className -> !enforced || visibleToScripts(className);

    private ScriptSandbox() {
    }

    /** Installs the shutter for every Rhino context created from now on. Idempotent. */
    public static void install() {
        // Loading this class starts BIRT's JavaScript bundle (lazy activation), whose activator sets the global
        // context factory: only then may we add our listener to it.
        JavascriptEngineFactory.class.getName();
        if (!INSTALLED.compareAndSet(false, true)) {
            return;
        }
        ContextFactory.getGlobal().addListener(new ContextFactory.Listener() {
            @Override
            public void contextCreated(Context context) {
                context.setClassShutter(SHUTTER);
            }

            @Override
            public void contextReleased(Context context) {
                // Nothing to undo: the shutter lives and dies with the context.
            }
        });
    }

    /**
     * For the test of the start-up probe only: with {@code false}, the installed shutter lets every class through,
     * as if it had not been installed, and a new {@code ReportRenderer} must refuse to start.
     *
     * @param on whether the shutter filters classes
     */
    public static void enforce(boolean on) {
        enforced = on;
    }

    /**
     * @param path a file the probe's script tries to create
     * @return a design whose {@code initialize} script creates {@code path} if, and only if, Java is reachable
     */
    public static String probeDesign(String path) {
        String quoted = quote(path);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <report xmlns="http://www.eclipse.org/birt/2005/design" version="3.2.23" id="1">
                    <method name="initialize"><![CDATA[new java.io.File('%s').createNewFile();]]></method>
                </report>
                """.formatted(quoted);
    }

    /**
     * Runs the probe's attack in a new Rhino context and scope made by the global factory (the one BIRT uses),
     * so that nothing cached by earlier reports hides what the shutter lets through.
     *
     * @param path a file the script tries to create
     */
    public static void probeFreshScope(String path) {
        Context context = ContextFactory.getGlobal().enterContext();
        try {
            String attack = "new java.io.File('" + quote(path) + "').createNewFile()";
            context.evaluateString(context.initStandardObjects(), attack, "sonde", 1, null);
        } catch (RuntimeException refused) {
            // The shutter refused the class: what we want.
        } finally {
            Context.exit();
        }
    }

    private static String quote(String path) {
        return path.replace("\\", "\\\\").replace("'", "\\'");
    }

    /**
     * @param className a fully qualified Java class name
     * @return whether report scripts may see that class
     */
    public static boolean visibleToScripts(String className) {
        if (VISIBLE_CLASSES.contains(className)) {
            return true;
        }
        for (String prefix : VISIBLE_PREFIXES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
