/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.maillage.viewpoint.ExpressionDiagnostic;
import org.maillage.viewpoint.internal.DiagramInterpreter.Cached;
import org.maillage.viewpoint.internal.DiagramInterpreter.ElementState;
import org.maillage.viewpoint.internal.expressions.ModelIndex;
import org.maillage.viewpoint.model.description.AbstractNodeMapping;
import org.maillage.viewpoint.model.diagram.DDiagramElement;
import org.maillage.viewpoint.model.diagram.DNode;

/**
 * What one {@link DiagramInterpreter#refresh} works with and forgets afterwards: the change it answers, the
 * elements it finds, creates and changes, the caches it fills for the next refresh and what it reports. Kept apart
 * from the interpreter so that its long-lived state (caches, reverse dependency maps, applied states) is visibly
 * the only thing that survives from one refresh to the next; a fresh instance per refresh means nothing of an
 * earlier run can leak into a later one.
 */
final class RefreshRun {

    /** Semantic objects the change touched (empty for a full refresh). */
    final Set<EObject> touched;
    /** Whether the change added, removed or re-pointed references. */
    final boolean structural;
    /** Lookups of the model as it is during this refresh. */
    final ModelIndex index;
    /** Expressions that ran out of time in this refresh: not evaluated again on the next elements. */
    final Set<String> timedOut = new HashSet<>();
    final List<DDiagramElement> created = new ArrayList<>();

    int recomputed;
    List<DDiagramElement> changed = new ArrayList<>();
    Map<List<String>, ExpressionDiagnostic> diagnostics = new LinkedHashMap<>();

    // The walk over the description (skipped when the quick path suffices).
    /** The caches the walk fills; they replace the interpreter's when the walk ends. */
    Map<String, Cached<List<EObject>>> nextCandidates;
    Map<String, Cached<ElementState>> nextStates;
    /** The diagram's elements before the walk, by id. */
    Map<String, DDiagramElement> existing;
    /** Ids of the elements the walk kept or created: the others are removed. */
    Set<String> produced;
    Map<EObject, List<DNode>> nodesBySemantic;
    /** Mappings of active layers that add children to containers of other mappings. */
    List<AbstractNodeMapping> grafted;

    RefreshRun(Set<EObject> touched, boolean structural, ModelIndex index) {
        this.touched = touched;
        this.structural = structural;
        this.index = index;
    }

    /** Starts the walk afresh: what the quick path counted, changed or reported before giving up is done again. */
    void startWalk() {
        recomputed = 0;
        changed = new ArrayList<>();
        diagnostics = new LinkedHashMap<>();
        nextCandidates = new HashMap<>();
        nextStates = new HashMap<>();
        existing = new HashMap<>();
        produced = new LinkedHashSet<>();
        nodesBySemantic = new LinkedHashMap<>();
        grafted = new ArrayList<>();
    }
}
