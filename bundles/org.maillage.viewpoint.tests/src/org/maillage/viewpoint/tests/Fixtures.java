/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.params.provider.Arguments;

import org.maillage.core.persistence.ModelLoadException;
import org.maillage.examples.Example;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.ExpressionDiagnostic;
import org.maillage.viewpoint.ViewpointRegistry;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.diagram.DContainer;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.Diagram;

/** Shared helpers: the shipped viewpoints, the example roadmaps, walking a representation. */
final class Fixtures {

    static final String ARTICULATION = "org.maillage.viewpoints.articulation/articulation";
    static final String DECLINAISON = "org.maillage.viewpoints.declinaison/declinaison";
    static final String TERRITOIRES = "org.maillage.viewpoints.territoires/territoires";

    private static ViewpointRegistry registry;

    private Fixtures() {
    }

    /** @return each shipped viewpoint on each example roadmap: (Example, description id) */
    static Stream<Arguments> viewpointsOnExamples() {
        List<Arguments> cases = new ArrayList<>();
        for (Example example : Examples.all()) {
            for (String id : List.of(ARTICULATION, DECLINAISON, TERRITOIRES)) {
                cases.add(Arguments.of(example, id));
            }
        }
        return cases.stream();
    }

    static synchronized ViewpointRegistry registry() {
        if (registry == null) {
            // French explicitly: the tests compare with the French labels, whatever the locale of the build.
            registry = ViewpointRegistry.fromExtensions(Platform.getExtensionRegistry(), Locale.FRANCE);
        }
        return registry;
    }

    static DiagramDescription description(String id) {
        return registry().find(id).orElseThrow(() -> new AssertionError("missing viewpoint " + id + " "
                + registry().problems()));
    }

    static ModeleMaillage open(Example example) {
        try {
            return example.open();
        } catch (IOException | ModelLoadException e) {
            throw new AssertionError(e);
        }
    }

    static ModeleMaillage eure() {
        return open(Examples.eure());
    }

    /** @return every node of the diagram, parents before children */
    static List<DNode> nodes(Diagram diagram) {
        List<DNode> result = new ArrayList<>();
        collect(diagram.getNodes(), result);
        return result;
    }

    private static void collect(List<DNode> nodes, List<DNode> result) {
        for (DNode node : nodes) {
            result.add(node);
            if (node instanceof DContainer container) {
                collect(container.getChildren(), result);
            }
        }
    }

    /** @return the nodes of one mapping */
    static List<DNode> nodes(Diagram diagram, String mappingId) {
        return nodes(diagram).stream().filter(n -> mappingId.equals(n.getMappingId())).toList();
    }

    /** @return the number of edges of one mapping */
    static long edges(Diagram diagram, String mappingId) {
        return diagram.getEdges().stream().filter(e -> mappingId.equals(e.getMappingId())).count();
    }

    /**
     * Asserts that the session's last refresh gave exactly one diagnostic, naming the description element and the
     * expression, and saying why.
     *
     * @return that diagnostic
     */
    static ExpressionDiagnostic onlyDiagnostic(DiagramSession session, String element, String feature,
            String expression, String reason) {
        List<ExpressionDiagnostic> diagnostics = session.lastResult().diagnostics();
        assertEquals(1, diagnostics.size(), diagnostics.toString());
        ExpressionDiagnostic diagnostic = diagnostics.get(0);
        assertTrue(diagnostic.descriptionElement().contains(element), diagnostic.toString());
        assertEquals(feature, diagnostic.feature());
        assertEquals(expression, diagnostic.expression());
        assertTrue(diagnostic.message().contains(reason), diagnostic.message());
        return diagnostic;
    }
}
