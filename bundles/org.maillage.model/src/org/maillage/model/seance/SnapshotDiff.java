/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.seance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.maillage.model.figures.Figures;
import org.maillage.model.instance.Champ;
import org.maillage.model.instance.Chiffre;
import org.maillage.model.instance.EtatElement;
import org.maillage.model.instance.Lacune;
import org.maillage.model.instance.Snapshot;

/**
 * The differences between two snapshots of a roadmap (a séance and the current model frozen the same way, or two
 * séances): elements added, removed and changed field by field, coverage gaps closed and opened, key figures moved.
 * <p>
 * Only kinds that both snapshots hold are compared (a snapshot migrated from format 1.0 holds chantiers and
 * indicators only), so an older, smaller snapshot never shows everything else as "added". Elements are matched by
 * uuid: a renamed element is one change of its name. The order is stable: the later state's model order, then the
 * removed elements in the earlier state's order, then gaps, then figures.
 */
public final class SnapshotDiff {

    private SnapshotDiff() {
    }

    /**
     * @param before the earlier state
     * @param after the later state
     * @return the changes from {@code before} to {@code after}, in a stable order
     */
    public static List<Change> compare(Snapshot before, Snapshot after) {
        Set<String> scope = new LinkedHashSet<>(scope(before));
        scope.retainAll(scope(after));
        List<Change> changes = new ArrayList<>();
        Map<String, EtatElement> earlier = index(before, scope);
        Map<String, EtatElement> later = index(after, scope);
        for (EtatElement now : later.values()) {
            EtatElement then = earlier.get(now.getElement());
            if (then == null) {
                changes.add(new Change(Change.Kind.ADDED, now.getElement(), now.getType(), now.getLibelle(),
                        now.getParent(), null, null, null));
                continue;
            }
            Map<String, String> a = values(then);
            Map<String, String> b = values(now);
            Set<String> keys = new LinkedHashSet<>(b.keySet());
            keys.addAll(a.keySet());
            for (String key : keys) {
                if (!Objects.equals(a.get(key), b.get(key))) {
                    changes.add(new Change(Change.Kind.CHANGED, now.getElement(), now.getType(), now.getLibelle(),
                            now.getParent(), key, a.get(key), b.get(key)));
                }
            }
        }
        for (EtatElement then : earlier.values()) {
            if (!later.containsKey(then.getElement())) {
                changes.add(new Change(Change.Kind.REMOVED, then.getElement(), then.getType(), then.getLibelle(),
                        then.getParent(), null, null, null));
            }
        }
        if (scope.contains(SnapshotFields.GAPS)) {
            Map<String, Lacune> gapsThen = gaps(before);
            Map<String, Lacune> gapsNow = gaps(after);
            gapsThen.forEach((key, gap) -> {
                if (!gapsNow.containsKey(key)) {
                    changes.add(new Change(Change.Kind.GAP_CLOSED, gap.getElement(), gap.getRegle(), gap.getLibelle(),
                            null, null, null, null));
                }
            });
            gapsNow.forEach((key, gap) -> {
                if (!gapsThen.containsKey(key)) {
                    changes.add(new Change(Change.Kind.GAP_OPENED, gap.getElement(), gap.getRegle(), gap.getLibelle(),
                            null, null, null, null));
                }
            });
        }
        if (scope.contains(SnapshotFields.FIGURES)) {
            Map<String, Chiffre> figuresThen = figures(before);
            for (Chiffre now : after.getChiffres()) {
                Chiffre then = figuresThen.get(now.getIdentifiant());
                String a = then == null ? null : SnapshotFields.canonical(then.getValeur());
                String b = SnapshotFields.canonical(now.getValeur());
                if (!Objects.equals(a == null ? "0" : a, b == null ? "0" : b)) {
                    changes.add(new Change(Change.Kind.FIGURE_CHANGED, null, now.getIdentifiant(), Figures.label(now.getIdentifiant()),
                            null, now.getIdentifiant(), a, b));
                }
            }
        }
        return changes;
    }

    /**
     * @param snapshot a snapshot
     * @param id a key figure's id
     * @return its value in that snapshot, or null when it does not hold it
     */
    public static BigDecimal figure(Snapshot snapshot, String id) {
        return figures(snapshot).containsKey(id) ? figures(snapshot).get(id).getValeur() : null;
    }

    /** @return the kinds a snapshot holds; a snapshot without a written scope holds what it lists */
    private static Set<String> scope(Snapshot snapshot) {
        Set<String> scope = new LinkedHashSet<>(snapshot.getPortee());
        if (scope.isEmpty()) {
            snapshot.getEtats().forEach(e -> scope.add(SnapshotFields.kindOf(e.getType())));
        }
        return scope;
    }

    private static Map<String, EtatElement> index(Snapshot snapshot, Set<String> scope) {
        Map<String, EtatElement> index = new LinkedHashMap<>();
        for (EtatElement etat : snapshot.getEtats()) {
            if (etat.getElement() != null && scope.contains(SnapshotFields.kindOf(etat.getType()))) {
                index.putIfAbsent(etat.getElement(), etat);
            }
        }
        return index;
    }

    /** @return the fields of a frozen element, key to canonical value */
    public static Map<String, String> values(EtatElement etat) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Champ champ : etat.getChamps()) {
            if (champ.getCle() != null) {
                values.putIfAbsent(champ.getCle(), champ.getValeur());
            }
        }
        return values;
    }

    private static Map<String, Lacune> gaps(Snapshot snapshot) {
        Map<String, Lacune> gaps = new LinkedHashMap<>();
        snapshot.getLacunes().forEach(l -> gaps.putIfAbsent(l.getRegle() + '/' + l.getElement(), l));
        return gaps;
    }

    private static Map<String, Chiffre> figures(Snapshot snapshot) {
        Map<String, Chiffre> figures = new LinkedHashMap<>();
        snapshot.getChiffres().forEach(c -> figures.putIfAbsent(c.getIdentifiant(), c));
        return figures;
    }
}
