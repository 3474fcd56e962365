/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal.explorer;

import java.time.LocalDate;

import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.StatutChantier;

/** What "late" means for a chantier in the explorer. */
public final class Chantiers {

    private Chantiers() {
    }

    /**
     * A chantier is late when its pilot says so ({@code EN_RETARD}), or when its deadline is past and it is neither
     * finished nor abandoned (a suspended chantier past its deadline is late too: the deadline was not moved).
     *
     * @param chantier a chantier
     * @param today the day to compare the deadline with
     * @return whether the chantier is late on that day
     */
    public static boolean isLate(Chantier chantier, LocalDate today) {
        StatutChantier statut = chantier.getStatut();
        if (statut == StatutChantier.EN_RETARD) {
            return true;
        }
        boolean closed = statut == StatutChantier.TERMINE || statut == StatutChantier.ABANDONNE;
        return !closed && chantier.getEcheance() != null && chantier.getEcheance().isBefore(today);
    }
}
