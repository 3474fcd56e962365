/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ExitCodes;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.testsupport.FrenchLocale;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.ViewpointRegistry;
import org.maillage.viewpoint.internal.cli.DiagramCommand;
import org.maillage.viewpoint.internal.expressions.ExpressionEngine;
import org.maillage.viewpoint.internal.expressions.ExpressionException;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.NodeMapping;
import org.maillage.viewpoint.model.description.Viewpoint;

/**
 * Covered cases (attacks on the time limit of viewpoint expressions, each once failing before the fix):
 * a regular expression with a back-reference ({@code (a|a)*\1b}) or a nested repetition ({@code (a+)+b},
 * {@code (.*a){12}}), with {@code =~}, {@code !~} or a {@code ~/.../} literal, is refused at once with a French
 * message quoting it; a pattern past 1,000 characters is refused; a slow pattern that passes those checks
 * ({@code .*a.*a...b}) stops at the time limit instead of running for hours; plain patterns and collection
 * membership still work; {@code (1..2000000000) =~ (1..10)} stops at 100,000 items; {@code vp:join},
 * {@code vp:ofType}, {@code vp:collect}, {@code vp:select}, {@code vp:intersection} and {@code vp:container}
 * over a huge range stop at 100,000 items with a message naming the function, {@code vp:join} at 1,000,000
 * characters, and small ranges still work; a StackOverflowError in an evaluation (or in parsing) is a diagnostic and later runaway evaluations
 * are still stopped, also after the watchdog thread died; a catastrophic precondition in a mapping ends a diagram
 * refresh with one diagnostic naming the mapping and the expression; a catastrophic precondition of a diagram
 * description ends {@code maillage diagram --list} and {@code --viewpoint} with that diagnostic, not a hang.
 */
@ExtendWith(FrenchLocale.class)
class ExpressionLimitsTest {

    /** Exponential with java.util.regex (back-reference: not memoised). */
    private static final String BACKREFERENCE = "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(a|a)*\\\\1b'";
    /** No back-reference, no nested repetition, yet hours of backtracking on 36 characters. */
    private static final String SLOW_PATTERN = ".*a.*a.*a.*a.*a.*a.*a.*a.*a.*a.*a.*a.*b";
    private static final String SLOW = "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '" + SLOW_PATTERN + "'";
    /** Far above what any expression needs; the point is that it ends, not how fast. */
    private static final Duration NO_HANG = Duration.ofSeconds(20);

    private final ModeleMaillage model = Fixtures.eure();
    private final ExpressionEngine quick = new ExpressionEngine(Duration.ofMillis(300));

    private Object eval(ExpressionEngine engine, String expression) throws ExpressionException {
        return engine.evaluate(expression, Map.of("self", model, "root", model), null);
    }

