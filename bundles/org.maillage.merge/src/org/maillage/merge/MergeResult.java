/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.maillage.model.Conflit;

/**
 * What a three-way merge produced.
 *
 * @param merged the merged content: a resource, in no resource set, holding the merged roots and the conflict
 *            records (in the roadmap's {@code conflits}, or as extra roots of a diagram file)
 * @param conflicts the conflicts this merge found, in the order found (the same objects as in {@code merged})
 */
public record MergeResult(Resource merged, List<Conflit> conflicts) {

    /** @return whether the merge needs no decision: no conflict found */
    public boolean isClean() {
        return conflicts.isEmpty();
    }
}
