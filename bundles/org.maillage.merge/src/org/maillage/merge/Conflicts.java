/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.maillage.merge.internal.Resolve;
import org.maillage.model.Conflit;
import org.maillage.model.ModeleMaillage;

/**
 * The conflict records a merge leaves in a model ({@link Conflit}), and their resolution.
 */
public final class Conflicts {

    /** A feature changed two different ways. */
    public static final String VALUE = "VALEUR";
    /** They deleted an element that we changed (it, or below it): ours is kept in place. */
    public static final String DELETED_BY_THEM = "SUPPRIME_CHEZ_EUX";
    /** We deleted an element that they changed: their version is in {@link Conflit#getContenuSupprime()}. */
    public static final String DELETED_BY_US = "SUPPRIME_CHEZ_NOUS";
    /** An element moved to two different places: ours is kept. */
    public static final String MOVED = "DEPLACEMENT";
    /** A list reordered two different ways: our order is kept. */
    public static final String ORDER = "ORDRE";
    /** A reference to an element that the other side deleted. */
    public static final String REFERENCE = "REFERENCE";

    /** How to resolve a conflict. */
    public enum Resolution {
        /** Keep what the merged model has (ours) and forget the other side. */
        KEEP_OURS,
        /** Put their value in place (their value, their deletion, or their restored element). */
        KEEP_THEIRS,
        /**
         * Keep both where that means something: both texts (ours, then theirs), the union of two lists, a deleted
         * element restored while ours stays; not possible for a number, a date or a single reference.
         */
        KEEP_BOTH
    }

    private Conflicts() {
    }

    /**
     * @param resource a merged model
     * @return its unresolved conflicts, in order: those of a roadmap's root, and conflict roots (diagram files)
     */
    public static List<Conflit> of(Resource resource) {
        List<Conflit> conflicts = new ArrayList<>();
        for (EObject root : resource.getContents()) {
            if (root instanceof ModeleMaillage model) {
                conflicts.addAll(model.getConflits());
            } else if (root instanceof Conflit conflict) {
                conflicts.add(conflict);
            }
        }
        return conflicts;
    }

    /**
     * A command that resolves one conflict: it applies the choice to the model the conflict is in and removes the
     * record. Undoable, for the workbench's command stack; {@link Command#canExecute()} is false when the choice
     * means nothing for that conflict (e.g. both values of a date).
     *
     * @param conflict a conflict record contained in a merged model
     * @param resolution what to keep
     * @return the command, not yet executed
     */
    public static Command resolve(Conflit conflict, Resolution resolution) {
        return new Resolve(conflict, resolution);
    }
}
