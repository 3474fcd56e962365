/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.expressions;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.PatternSyntaxException;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.commons.jexl3.introspection.JexlUberspect;
import org.maillage.viewpoint.internal.Messages;

/**
 * Evaluates the expressions of viewpoint descriptions: Apache Commons JEXL 3, locked down.
 * <ul>
 * <li>Permissions start from {@link JexlPermissions#NONE} (no Java class, method, field or constructor) and
 * allow exactly one class: the {@code vp:} helper functions ({@link ViewpointFunctions}).</li>
 * <li>Features: no {@code new}, no side effects (assignments), no loops, no lambdas, no pragmas, no
 * annotations; the parser refuses them before anything runs.</li>
 * <li>EMF objects are read through {@link EmfPropertyResolver}, which answers only structural features by name
 * ({@code self.nom}, {@code self.porteur}) with {@code eGet}; EMF and Java methods ({@code eClass()},
 * {@code eResource()}, {@code getClass()}) stay unreachable.</li>
 * <li>Strict and not silent: an unknown variable, property or function is an error, reported as a
 * diagnostic.</li>
 * <li>Each evaluation has a time limit: JEXL's cancellation flag is raised by a watchdog and helpers check
 * the deadline while they iterate.</li>
 * <li>Regular expressions ({@code =~}, {@code !~}) go through {@link ViewpointArithmetic} and
 * {@link BoundedRegex}: dangerous patterns are refused, the others read their text through a view that checks
 * the deadline (java.util.regex looks at neither interrupts nor JEXL's flag).</li>
 * <li>{@code vp:} functions read and build at most {@link Limits#MAX_ITEMS} items and {@link Limits#MAX_STRING}
 * characters; an evaluation that still exhausts the stack or the heap fails with a diagnostic, and the
 * watchdog survives it.</li>
 * </ul>
 * Thread-safe: parsed scripts are cached by text; each evaluation has its own context.
 */
public final class ExpressionEngine {

    /** Namespace of the helper functions, as in {@code vp:container(self)}. */
    public static final String NAMESPACE = "vp";

    /** Default time limit of one evaluation. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(2);

    private static final JexlPermissions PERMISSIONS = JexlPermissions.NONE
            .compose(ViewpointFunctions.class.getPackageName() + " { +" + ViewpointFunctions.class.getSimpleName()
                    + " {} }");

    private final JexlEngine jexl;
    private final long limitNanos;
    private final Map<String, Object> scripts = new ConcurrentHashMap<>();
    private final Watchdog watchdog = Watchdog.INSTANCE;

    private static final ExpressionEngine SHARED = new ExpressionEngine(DEFAULT_TIME_LIMIT);

    /**
     * @return the engine with the {@linkplain #DEFAULT_TIME_LIMIT default time limit} that sessions share (thread-safe;
     *         sharing keeps its cache of parsed expressions warm)
     */
    public static ExpressionEngine shared() {
        return SHARED;
    }

    /** @param timeLimit how long one evaluation may run */
    public ExpressionEngine(Duration timeLimit) {
        this.limitNanos = timeLimit.toNanos();
        JexlFeatures features = new JexlFeatures()
                .newInstance(false)
                .sideEffect(false)
                .sideEffectGlobal(false)
                .loops(false)
                .lambda(false)
                .pragma(false)
                .importPragma(false)
                .namespacePragma(false)
                .annotation(false)
                .methodCall(true);
        JexlUberspect.ResolverStrategy strategy = (operator, object) -> object instanceof org.eclipse.emf.ecore.EObject
                || object instanceof List<?>
                        ? List.of(EmfPropertyResolver.INSTANCE)
                        : JexlUberspect.JEXL_STRATEGY.apply(operator, object);
        this.jexl = new JexlBuilder()
                .features(features)
                .permissions(PERMISSIONS)
                .strategy(strategy)
                .namespaces(Map.of(NAMESPACE, new ViewpointFunctions()))
                .arithmetic(new ViewpointArithmetic(true))
                .strict(true)
                .safe(false)
                .silent(false)
                .cancellable(true)
                .debug(false)
                .cache(0)
                .create();
    }

    /**
     * Checks that an expression parses under the hardened features.
     *
     * @throws ExpressionException with the reason, e.g. a loop or an assignment
     */
    public void check(String expression) throws ExpressionException {
        script(expression);
    }

    /**
     * Evaluates an expression.
     *
     * @param expression the text
     * @param variables its variables ({@code self}, {@code root}...); not modified
     * @param dependencies where to record the semantic objects read, or {@code null}
     * @return the value: an EObject, a list, a string (enum literals are read as their name), a number, a boolean
     *         or {@code null}
     * @throws ExpressionException when the expression is refused, fails or runs out of time
     */
    public Object evaluate(String expression, Map<String, Object> variables, Dependencies dependencies)
            throws ExpressionException {
        return evaluate(expression, variables, dependencies, null);
    }