    private String failure(ExpressionEngine engine, String expression) {
        return assertTimeoutPreemptively(NO_HANG, () -> assertThrows(ExpressionException.class,
                () -> eval(engine, expression)).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        BACKREFERENCE,
        "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' !~ '(a|a)*\\\\1b'",
        "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ ~/(a|a)*\\1b/",
        "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(?<x>a|a)*\\\\k<x>b'",
    })
    void backReferencesAreRefused(String expression) {
        String message = failure(ExpressionEngine.shared(), expression);
        assertTrue(message.contains("références arrière") && message.contains("a|a)*"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = { "(a+)+b", "(a*)*b", "(\\\\w+\\\\s?)*b", "(.*a){12}", "((ab)+c)*" })
    void nestedRepetitionsAreRefused(String pattern) {
        String message = failure(ExpressionEngine.shared(), "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '"
                + pattern + "'");
        assertTrue(message.contains("groupe répété"), message);
    }

    @Test
    void slowPatternsStopAtTheTimeLimit() {
        String message = failure(quick, SLOW);
        assertTrue(message.contains("temps permis"), message);
        message = failure(quick, "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ ~/" + SLOW_PATTERN + "/");
        assertTrue(message.contains("temps permis"), message);
        message = failure(quick, "self.nom !~ 'x' && " + SLOW);
        assertTrue(message.contains("temps permis"), message);
    }

    @Test
    void longPatternsAreRefused() {
        String message = failure(quick, "'a' =~ '" + "a".repeat(1001) + "'");
        assertTrue(message.contains("1000 caractères"), message);
        message = failure(quick, "'a' =~ '(a'");
        assertTrue(message.contains("invalide"), message);
    }

    @Test
    void ordinaryPatternsAndMembershipStillWork() throws ExpressionException {
        assertEquals(true, eval(quick, "self.nom =~ '.*" + model.getNom().charAt(0) + ".*'"));
        assertEquals(true, eval(quick, "'CPTS du Vexin' =~ '(CPTS|MSP) .+'"));
        assertEquals(true, eval(quick, "'abc' !~ 'b'"));
        assertEquals(true, eval(quick, "'2026-12' =~ ~/\\d{4}-\\d{2}/"));
        assertEquals(true, eval(quick, "'a' =~ ['a', 'b']"));
        assertEquals(true, eval(quick, "3 =~ (1 .. 2000000000)"));
        assertEquals("1-2-3", eval(quick, "vp:join(1 .. 3, '-')"));
        assertEquals(true, eval(quick, "(1 .. 50000) =~ (1 .. 2000000000)"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "join:vp:join(1..100000000, ',')", "ofType:size(vp:ofType(1 .. 2000000000, 'Cls'))",
        "collect:vp:collect(1..100000000, 'nom')", "select:vp:select(1..100000000, 'nom', 'x')",
        "intersection:vp:intersection(self.qpvs, 1..100000000)", "container:vp:container(1..100000000)",
        "=~:(1 .. 2000000000) =~ (1 .. 10)" })
    void functionsStopAtTheItemLimit(String functionAndExpression) {
        int colon = functionAndExpression.indexOf(':');
        String message = failure(ExpressionEngine.shared(), functionAndExpression.substring(colon + 1));
        String function = functionAndExpression.substring(0, colon);
        assertTrue(message.contains(function.startsWith("=") ? function : "vp:" + function)
                && message.contains("100000 éléments"), message);
    }

    @Test
    void joinStopsAtTheStringLimit() {
        String message = failure(ExpressionEngine.shared(), "vp:join(1..90000, '" + "-".repeat(20) + "')");
        assertTrue(message.contains("vp:join") && message.contains("1000000 caractères"), message);
    }

    @Test
    void stackOverflowIsADiagnosticAndLimitsStillHold() throws Exception {
        String deep = "1 + (".repeat(4000) + "1" + ")".repeat(4000);
        // Parsed on a large stack (the script is cached), evaluated on a small one: the Error is the evaluation's.
        AtomicReference<Object> parsed = new AtomicReference<>();
        runOn(64 << 20, () -> {
            try {
                quick.check(deep);
                parsed.set("ok");
            } catch (ExpressionException e) {
                parsed.set(e.getMessage());
            }
        });
        assertEquals("ok", parsed.get());
        AtomicReference<Object> evaluated = new AtomicReference<>();
        runOn(256 << 10, () -> evaluated.set(assertThrows(ExpressionException.class, () -> eval(quick, deep))
                .getMessage()));
        assertTrue(String.valueOf(evaluated.get()).contains("pile"), String.valueOf(evaluated.get()));
        // Deeper than the parser can go on a small stack: refused when parsed.
        String deeper = "(".repeat(20000) + "1" + ")".repeat(20000);
        AtomicReference<Object> refused = new AtomicReference<>();
        runOn(256 << 10, () -> refused.set(assertThrows(ExpressionException.class, () -> eval(quick, deeper))
                .getMessage()));
        assertNotNull(refused.get());
        assertTrue(failure(quick, SLOW).contains("temps permis"));
    }

    @Test
    void limitsHoldAfterTheWatchdogDied() throws Exception {
        failure(quick, SLOW);
        Thread watchdog = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("maillage-expression-watchdog")).findFirst().orElseThrow();
        watchdog.interrupt();
        watchdog.join(NO_HANG.toMillis());
        assertFalse(watchdog.isAlive());
        String message = failure(quick, SLOW);
        assertTrue(message.contains("temps permis"), message);
        // A regex checks the deadline itself; the watchdog is what stops JEXL's own evaluation: it was restarted.
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("maillage-expression-watchdog") && t.isAlive()));
    }

