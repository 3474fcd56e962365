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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.articulation.Articulation;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.ContratDeVille;
import org.maillage.model.dispositif.Cpts;
import org.maillage.model.dispositif.Dac;
import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.dispositif.Pass;
import org.maillage.model.financement.Financement;
import org.maillage.model.financement.RegleCofinancement;
import org.maillage.model.instance.EtatChantier;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.Snapshot;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.MesurePraps;
import org.maillage.model.plan.StatutChantier;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.util.ModelQuery;

/**
 * The figures the reports show, computed from the model in Java so that no template has to: late chantiers,
 * progress by theme, the declension of PRAPS measures, the coverage of each EPCI by the schemes and its gaps, the
 * co-funding rule check of each CLS, and what changed since the previous CTS meeting.
 * <p>
 * Plain EMF, no platform: usable in a JUnit test, a benchmark or another exporter. Each method reads the model
 * again; callers that need a figure twice keep the result.
 */
public final class RoadmapFigures {

    private final ReportScope scope;

    // Computed once per report: several tables of one report read them, and a national model is large.
    private List<Declinaison> declinaisons;
    private List<Couverture> couvertures;
    private List<Dispositif> dispositifs;

    /** @param scope the roadmap, date and meeting the figures are about */
    public RoadmapFigures(ReportScope scope) {
        this.scope = scope;
    }

    /** @return the scope of these figures */
    public ReportScope scope() {
        return scope;
    }

    /** @return the chantiers of the roadmap, in model order; empty without a roadmap */
    public List<Chantier> chantiers() {
        return scope.feuilleDeRoute() == null ? List.of() : scope.feuilleDeRoute().getChantiers();
    }

    /**
     * A chantier is late when it is marked late, or when its deadline is before the date of the situation and it is
     * neither finished nor abandoned.
     *
     * @param chantier a chantier
     * @return whether it is late at the date of the situation
     */
    public boolean enRetard(Chantier chantier) {
        StatutChantier statut = chantier.getStatut();
        if (statut == StatutChantier.EN_RETARD) {
            return true;
        }
        boolean clos = statut == StatutChantier.TERMINE || statut == StatutChantier.ABANDONNE;
        return !clos && chantier.getEcheance() != null && chantier.getEcheance().isBefore(scope.dateSituation());
    }

    /** @return the chantiers, late ones first, then by deadline (none last), then by number */
    public List<Chantier> chantiersLateFirst() {
        Comparator<Chantier> order = Comparator.comparing((Chantier c) -> !enRetard(c))
                .thenComparing(Chantier::getEcheance, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> String.valueOf(c.getNumero()));
        return chantiers().stream().sorted(order).toList();
    }

    /** @return the late chantiers, in the order of {@link #chantiersLateFirst()} */
    public List<Chantier> chantiersEnRetard() {
        return chantiersLateFirst().stream().filter(this::enRetard).toList();
    }

    /**
     * Progress of one theme of the roadmap.
     *
     * @param theme the theme as written on the chantiers ("Sans thème" when empty)
     * @param chantiers how many chantiers
     * @param enRetard how many of them are late
     * @param termines how many are finished
     * @param avancementMoyen the mean progress in percent, rounded
     */
    public record Theme(String theme, int chantiers, int enRetard, int termines, int avancementMoyen) {
    }

    /** @return the themes in the order they first appear, with their progress */
    public List<Theme> themes() {
        Map<String, List<Chantier>> byTheme = new LinkedHashMap<>();
        for (Chantier chantier : chantiers()) {
            String theme = chantier.getTheme() == null || chantier.getTheme().isBlank() ? "Sans thème"
                    : chantier.getTheme();
            byTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(chantier);
        }
        List<Theme> themes = new ArrayList<>();
        byTheme.forEach((theme, list) -> themes.add(new Theme(theme, list.size(),
                (int) list.stream().filter(this::enRetard).count(),
                (int) list.stream().filter(c -> c.getStatut() == StatutChantier.TERMINE).count(),
                (int) Math.round(list.stream().mapToInt(Chantier::getAvancement).average().orElse(0)))));
        return themes;
    }

    /** @return the mean progress of all chantiers in percent, rounded; 0 without chantiers */
    public int avancementMoyen() {
        return (int) Math.round(chantiers().stream().mapToInt(Chantier::getAvancement).average().orElse(0));
    }

    /**
     * Where a PRAPS measure is declined.
     *
     * @param mesure the measure
     * @param chantiers the chantiers of the roadmap that decline it (directly or by a "declines" articulation)
     * @param fiches the CLS fiches actions that work on one of those chantiers
     */
    public record Declinaison(MesurePraps mesure, List<Chantier> chantiers, List<FicheAction> fiches) {
        /** @return whether the measure is declined anywhere */
        public boolean declinee() {
            return !chantiers.isEmpty() || !fiches.isEmpty();
        }
    }

