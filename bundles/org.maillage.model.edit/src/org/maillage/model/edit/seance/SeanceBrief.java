/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.edit.seance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.maillage.core.text.Dates;
import org.maillage.core.text.MessageBundle;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.figures.Figure;
import org.maillage.model.figures.Figures;
import org.maillage.model.figures.Gap;
import org.maillage.model.instance.Decision;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.Snapshot;
import org.maillage.model.instance.TypeInstance;
import org.maillage.model.plan.Chantier;
import org.maillage.model.seance.Change;
import org.maillage.model.seance.DecisionProgress;
import org.maillage.model.seance.SnapshotDiff;
import org.maillage.model.seance.Snapshots;

/**
 * Where a roadmap stands between two séances, as the délégation steers it: the key figures with their value at the
 * last frozen séance, the late chantiers, the open gaps, the next séance and its agenda, the last séance's decisions
 * with what became of them, and a proposed agenda for the next séance. Headless: the workbench's dashboard shows it,
 * the dossier de séance and the command line can print it. One instance describes the model as it was when built.
 */
public final class SeanceBrief {

    private static final MessageBundle MESSAGES = new MessageBundle("org.maillage.model.edit.seance.messages",
            SeanceBrief.class.getClassLoader());

    /**
     * A key figure now and at the last frozen séance.
     *
     * @param figure the figure now
     * @param before its value at the last frozen séance, or null when there is none (or it did not hold it)
     */
    public record Trend(Figure figure, BigDecimal before) {
        /** @return the change since the séance (now minus then), or null without an earlier value */
        public BigDecimal delta() {
            return before == null ? null : BigDecimal.valueOf(figure.value()).subtract(before);
        }
    }

    /**
     * A decision of the last frozen séance and what became of it.
     *
     * @param decision the decision
     * @param state done, in progress or not started
     */
    public record FollowUp(Decision decision, DecisionProgress.State state) {
    }

    private final ModeleMaillage model;
    private final LocalDate asOf;
    private final Figures figures;
    private final Optional<Seance> lastFrozen;
    private final Optional<Seance> next;
    private final Snapshot now;
    // The diff since the last frozen séance, computed once: the changes, the sentences, the agenda and the decisions
    // all read it, and the dashboard rebuilds a brief at each edit.
    private List<Change> changes;

    /**
     * @param model the roadmap model
     * @param asOf today, usually
     */
    public SeanceBrief(ModeleMaillage model, LocalDate asOf) {
        this.model = model;
        this.asOf = asOf;
        this.figures = Figures.of(model, asOf);
        List<Seance> seances = model.getInstances().stream().filter(i -> i.getType() == TypeInstance.CTS_PLENIERE)
                .flatMap(i -> i.getSeances().stream()).filter(s -> s.getDate() != null)
                .sorted(Comparator.comparing(Seance::getDate)).toList();
        this.lastFrozen = seances.stream().filter(s -> s.getSnapshot() != null && !s.getDate().isAfter(asOf))
                .reduce((a, b) -> b);
        this.next = seances.stream().filter(s -> !s.getDate().isBefore(asOf)).findFirst();
        this.now = lastFrozen.isPresent() ? Snapshots.current(model, asOf) : null;
    }

    /** @return the figures this brief reads (the one definition of each) */
    public Figures figures() {
        return figures;
    }

    /** @return the latest CTS séance on or before today that was frozen */
    public Optional<Seance> lastFrozen() {
        return lastFrozen;
    }

    /** @return the first CTS séance from today on */
    public Optional<Seance> next() {
        return next;
    }

    /** @return the key figures with their value at the last frozen séance */
    public List<Trend> trends() {
        List<Trend> trends = new ArrayList<>();
        for (Figure figure : figures.keyFigures()) {
            trends.add(new Trend(figure, lastFrozen.map(s -> SnapshotDiff.figure(s.getSnapshot(), figure.id()))
                    .orElse(null)));
        }
        return trends;
    }

    /** @return the late chantiers, late ones in the order the reports list them */
    public List<Chantier> lateChantiers() {
        return figures.chantiersEnRetard();
    }

    /** @return the open gaps, grouped by rule in the order of {@link Figures#gaps()} */
    public Map<String, List<Element>> openGaps() {
        Map<String, List<Element>> byRule = new LinkedHashMap<>();
        for (Gap gap : figures.gaps()) {
            byRule.computeIfAbsent(gap.rule(), r -> new ArrayList<>()).add(gap.element());
        }
        return byRule;
    }

    /** @return the changes since the last frozen séance, in the diff's order; empty without one */
    public List<Change> changes() {
        if (changes == null) {
            changes = lastFrozen.map(s -> SnapshotDiff.compare(s.getSnapshot(), now)).orElse(List.of());
        }
        return changes;
    }

    /** @return the changes since the last frozen séance as sentences */
    public List<String> changeSentences() {
        if (lastFrozen.isEmpty()) {
            return List.of();
        }
        ChangeSentences sentences = new ChangeSentences(lastFrozen.get().getSnapshot(), now, model);
        return changes().stream().map(sentences::sentence).toList();
    }

    /** @return the decisions of the last frozen séance and what became of them */
    public List<FollowUp> decisions() {
        if (lastFrozen.isEmpty()) {
            return List.of();
        }
        return lastFrozen.get().getDecisions().stream()
                .map(d -> new FollowUp(d, DecisionProgress.of(d, now, changes()))).toList();
    }

    /**
     * Proposes the agenda of the next séance from the figures: the changes since the last séance, the late chantiers,
     * the gaps opened since, the decisions to follow. The user edits it; the dossier uses what the séance holds.
     *
     * @return agenda items, in French (or English)
     */
    public List<String> proposedAgenda() {
        List<String> agenda = new ArrayList<>();
        lastFrozen.ifPresent(s -> agenda.add(MESSAGES.get("agenda.changes", date(s.getDate()), changes().size())));
        List<Chantier> late = lateChantiers();
        if (!late.isEmpty()) {
            agenda.add(MESSAGES.get("agenda.late", late.size(), String.join(", ",
                    late.stream().map(c -> c.getNumero() == null ? c.getNom() : c.getNumero()).toList())));
        }
        long opened = changes().stream().filter(c -> c.kind() == Change.Kind.GAP_OPENED).count();
        if (opened > 0) {
            agenda.add(MESSAGES.get("agenda.gapsOpened", opened));
        }
        List<FollowUp> decisions = decisions();
        if (!decisions.isEmpty()) {
            agenda.add(MESSAGES.get("agenda.decisions", decisions.size(),
                    decisions.stream().filter(f -> f.state() == DecisionProgress.State.DONE).count()));
        }
        return agenda;
    }

    /** @return the French label of a decision's progress */
    public static String label(DecisionProgress.State state) {
        return MESSAGES.get("decision." + state.name());
    }

    static String date(LocalDate date) {
        return Dates.format(date);
    }
}
