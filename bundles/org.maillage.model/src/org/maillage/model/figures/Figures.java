/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.maillage.core.text.MessageBundle;
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
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.MesurePraps;
import org.maillage.model.plan.StatutChantier;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.util.ModelQuery;

/**
 * The business figures of a roadmap, each defined once, judged at an explicit date: late chantiers, progress by
 * theme, the declension of the PRAPS measures, the coverage of each EPCI by the schemes and its gaps, and the key
 * figures a dashboard, a snapshot or the command line shows. The explorer, the diagrams ({@code vp:enRetard},
 * {@code vp:lacune}), the validation rules, the reports and {@code maillage figures} all ask this class, so that a
 * chantier late in one is late in all (definitions in {@code docs/figures.md}).
 * <p>
 * Plain EMF, no platform: usable in a plain JUnit test or a benchmark. The figures of the whole model are computed
 * on first use, each in one pass over the model with index maps, and kept: an instance describes the model as it
 * was then, so make a new one after a change. Not thread-safe beyond that lazy computation, which is synchronized
 * because a report reads several tables from one instance.
 */
public final class Figures {

    /** The identifiers of {@link #keyFigures()}, in their order; stable, never renamed or reused. */
    public static final List<String> KEY_FIGURES = List.of("chantiers", "chantiers-en-retard", "chantiers-termines",
            "avancement-moyen", "mesures-praps", "mesures-non-declinees", "epci", "epci-sans-cls",
            "qpv-sans-action-cls", "communes-hors-cpts", "cls", "population", "population-couverte-cls");

    private static final MessageBundle LABELS = new MessageBundle("org.maillage.model.figures.figures",
            Figures.class.getClassLoader());

    private final ModeleMaillage model;
    private final FeuilleDeRoute feuilleDeRoute;
    private final LocalDate asOf;

    // Computed once: several tables of one report, or several nodes of one diagram, read them.
    private List<Declinaison> declinaisons;
    private List<Dispositif> dispositifs;
    private List<Epci> epcis;
    private List<Couverture> couvertures;
    private List<Gap> gaps;
    private Map<Element, Set<String>> gapsByElement;

