/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.seance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.model.Element;
import org.maillage.model.dispositif.StatutDispositif;
import org.maillage.model.instance.Decision;
import org.maillage.model.instance.EtatElement;
import org.maillage.model.instance.Snapshot;
import org.maillage.model.plan.StatutChantier;

/**
 * What became of a séance's decision by a later state: done when every chantier and dispositif it names has reached
 * the status it asks for (by default: a chantier finished, a dispositif active), in progress when at least one has
 * reached it or changed since the séance, not started otherwise. Computed from the snapshots, as the dossier's
 * "changes since the last séance" are.
 */
public final class DecisionProgress {

    /** What became of a decision. */
    public enum State {
        /** Every element named reached the status asked for. */
        DONE,
        /** Some element reached it or changed since the séance. */
        IN_PROGRESS,
        /** Nothing named changed since the séance. */
        NOT_STARTED
    }

    private DecisionProgress() {
    }

    /**
     * @param decision a decision of the séance frozen in {@code then}
     * @param then the state at that séance
     * @param now the later state
     * @return what became of it
     */
    public static State of(Decision decision, Snapshot then, Snapshot now) {
        return of(decision, now, SnapshotDiff.compare(then, now));
    }

    /**
     * @param decision a decision of the séance frozen in the earlier state
     * @param now the later state
     * @param changes the changes from the earlier state to {@code now}, when the caller has them already (one diff
     *            for all the decisions of a séance, not one per decision)
     * @return what became of it
     */
    public static State of(Decision decision, Snapshot now, List<Change> changes) {
        Map<String, String> targets = new LinkedHashMap<>();
        String chantierTarget = decision.isSetStatutChantierVise() ? decision.getStatutChantierVise().getName()
                : StatutChantier.TERMINE.getName();
        String dispositifTarget = decision.isSetStatutDispositifVise() ? decision.getStatutDispositifVise().getName()
                : StatutDispositif.ACTIF.getName();
        decision.getChantiers().forEach(c -> targets.put(uuid(c), chantierTarget));
        decision.getDispositifs().forEach(d -> targets.put(uuid(d), dispositifTarget));
        targets.remove(null);
        if (targets.isEmpty()) {
            return State.NOT_STARTED;
        }
        Map<String, EtatElement> current = new LinkedHashMap<>();
        now.getEtats().forEach(e -> current.putIfAbsent(e.getElement(), e));
        Set<String> moved = new HashSet<>();
        for (Change change : changes) {
            if (change.element() != null) {
                moved.add(change.element());
            }
        }
        List<Boolean> reached = new ArrayList<>();
        boolean anyMoved = false;
        for (Map.Entry<String, String> target : targets.entrySet()) {
            EtatElement etat = current.get(target.getKey());
            reached.add(etat != null && target.getValue().equals(SnapshotDiff.values(etat).get("statut")));
            anyMoved |= moved.contains(target.getKey());
        }
        if (reached.stream().allMatch(Boolean::booleanValue)) {
            return State.DONE;
        }
        return anyMoved || reached.contains(Boolean.TRUE) ? State.IN_PROGRESS : State.NOT_STARTED;
    }

    private static String uuid(Element element) {
        return element == null ? null : element.getUuid();
    }
}
