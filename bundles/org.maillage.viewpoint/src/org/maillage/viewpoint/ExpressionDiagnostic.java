/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint;

/**
 * A problem met while evaluating an expression of a description: which description element and which of its
 * expressions, the expression text, the semantic element it was evaluated on, and what went wrong. Refreshes
 * collect these instead of failing: a bad expression hides what it should have shown, nothing more.
 *
 * @param descriptionElement where the expression is, e.g. {@code articulation / qpv (NodeMapping)}
 * @param feature which expression of that element, e.g. {@code labelExpression}
 * @param expression the expression text as written by the modeller
 * @param semanticElement the element it was evaluated on (label and uuid), or {@code null}
 * @param message what went wrong, in the user's language
 */
public record ExpressionDiagnostic(String descriptionElement, String feature, String expression,
        String semanticElement, String message) {

    @Override
    public String toString() {
        return descriptionElement + " / " + feature + " : « " + expression + " »"
                + (semanticElement == null ? "" : " (" + semanticElement + ")") + " : " + message;
    }
}
