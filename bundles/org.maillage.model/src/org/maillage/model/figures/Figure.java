/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.figures;

import java.util.Objects;

/**
 * One key figure of a roadmap, as a dashboard, a snapshot or the command line shows it.
 *
 * @param id the stable identifier, e.g. {@code chantiers-en-retard}: scripts and snapshots key on it, so it is never
 *            renamed or reused (see {@link Figures#KEY_FIGURES})
 * @param label the label in the user's language (French by default), e.g. « Chantiers en retard »
 * @param value the value: a count, or a percentage for {@code avancement-moyen}
 */
public record Figure(String id, String label, long value) {

    /** Checks the required parts. */
    public Figure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
