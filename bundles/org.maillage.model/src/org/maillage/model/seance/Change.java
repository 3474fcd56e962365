/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.seance;

/**
 * One difference between two states of a roadmap, as {@link SnapshotDiff} finds it. Values are canonical
 * ({@link SnapshotFields#canonical}); turning them into sentences is the job of the presentation layer.
 *
 * @param kind what happened
 * @param element the uuid of the element concerned (for a figure: null)
 * @param type its EClass name; for a gap, the gap's rule; for a figure, the figure's id
 * @param libelle how the element or figure was named (in the later state when it still exists)
 * @param parent the uuid of the element it is shown under (the CLS of a fiche action), or null
 * @param field the changed field's key for {@link Kind#CHANGED}, else null
 * @param before the value before (null when unset, added or opened)
 * @param after the value after (null when unset, removed or closed)
 */
public record Change(Kind kind, String element, String type, String libelle, String parent, String field,
        String before, String after) {

    /** The kinds of change, in the order a report lists them. */
    public enum Kind {
        /** An element that the earlier state did not hold. */
        ADDED,
        /** An element of the earlier state that no longer exists. */
        REMOVED,
        /** One field of an element present in both states. */
        CHANGED,
        /** A coverage gap open in the earlier state and closed in the later one. */
        GAP_CLOSED,
        /** A coverage gap the earlier state did not have. */
        GAP_OPENED,
        /** A key figure whose value differs. */
        FIGURE_CHANGED
    }
}
