/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.model.ModeleMaillage;
import org.maillage.testsupport.FrenchLocale;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.ExpressionDiagnostic;
import org.maillage.viewpoint.internal.expressions.Dependencies;
import org.maillage.viewpoint.internal.expressions.ExpressionEngine;
import org.maillage.viewpoint.internal.expressions.ExpressionException;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.description.NodeMapping;

/**
 * Covered cases: expressions read the model by feature name (attributes, references, enum literals by name,
 * list index) and the vp: helpers; hostile expressions are refused with a message: Java class access,
 * reflection through getClass().forName, new File, EMF methods (eClass, eResource, eContainer), Java methods on
 * strings and lists, assignments, loops, lambdas, pragmas, unknown variables; a runaway evaluation stops at the
 * time limit; no file is created by any attempt; a bad expression in a description gives a diagnostic naming
 * the description element and the expression, and the other elements are still drawn.
 */
@ExtendWith(FrenchLocale.class)
class ExpressionSecurityTest {

    private final ExpressionEngine engine = ExpressionEngine.shared();
    private final ModeleMaillage model = Fixtures.eure();

    private Object eval(String expression) throws ExpressionException {
        return engine.evaluate(expression, Map.of("self", model, "root", model), new Dependencies());
    }

    @Test
    void readsTheModelByFeatureName() throws ExpressionException {
        assertEquals(model.getNom(), eval("self.nom"));
        assertEquals(model.getQpvs().size(), eval("size(self.qpvs)"));
        assertEquals(model.getQpvs().get(0).getNom(), eval("self.qpvs[0].nom"));
        assertEquals("ACTIF", eval("vp:ofType(self.dispositifs, 'Cpts')[0].statut"));
        assertEquals(true, eval("vp:container(self.qpvs[0]) == self"));
        assertEquals(model.getQpvs().get(0).getNom() + "!", eval("self.qpvs[0].nom + '!'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "''.getClass()",
        "''.getClass().forName('java.lang.Runtime')",
        "self.getClass().getClassLoader()",
        "new('java.io.File', '/tmp/maillage-pwned')",
        "java.io.File",
        "self.eClass()",
        "self.eResource()",
        "self.eContainer()",
        "self.eClass",
        "self.nom.length()",
        "self.qpvs.clear()",
        "self.nom = 'x'",
        "x = 1",
        "var x = 1",
        "while (true) { }",
        "for (q : self.qpvs) { q }",
        "(x) -> x",
        "#pragma jexl.namespace.r java.lang.Runtime\\n r:getRuntime()",
        "unknown",
        "vp:nothing(self)",
        "self.notAFeature",
    })
    void hostileOrWrongExpressionsAreRefused(String expression, @TempDir Path folder) {
        ExpressionException e = assertThrows(ExpressionException.class, () -> eval(expression.replace("\\n", "\n")));
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        try (var files = Files.list(folder)) {
            assertEquals(0, files.count());
        } catch (java.io.IOException io) {
            throw new AssertionError(io);
        }
        assertTrue(!Files.exists(Path.of("/tmp/maillage-pwned")));
    }

    @Test
    void refusalsSayWhyInFrench() {
        assertTrue(assertThrows(ExpressionException.class, () -> eval("while (true) { }")).getMessage()
                .contains("interdite"));
        assertTrue(assertThrows(ExpressionException.class, () -> eval("unknown")).getMessage()
                .contains("variable inconnue"));
        assertTrue(assertThrows(ExpressionException.class, () -> eval("self.eClass()")).getMessage()
                .contains("eClass"));
    }

    @Test
    void runawayEvaluationStopsAtTheTimeLimit() {
        ExpressionEngine quick = new ExpressionEngine(Duration.ofMillis(200));
        long start = System.nanoTime();
        // A walk of 1..2000000000 now stops at the item limit first (ExpressionLimitsTest); a slow regular
        // expression is what still runs until the deadline.
        ExpressionException e = assertThrows(ExpressionException.class, () -> quick.evaluate(
                "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '.*a.*a.*a.*a.*a.*a.*a.*a.*a.*a.*a.*a.*b'",
                Map.of("self", model), null));
        assertTrue(e.getMessage().contains("temps"), e.getMessage());
        // Generous bound: the point is that it stops, not how fast (no timing assertion beyond "it ended").
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(60).toNanos());
    }

    @Test
    void badExpressionInADescriptionIsADiagnosticNotACrash() {
        DiagramDescription description = org.eclipse.emf.ecore.util.EcoreUtil.copy(
                Fixtures.description(Fixtures.ARTICULATION));
        // Keep the copy in a viewpoint so that diagnostics can name it.
        org.maillage.viewpoint.model.description.Viewpoint viewpoint = org.maillage.viewpoint.model.description
                .DescriptionFactory.eINSTANCE.createViewpoint();
        viewpoint.setId("test");
        viewpoint.getDiagrams().add(description);
        NodeMapping qpv = description.getLayers().get(0).getNodeMappings().stream()
                .filter(m -> m.getId().equals("qpv")).findFirst().orElseThrow();
        qpv.setLabelExpression("''.getClass().forName('java.lang.Runtime')");
        DiagramSession session = DiagramSession.create(model, description);
        List<ExpressionDiagnostic> diagnostics = session.lastResult().diagnostics();
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        ExpressionDiagnostic diagnostic = diagnostics.get(0);
        assertTrue(diagnostic.descriptionElement().contains("qpv"), diagnostic.toString());
        assertEquals("labelExpression", diagnostic.feature());
        assertEquals(qpv.getLabelExpression(), diagnostic.expression());
        assertEquals(model.getQpvs().size(), Fixtures.nodes(session.diagram(), "qpv").size());
        assertEquals(Fixtures.nodes(session.diagram(), "cls").size(), Fixtures.nodes(
                DiagramSession.create(model, Fixtures.description(Fixtures.ARTICULATION)).diagram(), "cls").size());
        session.dispose();
    }
}