    /** @return the measures of the PRAPS of the roadmap's PRS (all PRAPS of the model without a roadmap) */
    public List<MesurePraps> mesures() {
        if (scope.feuilleDeRoute() != null && scope.feuilleDeRoute().getPrs() != null
                && scope.feuilleDeRoute().getPrs().getPraps() != null) {
            return scope.feuilleDeRoute().getPrs().getPraps().getMesures();
        }
        return scope.model().getPrs().stream().filter(p -> p.getPraps() != null)
                .flatMap(p -> p.getPraps().getMesures().stream()).toList();
    }

    /** @return the declension of every measure, in the PRAPS order */
    public synchronized List<Declinaison> declinaisons() {
        if (declinaisons != null) {
            return declinaisons;
        }
        List<FicheAction> fiches = cls().stream().flatMap(c -> c.getAxes().stream())
                .flatMap(a -> a.getFichesActions().stream()).toList();
        // Who declines what: the chantiers' own "declines" and the model's "declines" articulations, read once.
        Map<Element, Set<Chantier>> declining = new LinkedHashMap<>();
        Set<Chantier> ofRoadmap = new LinkedHashSet<>(chantiers());
        for (Chantier chantier : ofRoadmap) {
            chantier.getDeclines().forEach(o -> declining.computeIfAbsent(o, k -> new LinkedHashSet<>()).add(chantier));
        }
        for (Articulation articulation : scope.model().getArticulations()) {
            if (articulation.getSource() instanceof Chantier chantier && ofRoadmap.contains(chantier)
                    && articulation.getType() != null && "declines".equals(articulation.getType().getIdentifiant())) {
                declining.computeIfAbsent(articulation.getCible(), k -> new LinkedHashSet<>()).add(chantier);
            }
        }
        List<Declinaison> result = new ArrayList<>();
        for (MesurePraps mesure : mesures()) {
            Set<Chantier> chantiers = new LinkedHashSet<>();
            for (Chantier chantier : ofRoadmap) {
                if (declining.getOrDefault(mesure, Set.of()).contains(chantier)) {
                    chantiers.add(chantier);
                }
            }
            List<FicheAction> declinant = fiches.stream()
                    .filter(f -> f.getChantiers().stream().anyMatch(chantiers::contains)).toList();
            result.add(new Declinaison(mesure, List.copyOf(chantiers), declinant));
        }
        declinaisons = List.copyOf(result);
        return declinaisons;
    }

    /** @return the measures declined by no chantier and no fiche action */
    public List<MesurePraps> mesuresNonDeclinees() {
        return declinaisons().stream().filter(d -> !d.declinee()).map(Declinaison::mesure).toList();
    }

    /** @return the schemes of the model that cover at least one commune of the roadmap's département */
    public synchronized List<Dispositif> dispositifs() {
        if (dispositifs == null) {
            Set<Commune> departement = communesDuDepartement();
            dispositifs = scope.model().getDispositifs().stream().filter(d -> departement.isEmpty()
                    || ModelQuery.communesCouvertes(d).stream().anyMatch(departement::contains)).toList();
        }
        return dispositifs;
    }

    /** @return the CLS among {@link #dispositifs()} */
    public List<Cls> cls() {
        return dispositifs().stream().filter(Cls.class::isInstance).map(Cls.class::cast).toList();
    }

    private Set<Commune> communesDuDepartement() {
        if (scope.feuilleDeRoute() == null || scope.feuilleDeRoute().getDepartement() == null) {
            return Set.of();
        }
        return new LinkedHashSet<>(scope.feuilleDeRoute().getDepartement().getCommunes());
    }

    /** @return the EPCI with a member commune in the roadmap's département (all EPCI without a département) */
    public List<Epci> epcis() {
        Set<Commune> departement = communesDuDepartement();
        return scope.model().getEpcis().stream()
                .filter(e -> departement.isEmpty() || e.getMembres().stream().anyMatch(departement::contains))
                .toList();
    }

    /**
     * The coverage of one EPCI: which schemes of each kind cover some of its communes.
     *
     * @param epci the EPCI
     * @param cls the CLS covering some of its communes
     * @param contratsDeVille its contrats de ville (piloted by it or covering it)
     * @param cpts the CPTS
     * @param pass the PASS
     * @param dac the DAC
     * @param communes how many member communes it has
     * @param communesHorsCpts how many of its communes no CPTS covers
     * @param populationCouverteCls the population of its communes covered by a CLS
     * @param qpvSansActionCls its QPV that no CLS fiche action targets
     */
    public record Couverture(Epci epci, List<Cls> cls, List<ContratDeVille> contratsDeVille, List<Cpts> cpts,
            List<Pass> pass, List<Dac> dac, int communes, int communesHorsCpts, int populationCouverteCls,
            List<Qpv> qpvSansActionCls) {
        /** @return whether no CLS covers the EPCI */
        public boolean sansCls() {
            return cls.isEmpty();
        }
    }