    @Test
    void catastrophicMappingPreconditionEndsTheRefreshWithOneDiagnostic() {
        DiagramDescription description = hostileViewpoint(null).getDiagrams().get(0);
        NodeMapping qpv = description.getLayers().get(0).getNodeMappings().stream()
                .filter(m -> m.getId().equals("qpv")).findFirst().orElseThrow();
        qpv.setPreconditionExpression(SLOW);
        assertTrue(model.getQpvs().size() > 1);
        DiagramSession session = assertTimeoutPreemptively(NO_HANG, () -> DiagramSession.create(model, description));
        Fixtures.onlyDiagnostic(session, "qpv", "preconditionExpression", SLOW, "temps permis");
        assertEquals(0, Fixtures.nodes(session.diagram(), "qpv").size());
        assertFalse(Fixtures.nodes(session.diagram(), "cls").isEmpty());
        session.dispose();
    }

    @ParameterizedTest
    @ValueSource(strings = { SLOW, BACKREFERENCE })
    void catastrophicDiagramPreconditionEndsTheDiagramCommand(String precondition, @TempDir Path folder)
            throws Exception {
        Examples.eure().copyTo(folder);
        ViewpointRegistry registry = new ViewpointRegistry(List.of(hostileViewpoint(precondition)));
        String[] list = run(registry, folder, "--list", "eure.maillage");
        assertEquals(String.valueOf(ExitCodes.PROBLEMS_FOUND), list[0], list[2]);
        assertTrue(list[2].contains("piege / articulation (DiagramDescription) / preconditionExpression")
                && list[2].contains(precondition), list[2]);
        assertTrue(list[2].contains(precondition.equals(SLOW) ? "temps permis" : "références arrière"), list[2]);
        assertFalse(list[1].contains("piege/articulation"), list[1]);

        String[] render = run(registry, folder, "--viewpoint", "piege/articulation", "--out", "a.svg",
                "eure.maillage");
        assertEquals(String.valueOf(ExitCodes.USAGE), render[0], render[2]);
        assertTrue(render[2].contains("preconditionExpression") && render[2].contains("ne s'applique pas"),
                render[2]);
        assertFalse(Files.exists(folder.resolve("a.svg")));
    }

    /** @return a copy of the articulation viewpoint with id {@code piege} and the given diagram precondition */
    private static Viewpoint hostileViewpoint(String precondition) {
        Viewpoint viewpoint = (Viewpoint) EcoreUtil.copy(Fixtures.description(Fixtures.ARTICULATION).eContainer());
        viewpoint.setId("piege");
        viewpoint.getDiagrams().retainAll(List.of(viewpoint.getDiagrams().get(0)));
        viewpoint.getDiagrams().get(0).setPreconditionExpression(precondition);
        return viewpoint;
    }

    /** @return exit code, standard output, standard error */
    private static String[] run(ViewpointRegistry registry, Path folder, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), folder);
        int code = assertTimeoutPreemptively(NO_HANG, () -> new DiagramCommand(registry).run(List.of(args),
                context));
        return new String[] { String.valueOf(code), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8) };
    }

    private static void runOn(long stackSize, Runnable task) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                task.run();
            } catch (Throwable t) { // NOPMD: handed to the test thread
                failure.set(t);
            }
        }, "expression-limits-test", stackSize);
        thread.start();
        thread.join(NO_HANG.toMillis());
        assertFalse(thread.isAlive());
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }
}
