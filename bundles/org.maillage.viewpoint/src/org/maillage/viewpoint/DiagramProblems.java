/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.maillage.viewpoint.internal.DiagramInterpreter;

/**
 * The validation problems of the semantic elements, keyed as diagram elements name them
 * ({@code DDiagramElement.semanticElement}), for the decorators that the renderers draw on nodes.
 * <p>
 * Built from plain EMF {@link Diagnostic}s whose first data object is the offending element (what Maillage's
 * {@code RuleDiagnostic} and EMF's own diagnostics give), so that the viewpoint engine does not depend on the
 * validation bundle: whoever validates (the workbench's background validation, {@code maillage diagram --problems})
 * hands its diagnostics here. Immutable.
 */
public final class DiagramProblems {

    /** No problem at all. */
    public static final DiagramProblems NONE = new DiagramProblems(Map.of());

    /**
     * One problem of an element.
     *
     * @param severity {@link Diagnostic#ERROR}, {@link Diagnostic#WARNING} or {@link Diagnostic#INFO}
     * @param message the message, in the user's language, naming the element
     */
    public record Problem(int severity, String message) {
    }

    private final Map<String, List<Problem>> bySemantic;

    private DiagramProblems(Map<String, List<Problem>> bySemantic) {
        this.bySemantic = bySemantic;
    }

    /**
     * @param diagnostics the problems, e.g. the leaves of a validation; those without an element are ignored, and
     *            so are those below {@link Diagnostic#INFO} (OK)
     * @return the problems by semantic element
     */
    public static DiagramProblems of(Collection<? extends Diagnostic> diagnostics) {
        Map<String, List<Problem>> map = new LinkedHashMap<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.getSeverity() < Diagnostic.INFO || diagnostic.getData().isEmpty()
                    || !(diagnostic.getData().get(0) instanceof EObject element)) {
                continue;
            }
            map.computeIfAbsent(DiagramInterpreter.uuid(element), k -> new ArrayList<>())
                    .add(new Problem(diagnostic.getSeverity(), diagnostic.getMessage()));
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new DiagramProblems(Map.copyOf(map));
    }

    /**
     * @param semanticElement a diagram element's {@code semanticElement}
     * @return its problems, in the order given; empty when it has none
     */
    public List<Problem> of(String semanticElement) {
        return semanticElement == null ? List.of() : bySemantic.getOrDefault(semanticElement, List.of());
    }

    /**
     * @param semanticElement a diagram element's {@code semanticElement}
     * @return the worst severity of its problems, or {@link Diagnostic#OK} when it has none
     */
    public int severity(String semanticElement) {
        int worst = Diagnostic.OK;
        for (Problem problem : of(semanticElement)) {
            worst = Math.max(worst, problem.severity());
        }
        return worst;
    }

    /**
     * @param semanticElement a diagram element's {@code semanticElement}
     * @return its messages, one a line, worst first, for a tooltip or an SVG {@code <title>}
     */
    public String tooltip(String semanticElement) {
        return String.join("\n", of(semanticElement).stream()
                .sorted((a, b) -> Integer.compare(b.severity(), a.severity())).map(Problem::message).toList());
    }

    /** @return whether no element has a problem */
    public boolean isEmpty() {
        return bySemantic.isEmpty();
    }
}
