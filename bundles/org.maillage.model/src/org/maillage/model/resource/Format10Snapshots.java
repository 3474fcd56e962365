/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maillage.model.ModeleMaillage;
import org.maillage.model.indicateur.Indicateur;
import org.maillage.model.instance.EtatChantier;
import org.maillage.model.instance.EtatIndicateur;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.Snapshot;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.PlanPackage;
import org.maillage.model.seance.SnapshotFields;
import org.maillage.model.seance.Snapshots;

/**
 * Migration 1.0 -> 1.1: a 1.0 snapshot held chantier states (status, progress, deadline) and indicator values as
 * references to the elements; 1.1 holds every compared element by uuid ({@code etats}). Each old state becomes an
 * element state; the fields 1.0 did not record (a chantier's name, number, pilot; an indicator's other years) are
 * taken from the model as it is in the file, i.e. assumed unchanged since the séance, so the migration shows no
 * change that did not happen; so are the indicators a 1.0 snapshot did not list (it recorded the values shown at the
 * séance, while it listed every chantier: a chantier it does not list was added since). The migrated snapshot's
 * scope is chantiers and indicators only.
 */
final class Format10Snapshots {

    private Format10Snapshots() {
    }

    static void migrate(ModeleMaillage root) {
        root.getInstances().stream().flatMap(i -> i.getSeances().stream()).map(Seance::getSnapshot)
                .filter(s -> s != null).forEach(s -> migrate(root, s));
    }

    private static void migrate(ModeleMaillage root, Snapshot snapshot) {
        if (snapshot.getDateSituation() == null && snapshot.eContainer() instanceof Seance seance) {
            snapshot.setDateSituation(seance.getDate());
        }
        for (EtatChantier old : snapshot.getEtatsChantiers()) {
            Chantier chantier = old.getChantier();
            if (chantier == null || chantier.getUuid() == null) {
                continue;
            }
            Map<String, String> values = SnapshotFields.values(chantier);
            put(values, PlanPackage.Literals.CHANTIER__STATUT.getName(), old.getStatut());
            put(values, PlanPackage.Literals.CHANTIER__AVANCEMENT.getName(), old.getAvancement());
            put(values, PlanPackage.Literals.CHANTIER__ECHEANCE.getName(), old.getEcheance());
            snapshot.getEtats().add(Snapshots.state(chantier, values));
        }
        Map<Indicateur, Map<String, String>> indicateurs = new LinkedHashMap<>();
        for (EtatIndicateur old : snapshot.getEtatsIndicateurs()) {
            Indicateur indicateur = old.getIndicateur();
            if (indicateur == null || indicateur.getUuid() == null) {
                continue;
            }
            put(indicateurs.computeIfAbsent(indicateur, SnapshotFields::values),
                    SnapshotFields.VALEUR_PREFIX + old.getAnnee(), old.getValeur());
        }
        // 1.0 recorded the values shown at the séance, not every indicator: the others are taken as they are.
        for (Indicateur indicateur : root.getIndicateurs()) {
            snapshot.getEtats().add(Snapshots.state(indicateur,
                    indicateurs.computeIfAbsent(indicateur, SnapshotFields::values)));
        }
        snapshot.getEtatsChantiers().clear();
        snapshot.getEtatsIndicateurs().clear();
        snapshot.getPortee().clear();
        snapshot.getPortee().addAll(List.of(PlanPackage.Literals.CHANTIER.getName(),
                org.maillage.model.indicateur.IndicateurPackage.Literals.INDICATEUR.getName()));
    }

    private static void put(Map<String, String> values, String key, Object value) {
        String canonical = SnapshotFields.canonical(value);
        if (canonical == null) {
            values.remove(key);
        } else {
            values.put(key, canonical);
        }
    }
}
