/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team;

import java.util.List;

/**
 * What a {@link TeamRepository#synchronise synchronisation} did.
 *
 * @param outcome how the local and remote histories were joined
 * @param pushed whether local versions were sent to the remote
 * @param modelConflicts the model files (paths relative to the work tree, with {@code /}) whose merge kept
 *            conflicts for the user to resolve: both values are in the file
 * @param keptBoth other files changed both ways: the local version stays in the file and the remote one is beside
 *            it, named {@code FILE.distant}
 */
public record SyncResult(Outcome outcome, boolean pushed, List<String> modelConflicts, List<String> keptBoth) {

    /** How the histories were joined. */
    public enum Outcome {
        /** Nothing new on the remote. */
        UP_TO_DATE,
        /** Only the remote had new versions: the local branch moved to them. */
        FAST_FORWARD,
        /** Both sides had new versions: a merge version joins them. */
        MERGED
    }

    /** @return whether something is left for the user to resolve */
    public boolean hasConflicts() {
        return !modelConflicts.isEmpty() || !keptBoth.isEmpty();
    }
}