    /** @return the coverage of every EPCI of {@link #epcis()}, in model order */
    public synchronized List<Couverture> couvertures() {
        if (couvertures == null) {
            couvertures = List.copyOf(computeCouvertures());
        }
        return couvertures;
    }

    private List<Couverture> computeCouvertures() {
        List<Dispositif> dispositifs = dispositifs();
        Map<Dispositif, Set<Commune>> covered = new LinkedHashMap<>();
        for (Dispositif dispositif : dispositifs) {
            covered.put(dispositif, ModelQuery.communesCouvertes(dispositif));
        }
        Set<Qpv> cibles = qpvCiblesParLesCls();
        List<Couverture> result = new ArrayList<>();
        for (Epci epci : epcis()) {
            List<Commune> membres = epci.getMembres();
            List<Dispositif> touching = dispositifs.stream()
                    .filter(d -> membres.stream().anyMatch(covered.get(d)::contains)
                            || d instanceof ContratDeVille cdv && cdv.getEpci() == epci)
                    .toList();
            List<Cls> cls = of(touching, Cls.class);
            Set<Commune> parCls = new LinkedHashSet<>();
            cls.forEach(c -> parCls.addAll(covered.get(c)));
            Set<Commune> parCpts = new LinkedHashSet<>();
            of(touching, Cpts.class).forEach(c -> parCpts.addAll(covered.get(c)));
            int population = membres.stream().filter(parCls::contains).mapToInt(Commune::getPopulation).sum();
            List<Qpv> sansAction = epci.getQpvs().stream().filter(q -> !cibles.contains(q)).toList();
            result.add(new Couverture(epci, cls, of(touching, ContratDeVille.class), of(touching, Cpts.class),
                    of(touching, Pass.class), of(touching, Dac.class), membres.size(),
                    (int) membres.stream().filter(c -> !parCpts.contains(c)).count(), population, sansAction));
        }
        return result;
    }

    private static <T> List<T> of(List<Dispositif> dispositifs, Class<T> kind) {
        return dispositifs.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private Set<Qpv> qpvCiblesParLesCls() {
        Set<Qpv> cibles = new LinkedHashSet<>();
        for (Cls cls : cls()) {
            for (Axe axe : cls.getAxes()) {
                axe.getFichesActions().forEach(f -> cibles.addAll(f.getQpvCibles()));
            }
        }
        return cibles;
    }

    /** @return the EPCI that no CLS covers */
    public List<Epci> epcisSansCls() {
        return couvertures().stream().filter(Couverture::sansCls).map(Couverture::epci).toList();
    }

    /** @return the QPV of {@link #epcis()} that no CLS fiche action targets */
    public List<Qpv> qpvSansActionCls() {
        return couvertures().stream().flatMap(c -> c.qpvSansActionCls().stream()).toList();
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

    /**
     * One difference between the roadmap now and its snapshot at the previous meeting.
     *
     * @param chantier the chantier
     * @param aspect what changed, in French (statut, avancement, échéance, nouveau chantier)
     * @param avant the value at the previous meeting, in French
     * @param apres the value now, in French
     */
    public record Changement(Chantier chantier, String aspect, String avant, String apres) {
    }

    /** @return what changed since the previous meeting's snapshot, chantier by chantier; empty without one */
    public List<Changement> changements() {
        Optional<Snapshot> snapshot = seancePrecedente().map(Seance::getSnapshot);
        if (snapshot.isEmpty()) {
            return List.of();
        }
        Map<Chantier, EtatChantier> etats = new LinkedHashMap<>();
        snapshot.get().getEtatsChantiers().forEach(e -> etats.put(e.getChantier(), e));
        List<Changement> result = new ArrayList<>();
        for (Chantier chantier : chantiers()) {
            EtatChantier avant = etats.get(chantier);
            if (avant == null) {
                result.add(new Changement(chantier, "Nouveau chantier", "", Formats.statut(chantier.getStatut())));
                continue;
            }
            if (avant.getStatut() != chantier.getStatut()) {
                result.add(new Changement(chantier, "Statut", Formats.statut(avant.getStatut()),
                        Formats.statut(chantier.getStatut())));
            }
            if (avant.getAvancement() != chantier.getAvancement()) {
                result.add(new Changement(chantier, "Avancement", avant.getAvancement() + " %",
                        chantier.getAvancement() + " %"));
            }
            LocalDate echeance = chantier.getEcheance();
            if (avant.getEcheance() != null && !avant.getEcheance().equals(echeance)) {
                result.add(new Changement(chantier, "Échéance", Formats.date(avant.getEcheance()),
                        Formats.date(echeance)));
            }
        }
        return result;
    }

    /** @return the model these figures read */
    ModeleMaillage model() {
        return scope.model();
    }
}