    /**
     * As {@link #evaluate(String, Map, Dependencies)}, sharing a model index between the evaluations of one refresh.
     *
     * @param index the index, or {@code null} to let helpers walk the model
     */
    public Object evaluate(String expression, Map<String, Object> variables, Dependencies dependencies,
            ModelIndex index) throws ExpressionException {
        JexlScript script = script(expression);
        EvaluationContext context = new EvaluationContext(variables, dependencies, index,
                System.nanoTime() + limitNanos);
        EvaluationContext previous = EvaluationContext.CURRENT.get();
        EvaluationContext.CURRENT.set(context);
        try {
            watchdog.watch(context);
            return script.execute(context);
        } catch (EvaluationContext.CancelledException | JexlException.Cancel e) {
            throw timeout(e);
        } catch (JexlException e) {
            Throwable cause = cause(e);
            if (cause instanceof Limits.LimitException) {
                throw new ExpressionException(cause.getMessage(), e);
            }
            if (cause instanceof PatternSyntaxException invalid) {
                throw invalid(invalid);
            }
            if (cause instanceof EvaluationContext.CancelledException || context.overdue()) {
                throw timeout(e);
            }
            if (e instanceof JexlException.StackOverflow || cause instanceof VirtualMachineError) {
                throw exhausted(e);
            }
            throw new ExpressionException(describe(e), e);
        } catch (Limits.LimitException e) {
            throw new ExpressionException(e.getMessage(), e);
        } catch (PatternSyntaxException e) {
            // JEXL compiles a constant pattern ('...' on the right of =~) itself, outside its error handling.
            throw invalid(e);
        } catch (RuntimeException e) {
            throw new ExpressionException(Messages.get("expression.failed", String.valueOf(e.getMessage())), e);
        } catch (StackOverflowError | OutOfMemoryError e) { // NOPMD: see exhausted()
            throw exhausted(e);
        } finally {
            EvaluationContext.CURRENT.set(previous);
            watchdog.unwatch(context);
        }
    }

    /** @return the first cause of a JEXL exception that is ours (limits, cancellation) or an Error */
    private static Throwable cause(JexlException e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof Limits.LimitException || t instanceof EvaluationContext.CancelledException
                    || t instanceof VirtualMachineError || t instanceof PatternSyntaxException) {
                return t;
            }
        }
        return e.getCause();
    }

    private static ExpressionException invalid(PatternSyntaxException e) {
        return new ExpressionException(Messages.get("expression.regexInvalid", e.getPattern(), e.getDescription()),
                e);
    }

    private ExpressionException timeout(Exception e) {
        return new ExpressionException(Messages.get("expression.timeout", limitNanos / 1_000_000), e, true);
    }

    /**
     * An expression that exhausts the stack or the heap fails like any other: what it allocated is garbage as
     * soon as the evaluation unwinds, and the description's other expressions (and the watchdog) go on. Only
     * these two Errors are caught: both are the expression's doing, not a broken JVM.
     */
    private static ExpressionException exhausted(Throwable e) {
        return new ExpressionException(Messages.get("expression.exhausted", e instanceof OutOfMemoryError
                || e.getCause() instanceof OutOfMemoryError ? Messages.get("expression.memory")
                        : Messages.get("expression.stack")), e);
    }

    private JexlScript script(String expression) throws ExpressionException {
        Object cached = scripts.get(expression);
        if (cached == null) {
            try {
                cached = jexl.createScript(expression);
            } catch (JexlException e) {
                cached = new ExpressionException(Messages.get("expression.refused", describe(e)), e);
            } catch (StackOverflowError e) { // NOPMD: JEXL's parser recurses once per nesting level
                cached = exhausted(e);
            }
            scripts.put(expression, cached);
        }
        if (cached instanceof ExpressionException refused) {
            throw new ExpressionException(refused.getMessage(), refused.getCause());
        }
        return (JexlScript) cached;
    }

    /** JEXL messages start with the caller's location (useless to a modeller): keep what follows it. */
    private static String describe(JexlException e) {
        String message = e.getMessage();
        if (e instanceof JexlException.Feature) {
            return Messages.get("expression.feature", message.substring(message.lastIndexOf(' ') + 1));
        }
        if (e instanceof JexlException.Property p) {
            return Messages.get("expression.property", p.getProperty());
        }
        if (e instanceof JexlException.Method m) {
            return Messages.get("expression.method", m.getMethod());
        }
        if (e instanceof JexlException.Variable v) {
            return Messages.get("expression.variable", v.getVariable());
        }
        if (e instanceof JexlException.Parsing || e instanceof JexlException.Tokenization) {
            return Messages.get("expression.syntax", message.substring(message.indexOf(' ') + 1));
        }
        int colon = message.indexOf(' ');
        return colon > 0 ? message.substring(colon + 1) : message;
    }
}
