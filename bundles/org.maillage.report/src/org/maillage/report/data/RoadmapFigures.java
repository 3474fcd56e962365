/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.figures.Figures;
import org.maillage.model.figures.Figures.Couverture;
import org.maillage.model.figures.Figures.Declinaison;
import org.maillage.model.figures.Figures.Theme;
import org.maillage.model.financement.Financement;
import org.maillage.model.financement.RegleCofinancement;
import org.maillage.model.edit.seance.ChangeSentences;
import org.maillage.model.edit.seance.SeanceBrief;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.Snapshot;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.MesurePraps;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.seance.Change;
import org.maillage.model.seance.DecisionProgress;
import org.maillage.model.seance.SnapshotDiff;
import org.maillage.model.seance.Snapshots;
import org.maillage.model.util.ModelQuery;

/**
 * The figures the reports show, judged at the scope's date of situation (the CTS meeting's date): each business
 * figure (late chantiers, progress by theme, the declension of PRAPS measures, the coverage of each EPCI and its
 * gaps) is {@link Figures}'s, the one definition the workbench, the diagrams and the validation share; this class
 * adds what only reports show: the co-funding check of each CLS's financements and what changed since the previous
 * CTS meeting.
 * <p>
 * Plain EMF, no platform: usable in a JUnit test, a benchmark or another exporter. The figures are computed once
 * per instance; make a new one after a change of the model.
 */
public final class RoadmapFigures {

    private final ReportScope scope;
    private final Figures figures;
    // Computed once per report, like the figures: the summary and the decisions tables both need the diff.
    private List<ChangeSentences.Line> changements;
    private List<SeanceBrief.FollowUp> decisions;

    /** @param scope the roadmap, date and meeting the figures are about */
    public RoadmapFigures(ReportScope scope) {
        this.scope = scope;
        this.figures = new Figures(scope.model(), scope.feuilleDeRoute(), scope.dateSituation());
    }

    /** @return the scope of these figures */
    public ReportScope scope() {
        return scope;
    }

    /** @return the business figures of the scope, at its date of situation */
    public Figures figures() {
        return figures;
    }

    /** @return the chantiers of the roadmap, in model order; empty without a roadmap */
    public List<Chantier> chantiers() {
        return figures.chantiers();
    }

    /**
     * @param chantier a chantier
     * @return whether it is late at the date of situation ({@link Figures#enRetard(Chantier, LocalDate)})
     */
    public boolean enRetard(Chantier chantier) {
        return figures.enRetard(chantier);
    }

    /** @return the chantiers, late ones first, then by deadline (none last), then by number */
    public List<Chantier> chantiersLateFirst() {
        return figures.chantiersLateFirst();
    }

    /** @return the late chantiers, in the order of {@link #chantiersLateFirst()} */
    public List<Chantier> chantiersEnRetard() {
        return figures.chantiersEnRetard();
    }

    /** @return the themes in the order they first appear, with their progress */
    public List<Theme> themes() {
        return figures.themes();
    }

    /** @return the mean progress of all chantiers in percent, rounded; 0 without chantiers */
    public int avancementMoyen() {
        return figures.avancementMoyen();
    }

    /** @return the measures of the PRAPS of the roadmap's PRS (all PRAPS of the model without a roadmap) */
    public List<MesurePraps> mesures() {
        return figures.mesures();
    }

    /** @return the declension of every measure, in the PRAPS order */
    public List<Declinaison> declinaisons() {
        return figures.declinaisons();
    }

    /** @return the measures declined by no chantier of the roadmap */
    public List<MesurePraps> mesuresNonDeclinees() {
        return figures.mesuresNonDeclinees();
    }

    /** @return the schemes of the model that cover at least one commune of the roadmap's département */
    public List<Dispositif> dispositifs() {
        return figures.dispositifs();
    }

    /** @return the CLS among {@link #dispositifs()} */
    public List<Cls> cls() {
        return figures.cls();
    }

    /** @return the EPCI with a member commune in the roadmap's département (all EPCI without a département) */
    public List<Epci> epcis() {
        return figures.epcis();
    }

    /** @return the coverage of every EPCI of {@link #epcis()}, in model order */
    public List<Couverture> couvertures() {
        return figures.couvertures();
    }

    /** @return the EPCI that no CLS covers */
    public List<Epci> epcisSansCls() {
        return figures.epcisSansCls();
    }

    /** @return the QPV of {@link #epcis()} that no CLS fiche action targets */
    public List<Qpv> qpvSansActionCls() {
        return figures.qpvSansActionCls();
    }