    /**
     * @param model the model the figures come from
     * @param feuilleDeRoute the roadmap they are about; {@code null} for none (no chantier; every PRAPS measure and
     *            EPCI of the model counts)
     * @param asOf the date the state is judged at: today in the workbench and on the command line, the date of the
     *            CTS meeting in a report
     */
    public Figures(ModeleMaillage model, FeuilleDeRoute feuilleDeRoute, LocalDate asOf) {
        this.model = Objects.requireNonNull(model, "model");
        this.feuilleDeRoute = feuilleDeRoute;
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * @param model a model
     * @param asOf the date the state is judged at
     * @return the figures of the model's first roadmap (the one the workbench, the diagrams and the reports show)
     */
    public static Figures of(ModeleMaillage model, LocalDate asOf) {
        return new Figures(model, model.getFeuillesDeRoute().isEmpty() ? null : model.getFeuillesDeRoute().get(0),
                asOf);
    }

    /** @return the model these figures read */
    public ModeleMaillage model() {
        return model;
    }

    /** @return the roadmap these figures are about, or {@code null} */
    public FeuilleDeRoute feuilleDeRoute() {
        return feuilleDeRoute;
    }

    /** @return the date the state is judged at */
    public LocalDate asOf() {
        return asOf;
    }

    // ---- Chantiers -----------------------------------------------------------------------------------------------

    /**
     * « Chantier en retard »: its pilot marked it late ({@code EN_RETARD}), or its deadline is before {@code asOf}
     * and it is neither finished nor abandoned (a suspended chantier past its deadline is late: the deadline was not
     * moved). A chantier whose deadline is {@code asOf} itself is not late yet.
     *
     * @param chantier a chantier
     * @param asOf the date it is judged at
     * @return whether it is late on that date
     */
    public static boolean enRetard(Chantier chantier, LocalDate asOf) {
        StatutChantier statut = chantier.getStatut();
        if (statut == StatutChantier.EN_RETARD) {
            return true;
        }
        boolean clos = statut == StatutChantier.TERMINE || statut == StatutChantier.ABANDONNE;
        return !clos && chantier.getEcheance() != null && chantier.getEcheance().isBefore(asOf);
    }

    /**
     * @param chantier a chantier
     * @return whether it is late at {@link #asOf()} ({@link #enRetard(Chantier, LocalDate)})
     */
    public boolean enRetard(Chantier chantier) {
        return enRetard(chantier, asOf);
    }

    /** @return the chantiers of the roadmap, in model order; empty without a roadmap */
    public List<Chantier> chantiers() {
        return feuilleDeRoute == null ? List.of() : feuilleDeRoute.getChantiers();
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
     * @param avancementMoyen the mean progress in percent, rounded half up
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
                (int) list.stream().filter(c -> c.getStatut() == StatutChantier.TERMINE).count(), moyenne(list))));
        return themes;
    }

    /** @return « avancement moyen »: the mean progress of the roadmap's chantiers in percent, rounded; 0 without */
    public int avancementMoyen() {
        return moyenne(chantiers());
    }

    private static int moyenne(List<Chantier> chantiers) {
        return (int) Math.round(chantiers.stream().mapToInt(Chantier::getAvancement).average().orElse(0));
    }

    // ---- Declension of the PRAPS ---------------------------------------------------------------------------------

    /**
     * Where a PRAPS measure is declined.
     *
     * @param mesure the measure
     * @param chantiers the chantiers of the roadmap that decline it ({@code Chantier.declines} or a "declines"
     *            articulation from the chantier to the measure), in roadmap order
     * @param fiches the fiches actions of the CLS of the département that work on one of those chantiers
     */
    public record Declinaison(MesurePraps mesure, List<Chantier> chantiers, List<FicheAction> fiches) {
        /** @return whether the measure is declined: a chantier of the roadmap declines it */
        public boolean declinee() {
            // A fiche action counts only through a chantier, so the chantiers alone decide.
            return !chantiers.isEmpty();
        }
    }

    /** @return the measures of the PRAPS of the roadmap's PRS (of every PRAPS of the model without one) */
    public List<MesurePraps> mesures() {
        if (feuilleDeRoute != null && feuilleDeRoute.getPrs() != null && feuilleDeRoute.getPrs().getPraps() != null) {
            return feuilleDeRoute.getPrs().getPraps().getMesures();
        }
        return model.getPrs().stream().filter(p -> p.getPraps() != null)
                .flatMap(p -> p.getPraps().getMesures().stream()).toList();
    }

    /** @return the declension of every measure of {@link #mesures()}, in the PRAPS order */
    public synchronized List<Declinaison> declinaisons() {
        if (declinaisons == null) {
            declinaisons = List.copyOf(computeDeclinaisons());
        }
        return declinaisons;
    }

    private List<Declinaison> computeDeclinaisons() {
        List<Chantier> ofRoadmap = chantiers();
        Map<Chantier, Integer> rank = ranks(ofRoadmap);
        // Who declines what, read once: the chantiers' own "declines" and the model's "declines" articulations.
        Map<Element, Set<Chantier>> declining = new HashMap<>();
        for (Chantier chantier : ofRoadmap) {
            chantier.getDeclines().forEach(o -> declining.computeIfAbsent(o, k -> new HashSet<>()).add(chantier));
        }
        for (Articulation articulation : model.getArticulations()) {
            if (articulation.getSource() instanceof Chantier chantier && rank.containsKey(chantier)
                    && articulation.getType() != null && "declines".equals(articulation.getType().getIdentifiant())
                    && articulation.getCible() != null) {
                declining.computeIfAbsent(articulation.getCible(), k -> new HashSet<>()).add(chantier);
            }
        }
        List<FicheAction> fiches = fichesActions();
        Map<FicheAction, Integer> ficheRank = ranks(fiches);
        Map<Chantier, List<FicheAction>> fichesByChantier = new HashMap<>();
        for (FicheAction fiche : fiches) {
            for (Chantier chantier : fiche.getChantiers()) {
                fichesByChantier.computeIfAbsent(chantier, k -> new ArrayList<>()).add(fiche);
            }
        }
        List<Declinaison> result = new ArrayList<>();
        for (MesurePraps mesure : mesures()) {
            List<Chantier> chantiers = sorted(declining.getOrDefault(mesure, Set.of()), rank);
            Set<FicheAction> declinant = new HashSet<>();
            chantiers.forEach(c -> declinant.addAll(fichesByChantier.getOrDefault(c, List.of())));
            result.add(new Declinaison(mesure, chantiers, sorted(declinant, ficheRank)));
        }
        return result;
    }

    /**
     * « Mesure non déclinée »: a measure of {@link #mesures()} that no chantier of the roadmap declines.
     *
     * @return those measures, in the PRAPS order
     */
    public List<MesurePraps> mesuresNonDeclinees() {
        return declinaisons().stream().filter(d -> !d.declinee()).map(Declinaison::mesure).toList();
    }

    // ---- Coverage ------------------------------------------------------------------------------------------------

    /**
     * @return the schemes of the model that cover at least one commune of the roadmap's département (all schemes
     *         when the roadmap names no département), whatever their status, in model order
     */
    public synchronized List<Dispositif> dispositifs() {
        if (dispositifs == null) {
            Set<Commune> departement = communesDuDepartement();
            dispositifs = model.getDispositifs().stream().filter(d -> departement.isEmpty()
                    || ModelQuery.communesCouvertes(d).stream().anyMatch(departement::contains)).toList();
        }
        return dispositifs;
    }

    /** @return the CLS among {@link #dispositifs()} */
    public List<Cls> cls() {
        return of(dispositifs(), Cls.class);
    }

    /** @return the fiches actions of the CLS of {@link #cls()}, in model order */
    public List<FicheAction> fichesActions() {
        List<FicheAction> fiches = new ArrayList<>();
        for (Cls cls : cls()) {
            for (Axe axe : cls.getAxes()) {
                fiches.addAll(axe.getFichesActions());
            }
        }
        return fiches;
    }

    private Set<Commune> communesDuDepartement() {
        if (feuilleDeRoute == null || feuilleDeRoute.getDepartement() == null) {
            return Set.of();
        }
        return new HashSet<>(feuilleDeRoute.getDepartement().getCommunes());
    }

    /** @return the EPCI with a member commune in the roadmap's département (all EPCI without one), in model order */
    public synchronized List<Epci> epcis() {
        if (epcis == null) {
            Set<Commune> departement = communesDuDepartement();
            epcis = model.getEpcis().stream()
                    .filter(e -> departement.isEmpty() || e.getMembres().stream().anyMatch(departement::contains))
                    .toList();
        }
        return epcis;
    }

    /**
     * The coverage of one EPCI: which schemes of each kind cover some of its communes.
     *
     * @param epci the EPCI
     * @param cls the CLS covering some of its communes
     * @param contratsDeVille its contrats de ville (piloted by it or covering some of its communes)
     * @param cpts the CPTS covering some of its communes
     * @param pass the PASS covering some of its communes
     * @param dac the DAC covering some of its communes
     * @param communes how many member communes it has
     * @param communesSansCpts its member communes that no CPTS covers
     * @param populationCouverteCls the population of its communes covered by a CLS
     * @param qpvSansActionCls its QPV that no fiche action of a CLS of the département targets
     */
    public record Couverture(Epci epci, List<Cls> cls, List<ContratDeVille> contratsDeVille, List<Cpts> cpts,
            List<Pass> pass, List<Dac> dac, int communes, List<Commune> communesSansCpts, int populationCouverteCls,
            List<Qpv> qpvSansActionCls) {
        /** @return « EPCI sans CLS »: whether no CLS covers any of its communes */
        public boolean sansCls() {
            return cls.isEmpty();
        }

        /** @return how many of its communes no CPTS covers */
        public int communesHorsCpts() {
            return communesSansCpts.size();
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
        List<Dispositif> all = dispositifs();
        Map<Dispositif, Integer> rank = ranks(all);
        // One pass over the schemes: which schemes cover each commune, and which contrats de ville each EPCI pilots.
        Map<Commune, List<Dispositif>> byCommune = new HashMap<>();
        Map<Epci, List<Dispositif>> pilotes = new HashMap<>();
        for (Dispositif dispositif : all) {
            for (Commune commune : ModelQuery.communesCouvertes(dispositif)) {
                byCommune.computeIfAbsent(commune, k -> new ArrayList<>(2)).add(dispositif);
            }
            if (dispositif instanceof ContratDeVille cdv && cdv.getEpci() != null) {
                pilotes.computeIfAbsent(cdv.getEpci(), k -> new ArrayList<>(1)).add(cdv);
            }
        }
        Set<Qpv> cibles = new HashSet<>();
        fichesActions().forEach(f -> cibles.addAll(f.getQpvCibles()));
        List<Couverture> result = new ArrayList<>();
        for (Epci epci : epcis()) {
            Set<Dispositif> touching = new HashSet<>(pilotes.getOrDefault(epci, List.of()));
            List<Commune> horsCpts = new ArrayList<>();
            int population = 0;
            for (Commune commune : epci.getMembres()) {
                List<Dispositif> here = byCommune.getOrDefault(commune, List.of());
                touching.addAll(here);
                if (here.stream().anyMatch(Cls.class::isInstance)) {
                    population += commune.getPopulation();
                }
                if (here.stream().noneMatch(Cpts.class::isInstance)) {
                    horsCpts.add(commune);
                }
            }
            List<Dispositif> ordered = sorted(touching, rank);
            List<Qpv> sansAction = epci.getQpvs().stream().filter(q -> !cibles.contains(q)).toList();
            result.add(new Couverture(epci, of(ordered, Cls.class), of(ordered, ContratDeVille.class),
                    of(ordered, Cpts.class), of(ordered, Pass.class), of(ordered, Dac.class), epci.getMembres().size(),
                    List.copyOf(horsCpts), population, sansAction));
        }
        return result;
    }

    /** @return « EPCI sans CLS »: the EPCI of {@link #epcis()} whose communes no CLS of the département covers */
    public List<Epci> epcisSansCls() {
        return couvertures().stream().filter(Couverture::sansCls).map(Couverture::epci).toList();
    }

    /**
     * @return « QPV sans action de CLS »: the QPV of the EPCI of {@link #epcis()} ({@code Epci.qpvs}) that no fiche
     *         action of a CLS of the département targets
     */
    public List<Qpv> qpvSansActionCls() {
        return couvertures().stream().flatMap(c -> c.qpvSansActionCls().stream()).toList();
    }

    /** @return « communes hors CPTS »: the member communes of the EPCI of {@link #epcis()} that no CPTS covers */
    public List<Commune> communesHorsCpts() {
        return couvertures().stream().flatMap(c -> c.communesSansCpts().stream()).toList();
    }

    // ---- Gaps and key figures ------------------------------------------------------------------------------------

    /**
     * @return every gap: the EPCI without CLS, then the QPV without CLS fiche action, the communes outside every
     *         CPTS and the measures declined nowhere, each in model order
     */
    public synchronized List<Gap> gaps() {
        if (gaps == null) {
            List<Gap> result = new ArrayList<>();
            epcisSansCls().forEach(e -> result.add(new Gap(Gap.EPCI_SANS_CLS, e)));
            qpvSansActionCls().forEach(q -> result.add(new Gap(Gap.QPV_SANS_ACTION_CLS, q)));
            communesHorsCpts().forEach(c -> result.add(new Gap(Gap.COMMUNE_HORS_CPTS, c)));
            mesuresNonDeclinees().forEach(m -> result.add(new Gap(Gap.MESURE_NON_DECLINEE, m)));
            gaps = List.copyOf(result);
            gapsByElement = new IdentityHashMap<>();
            for (Gap gap : gaps) {
                gapsByElement.computeIfAbsent(gap.element(), k -> new LinkedHashSet<>(2)).add(gap.rule());
            }
        }
        return gaps;
    }

    /**
     * @param element any element
     * @return the rules of the gaps {@code element} is in (see {@link Gap}); empty when it is in none
     */
    public synchronized Set<String> gapsOf(Element element) {
        gaps();
        return gapsByElement.getOrDefault(element, Set.of());
    }

    /**
     * @param id the id of a key figure
     * @return its label in the user's language; the id itself for a figure this release does not compute (a
     *         snapshot frozen by a later release)
     */
    public static String label(String id) {
        String label = LABELS.get(id);
        return label.startsWith("!") ? id : label;
    }

    /**
     * @return the key figures, in the order of {@link #KEY_FIGURES}, with labels in the user's language (French
     *         by default)
     */
    public List<Figure> keyFigures() {
        List<Chantier> chantiers = chantiers();
        List<Couverture> couverture = couvertures();
        List<Commune> departement = feuilleDeRoute == null || feuilleDeRoute.getDepartement() == null ? List.of()
                : feuilleDeRoute.getDepartement().getCommunes();
        long[] values = { chantiers.size(), chantiers.stream().filter(this::enRetard).count(),
            chantiers.stream().filter(c -> c.getStatut() == StatutChantier.TERMINE).count(), avancementMoyen(),
            declinaisons().size(), mesuresNonDeclinees().size(), couverture.size(), epcisSansCls().size(),
            qpvSansActionCls().size(), communesHorsCpts().size(), cls().size(),
            departement.stream().mapToLong(Commune::getPopulation).sum(),
            couverture.stream().mapToLong(Couverture::populationCouverteCls).sum() };
        List<Figure> result = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            String id = KEY_FIGURES.get(i);
            result.add(new Figure(id, label(id), values[i]));
        }
        return result;
    }

    // ---- Helpers -------------------------------------------------------------------------------------------------

    private static <T> Map<T, Integer> ranks(List<T> list) {
        Map<T, Integer> rank = new HashMap<>(list.size() * 2);
        for (int i = 0; i < list.size(); i++) {
            rank.putIfAbsent(list.get(i), i);
        }
        return rank;
    }

    /** @return the elements of {@code set} that have a rank, in the order of their ranks */
    private static <T> List<T> sorted(Collection<T> set, Map<T, Integer> rank) {
        return set.stream().filter(rank::containsKey).sorted(Comparator.comparing(rank::get)).toList();
    }

    private static <T> List<T> of(List<? extends Dispositif> dispositifs, Class<T> kind) {
        return dispositifs.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
