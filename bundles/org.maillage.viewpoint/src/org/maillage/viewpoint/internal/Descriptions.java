/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.maillage.viewpoint.ExpressionDiagnostic;
import org.maillage.viewpoint.internal.expressions.ExpressionEngine;
import org.maillage.viewpoint.internal.expressions.ExpressionException;
import org.maillage.viewpoint.model.description.IdentifiedElement;
import org.maillage.viewpoint.model.description.Viewpoint;

/**
 * What diagram and table descriptions share: finding one by {@code viewpointId/descriptionId} and evaluating its
 * precondition on a target, one way for both kinds.
 */
public final class Descriptions {

    private Descriptions() {
    }

    /**
     * @param viewpoints where to look
     * @param id {@code viewpointId/descriptionId}, a description id alone, or (when {@code firstOfViewpoint}) a
     *            viewpoint id alone
     * @param descriptions the descriptions of one kind of a viewpoint (its diagrams, its tables)
     * @param firstOfViewpoint whether a viewpoint id alone means its first description
     * @return the description, or empty when none or several match
     */
    public static <T extends IdentifiedElement> Optional<T> find(List<Viewpoint> viewpoints, String id,
            Function<Viewpoint, List<T>> descriptions, boolean firstOfViewpoint) {
        if (id == null) {
            return Optional.empty();
        }
        int slash = id.lastIndexOf('/');
        List<T> matches = new ArrayList<>();
        for (Viewpoint viewpoint : viewpoints) {
            List<T> ofViewpoint = descriptions.apply(viewpoint);
            for (T description : ofViewpoint) {
                boolean match = slash > 0
                        ? id.substring(0, slash).equals(viewpoint.getId())
                                && id.substring(slash + 1).equals(description.getId())
                        : id.equals(description.getId());
                if (match) {
                    matches.add(description);
                }
            }
            if (firstOfViewpoint && slash < 0 && id.equals(viewpoint.getId()) && !ofViewpoint.isEmpty()) {
                matches.add(ofViewpoint.get(0));
            }
        }
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /**
     * @return whether the precondition holds on {@code target} (no precondition: true); one that cannot be
     *         evaluated does not hold, and {@code problems} receives why, naming the description and the expression
     */
    public static boolean precondition(IdentifiedElement description, EStructuralFeature feature, String expression,
            EObject target, List<ExpressionDiagnostic> problems) {
        if (expression == null || expression.isBlank()) {
            return true;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("self", target);
        variables.put("root", target);
        try {
            return Boolean.TRUE.equals(ExpressionEngine.shared().evaluate(expression, variables, null));
        } catch (ExpressionException e) {
            problems.add(new ExpressionDiagnostic(DiagramInterpreter.describe(description), feature.getName(),
                    expression, null, e.getMessage()));
            return false;
        }
    }
}