    /**
     * The check of one financement against its co-funding rule.
     *
     * @param financement the financement
     * @param regle its rule, or {@code null}
     * @param total the total of all financements of the same object and year
     * @param partPourcent the financement's share of that total, in percent (one decimal)
     * @param conforme whether the share and the ceiling are respected (true without a rule)
     * @param motif why it is not conforming, in French; empty when it is
     */
    public record ControleCofinancement(Financement financement, RegleCofinancement regle, BigDecimal total,
            BigDecimal partPourcent, boolean conforme, String motif) {
    }

    /**
     * @param cls a CLS
     * @return the financements of its coordinator and of its fiches actions, each checked against its rule
     */
    public List<ControleCofinancement> controles(Cls cls) {
        List<Element> objets = new ArrayList<>();
        if (cls.getCoordinateur() != null) {
            objets.add(cls.getCoordinateur());
        }
        objets.add(cls);
        cls.getAxes().forEach(a -> objets.addAll(a.getFichesActions()));
        List<ControleCofinancement> result = new ArrayList<>();
        for (Element objet : objets) {
            List<Financement> financements = ModelQuery.financementsOf(objet);
            for (Financement financement : financements) {
                BigDecimal total = financements.stream().filter(f -> f.getAnnee() == financement.getAnnee())
                        .map(Financement::getMontant).filter(m -> m != null).reduce(BigDecimal.ZERO, BigDecimal::add);
                result.add(controle(financement, total));
            }
        }
        return result;
    }

    private static ControleCofinancement controle(Financement financement, BigDecimal total) {
        BigDecimal montant = financement.getMontant() == null ? BigDecimal.ZERO : financement.getMontant();
        BigDecimal part = total.signum() == 0 ? BigDecimal.ZERO
                : montant.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
        RegleCofinancement regle = financement.getRegle();
        List<String> motifs = new ArrayList<>();
        if (regle != null) {
            if (regle.getPartMaxPourcent() != null && part.compareTo(regle.getPartMaxPourcent()) > 0) {
                motifs.add("part de " + Formats.nombre(part) + " % au-delà de " + Formats.nombre(
                        regle.getPartMaxPourcent()) + " %");
            }
            if (regle.getPlafond() != null && montant.compareTo(regle.getPlafond()) > 0) {
                motifs.add("montant au-delà du plafond de " + Formats.euros(regle.getPlafond()));
            }
        }
        return new ControleCofinancement(financement, regle, total, part, motifs.isEmpty(), String.join(" ; ",
                motifs));
    }

    /** @return the CTS meeting before the scope's meeting that has a saved snapshot, if any */
    public Optional<Seance> seancePrecedente() {
        Seance seance = scope.seance();
        if (seance == null) {
            return Optional.empty();
        }
        return ReportScope.seancesCts(scope.model()).stream()
                .filter(s -> s != seance && s.getSnapshot() != null && s.getDate().isBefore(seance.getDate()))
                .max(Comparator.comparing(Seance::getDate));
    }

    /** Gaps of one rule opened or closed together are told in one line of the dossier from this many on. */
    private static final int GROUPED_GAPS = 6;

    /**
     * What changed since the previous meeting: its snapshot compared with the roadmap frozen the same way at the date
     * of the situation ({@link SnapshotDiff}), in the sentences of {@link ChangeSentences}.
     *
     * @return one line per change (gaps of one rule grouped when many); empty without a frozen previous meeting
     */
    public synchronized List<ChangeSentences.Line> changements() {
        if (changements == null) {
            Optional<Snapshot> then = seancePrecedente().map(Seance::getSnapshot);
            if (then.isEmpty()) {
                changements = List.of();
            } else {
                Snapshot now = Snapshots.freeze(scope.model(), scope.feuilleDeRoute(), scope.dateSituation());
                List<Change> changes = SnapshotDiff.compare(then.get(), now);
                changements = new ChangeSentences(then.get(), now, scope.model()).summary(changes, GROUPED_GAPS);
                decisions = then.get().eContainer() instanceof Seance seance ? seance.getDecisions().stream()
                        .map(d -> new SeanceBrief.FollowUp(d, DecisionProgress.of(d, now, changes))).toList()
                        : List.of();
            }
        }
        return changements;
    }

    /** @return the decisions of the previous frozen meeting and what became of them since; empty without one */
    public synchronized List<SeanceBrief.FollowUp> decisionsPrecedentes() {
        changements();
        return decisions == null ? List.of() : decisions;
    }

    /** @return the model these figures read */
    ModeleMaillage model() {
        return scope.model();
    }
}
