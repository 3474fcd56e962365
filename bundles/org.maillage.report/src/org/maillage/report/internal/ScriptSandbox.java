/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.internal;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.birt.report.engine.javascript.JavascriptEngineFactory;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.ClassShutter;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Scriptable;

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
 * <p>
 * Scripts also get a time limit ({@link #deadline(Duration)}): Rhino calls its context factory's
 * {@code observeInstructionCount} every few thousand instructions, and {@code doTopCall} at each script entry. BIRT's
 * JavaScript bundle installs its own global factory (a package-private class that overrides neither), and Rhino
 * allows only one {@code initGlobal}: so {@link #install()} replaces BIRT's factory by {@link SandboxFactory}, which
 * keeps its one change (dynamic scopes), sets the shutter and the instruction counting on every new context, and
 * stops a script past its deadline with an {@link Error} that script {@code catch} blocks do not intercept (a
 * {@code finally} block that loops is stopped again, the deadline being still past). A debugger ({@code DebugFrame.onLineChange}) was tried first: Rhino calls it only when the line
 * changes, so {@code while(true){}} on one line never stopped.
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
            "org.eclipse.birt.chart.internal.log.JavaUtilLoggerImpl",
            // ICU formatting for scripts that format values themselves. Not ULocale, TimeZone, Calendar, Collator or
            // anything with a JVM-wide setter (setDefault, registerInstance): a report must not change the locale or
            // time zone of every later report and of the workbench. The shipped designs need none of ICU.
            "com.ibm.icu.text.NumberFormat", "com.ibm.icu.text.DecimalFormat", "com.ibm.icu.text.DateFormat",
            "com.ibm.icu.text.SimpleDateFormat");

    /**
     * Narrow on purpose: with all of {@code org.eclipse.birt} visible, a script can reach the design handle and
     * write files with {@code saveAs}.
     */
    private static final String[] VISIBLE_PREFIXES = {
        "org.eclipse.birt.report.engine.api.script.",
        "org.eclipse.birt.data.engine.api.script.", "org.eclipse.birt.data.engine.script.",
        "org.eclipse.birt.core.script.", "org.eclipse.birt.report.engine.script.internal." };

    /** Off only in the test that checks the start-up probe refuses an engine without a working shutter. */
    private static volatile boolean enforced = true;

    private static final ClassShutter SHUTTER = className -> !enforced || visibleToScripts(className);

    private ScriptSandbox() {
    }

    /** How many instructions a script runs between two looks at its deadline: about a millisecond of work. */
    private static final int INSTRUCTIONS_BETWEEN_CHECKS = 10_000;

    /** The deadline of the report run on this thread (BIRT runs a task's scripts on the thread that runs it). */
    private static final ThreadLocal<Deadline> DEADLINE = new ThreadLocal<>();

    /**
     * Installs the shutter and the deadline checks for every Rhino context created from now on. Idempotent.
     *
     * @throws IllegalStateException when Rhino's global factory cannot be replaced (a Rhino upgrade changed it)
     */
    public static void install() {
        // Loading this class starts BIRT's JavaScript bundle (lazy activation), whose activator sets the global
        // context factory: only after that may ours replace it, or the activator's initGlobal would throw.
        JavascriptEngineFactory.class.getName();
        synchronized (ContextFactory.class) {
            if (INSTALLED.get()) {
                return;
            }
            try {
                // The field Rhino's own initGlobal sets; BIRT resets it the same way when its bundle stops.
                Field global = ContextFactory.class.getDeclaredField("global");
                global.setAccessible(true);
                global.set(null, new SandboxFactory());
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("Rhino: fabrique de contextes non remplaçable (" + e + ")", e);
            }
            if (!(ContextFactory.getGlobal() instanceof SandboxFactory)) {
                throw new IllegalStateException("Rhino: fabrique de contextes non remplacée");
            }
            INSTALLED.set(true);
        }
    }

    /**
     * BIRT's factory, plus the class shutter and the deadline. BIRT's {@code MyFactory} only turns dynamic scopes on
     * (its scripts share one root scope); everything else is Rhino's default.
     */
    private static final class SandboxFactory extends ContextFactory {

        @Override
        protected boolean hasFeature(Context context, int featureIndex) {
            return featureIndex == Context.FEATURE_DYNAMIC_SCOPE || super.hasFeature(context, featureIndex);
        }

        @Override
        protected void onContextCreated(Context context) {
            context.setClassShutter(SHUTTER);
            // Compiled scripts count instructions only when generated with the count; the interpreter always does.
            context.setGenerateObserverCount(true);
            context.setInstructionObserverThreshold(INSTRUCTIONS_BETWEEN_CHECKS);
            super.onContextCreated(context);
        }

        @Override
        protected void observeInstructionCount(Context context, int instructionCount) {
            Deadline deadline = DEADLINE.get();
            if (deadline != null) {
                deadline.check();
            }
        }

        @Override
        protected Object doTopCall(Callable callable, Context context, Scriptable scope, Scriptable thisObj,
                Object[] args) {
            Deadline deadline = DEADLINE.get();
            if (deadline == null) {
                return super.doTopCall(callable, context, scope, thisObj, args);
            }
            // Once a run is out of time, every later script and expression of that run stops at once.
            deadline.enter();
            try {
                return super.doTopCall(callable, context, scope, thisObj, args);
            } finally {
                deadline.exit();
            }
        }
    }

    /**
     * Starts the time limit of the scripts run on this thread, until {@link Deadline#close()}.
     *
     * @param limit how long the scripts and expressions of one report run may take in all (layout and data
     *        access not counted)
     * @return the deadline; close it when the run ends
     */
    public static Deadline deadline(Duration limit) {
        Deadline deadline = new Deadline(limit);
        DEADLINE.set(deadline);
        return deadline;
    }

    /**
     * The time budget of one report run's scripts, on the thread that runs it: the time spent inside scripts is
     * added up, so that neither one endless script nor a script per row that each takes a little less than the
     * limit can hold the engine longer than the limit.
     */
    public static final class Deadline implements AutoCloseable {

        private final Duration limit;
        private final long budget;
        private long used;
        private long enteredAt;
        private int depth;
        private volatile boolean expired;

        private Deadline(Duration limit) {
            this.limit = limit;
            this.budget = limit.toNanos();
        }

        void enter() {
            if (depth++ == 0) {
                enteredAt = System.nanoTime();
            }
            check();
        }

        void exit() {
            if (--depth == 0) {
                used += System.nanoTime() - enteredAt;
            }
        }

        void check() {
            long spent = used + (depth > 0 ? System.nanoTime() - enteredAt : 0);
            if (expired || spent > budget) {
                expired = true;
                throw new ScriptTimeout(limit);
            }
        }

        /** @return whether a script was stopped because the time was up (read by the run's watcher, too) */
        public boolean expired() {
            return expired;
        }

        /** @return the limit */
        public Duration limit() {
            return limit;
        }

        @Override
        public void close() {
            if (DEADLINE.get() == this) {
                DEADLINE.remove();
            }
        }
    }

    /**
     * Stops a script past its deadline. An {@link Error}, not an exception: Rhino does not let a script's
     * {@code catch} intercept it, so a script cannot swallow it and loop on.
     */
    public static final class ScriptTimeout extends Error {

        private static final long serialVersionUID = 1L;

        ScriptTimeout(Duration limit) {
            super("délai des scripts dépassé (" + limit.toSeconds() + " s)", null, false, false);
        }
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

    /**
     * Runs {@code while (true) {}} in a new context, under the deadline the caller set on this thread.
     *
     * @return whether the deadline stopped it (else it would not return at all)
     */
    public static boolean probeEndlessLoop() {
        Context context = ContextFactory.getGlobal().enterContext();
        try {
            context.evaluateString(context.initStandardObjects(), "while (true) {}", "sonde", 1, null);
            return false;
        } catch (ScriptTimeout stopped) {
            return true;
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
