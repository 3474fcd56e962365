/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.data;

import static org.maillage.report.data.ReportTable.Type.BLOB;
import static org.maillage.report.data.ReportTable.Type.BOOLEAN;
import static org.maillage.report.data.ReportTable.Type.DATE;
import static org.maillage.report.data.ReportTable.Type.DECIMAL;
import static org.maillage.report.data.ReportTable.Type.INTEGER;
import static org.maillage.report.data.ReportTable.Type.STRING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.maillage.model.Element;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.edit.seance.SeanceBrief;
import org.maillage.model.figures.Figures.Couverture;
import org.maillage.model.figures.Figures.Declinaison;
import org.maillage.model.indicateur.Indicateur;
import org.maillage.model.indicateur.ValeurAnnuelle;
import org.maillage.model.instance.Decision;
import org.maillage.model.instance.Seance;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.MesurePraps;
import org.maillage.model.plan.StatutChantier;
import org.maillage.model.scheme.SchemeTypes;
import org.maillage.report.FigureId;
import org.maillage.report.ReportFigure;

/**
 * The Maillage data facade of reports: the catalogue of tables a design can read through the Maillage data
 * source, each computed from the model by {@link RoadmapFigures}. A design names a table in the query text of its
 * data set ({@code chantiers}, {@code couverture-epci}...); some tables take a parameter ({@code cls}: the uuid of
 * one CLS). The tables, their columns and what they hold are listed in {@code docs/reports.md} and by
 * {@link #names()}, {@link #columns(String)} and {@link #description(String)}.
 */
public final class ReportTables {

    /** Parameter of the CLS tables: the uuid of the CLS whose rows are wanted; all CLS when absent. */
    public static final String PARAMETER_CLS = "cls";

    /**
     * Parameter of the {@code figures} table: the ids of the figures wanted, one per row, separated by commas (see
     * {@link FigureId#parseList(String)}); {@link #FIGURES} when absent.
     */
    public static final String PARAMETER_FIGURE = "figure";

    /** The figure ids every model offers a row for, provided or not. */
    public static final List<String> FIGURES = List.of("articulation");

    /** Where figures drawn by other plug-ins come from. */
    @FunctionalInterface
    public interface FigureSource {
        /**
         * @param id a figure id such as {@code articulation} or {@code diagram:vp/description}
         * @param scope the scope of the report
         * @return the figure, or empty when no provider draws it
         */
        Optional<ReportFigure> figure(FigureId id, ReportScope scope);
    }

    private record Query(RoadmapFigures figures, Map<String, String> parameters, FigureSource source,
            Consumer<String> warnings) {
        String parameter(String name) {
            return parameters.get(name);
        }
    }

    private record Definition(String description, List<ReportTable.Column> columns,
            Function<Query, List<Object[]>> rows) {
    }

    private static final Map<String, Definition> TABLES = new LinkedHashMap<>();

    private ReportTables() {
    }

    private static void define(String name, String description, Function<Query, List<Object[]>> rows,
            ReportTable.Column... columns) {
        TABLES.put(name, new Definition(description, List.of(columns), rows));
    }

    private static ReportTable.Column col(String name, ReportTable.Type type, String description) {
        return new ReportTable.Column(name, type, description);
    }

    /** @return the names of the tables, in the documented order */
    public static List<String> names() {
        return List.copyOf(TABLES.keySet());
    }

    /**
     * @param table a table name
     * @return what the table holds, in French, or empty for an unknown table
     */
    public static Optional<String> description(String table) {
        return Optional.ofNullable(TABLES.get(table)).map(Definition::description);
    }

    /**
     * @param table a table name
     * @return its columns, or empty for an unknown table
     */
    public static Optional<List<ReportTable.Column>> columns(String table) {
        return Optional.ofNullable(TABLES.get(table)).map(Definition::columns);
    }

    /**
     * Computes a table.
     *
     * @param table a table name
     * @param figures the figures of the report's scope
     * @param parameters the data set's parameter values by name; unknown ones are ignored
     * @param source where figures drawn by other plug-ins come from
     * @return the table
     * @throws IllegalArgumentException when there is no table of that name; the message, in French, lists them
     */
    public static ReportTable compute(String table, RoadmapFigures figures, Map<String, String> parameters,
            FigureSource source) {
        return compute(table, figures, parameters, source, warning -> {
        });
    }

    /**
     * Computes a table, telling {@code warnings} what the report shows in place of what it could not have (a figure
     * whose id is invalid or that no provider draws): the report still renders, with a placeholder.
     *
     * @param table a table name
     * @param figures the figures of the report's scope
     * @param parameters the data set's parameter values by name; unknown ones are ignored
     * @param source where figures drawn by other plug-ins come from
     * @param warnings receives one French sentence per figure replaced by a placeholder
     * @return the table
     * @throws IllegalArgumentException when there is no table of that name; the message, in French, lists them
     */
    public static ReportTable compute(String table, RoadmapFigures figures, Map<String, String> parameters,
            FigureSource source, Consumer<String> warnings) {
        Definition definition = TABLES.get(table == null ? "" : table.trim());
        if (definition == null) {
            throw new IllegalArgumentException("Table Maillage inconnue : « " + table + " ». Tables connues : "
                    + String.join(", ", TABLES.keySet()) + '.');
        }
        return new ReportTable(table.trim(), definition.columns(),
                definition.rows().apply(new Query(figures, parameters, source, warnings)));
    }

    private static java.sql.Date sql(LocalDate date) {
        return date == null ? null : java.sql.Date.valueOf(date);
    }

    /** @return the fund's short code (FIR, ACI...), its name when it has none */
    private static String fonds(org.maillage.model.financement.Fonds fonds) {
        return fonds == null ? "" : fonds.getCode() != null && !fonds.getCode().isBlank() ? fonds.getCode()
                : fonds.getNom();
    }

    private static String nom(Element element) {
        return element == null ? "" : element.getNom();
    }

    static {
        define("synthese", "Une ligne : le département, la feuille de route, la date de situation, la séance du CTS "
                + "et les chiffres clés (chantiers, retards, mesures du PRAPS, couverture des EPCI).",
                ReportTables::synthese,
                col("departement", STRING, "Nom du département de la feuille de route"),
                col("feuilleDeRoute", STRING, "Intitulé de la feuille de route"),
                col("annee", INTEGER, "Année de la feuille de route"),
                col("dateSituation", STRING, "Date de situation, en toutes lettres (ex. 12 décembre 2024)"),
                col("chantiers", INTEGER, "Nombre de chantiers"),
                col("chantiersEnRetard", INTEGER, "Nombre de chantiers en retard à la date de situation"),
                col("chantiersTermines", INTEGER, "Nombre de chantiers terminés"),
                col("avancementMoyen", INTEGER, "Avancement moyen des chantiers, en %"),
                col("mesuresPraps", INTEGER, "Nombre de mesures du PRAPS"),
                col("mesuresNonDeclinees", INTEGER, "Mesures déclinées par aucun chantier ni aucune fiche action"),
                col("epci", INTEGER, "Nombre d'EPCI du département"),
                col("epciSansCls", INTEGER, "EPCI qu'aucun CLS ne couvre"),
                col("qpvSansActionCls", INTEGER, "QPV qu'aucune fiche action de CLS ne cible"),
                col("population", INTEGER, "Population des communes du département"),
                col("populationCouverteCls", INTEGER, "Population des communes couvertes par un CLS"),
                col("cls", INTEGER, "Nombre de CLS"),
                col("seance", STRING, "Séance du CTS préparée (la plus récente du modèle)"),
                col("dateSeance", STRING, "Date de cette séance, en toutes lettres"),
                col("instance", STRING, "Instance de la séance"),
                col("seancePrecedente", STRING, "Séance précédente du CTS dont l'état a été figé"),
                col("dateSeancePrecedente", STRING, "Date de la séance précédente, en toutes lettres"),
                col("changements", INTEGER, "Nombre de changements depuis la séance précédente"));
        define("chantiers", "Un chantier par ligne, les chantiers en retard d'abord, puis par échéance.",
                q -> chantierRows(q.figures(), q.figures().chantiersLateFirst()), chantierColumns());
        define("chantiers-en-retard", "Les seuls chantiers en retard, mêmes colonnes que « chantiers ».",
                q -> chantierRows(q.figures(), q.figures().chantiersEnRetard()), chantierColumns());
        define("avancement-par-theme", "Un thème de la feuille de route par ligne, avec son avancement.",
                q -> q.figures().themes().stream().map(t -> new Object[] { t.theme(), t.chantiers(), t.enRetard(),
                    t.termines(), t.avancementMoyen() }).toList(),
                col("theme", STRING, "Thème"), col("chantiers", INTEGER, "Nombre de chantiers"),
                col("enRetard", INTEGER, "Chantiers en retard"), col("termines", INTEGER, "Chantiers terminés"),
                col("avancementMoyen", INTEGER, "Avancement moyen, en %"));
        define("chantiers-par-statut", "Un statut par ligne (dans l'ordre du cycle), avec le nombre de chantiers.",
                ReportTables::parStatut, col("statut", STRING, "Statut"),
                col("chantiers", INTEGER, "Nombre de chantiers"));
        define("declinaison-praps", "Une mesure du PRAPS par ligne : les chantiers et les fiches actions de CLS qui "
                + "la déclinent.", q -> declinaisons(q.figures().declinaisons()),
                col("code", STRING, "Code de la mesure (ex. 4.1.1)"), col("mesure", STRING, "Intitulé"),
                col("theme", STRING, "Thème du PRAPS"), col("chantiers", STRING, "Numéros des chantiers"),
                col("nbChantiers", INTEGER, "Nombre de chantiers"),
                col("fichesActions", STRING, "Fiches actions de CLS (CLS, numéro)"),
                col("nbFichesActions", INTEGER, "Nombre de fiches actions"),
                col("declinee", BOOLEAN, "Vrai si un chantier ou une fiche action la décline"),
                col("etat", STRING, "« Déclinée » ou « Non déclinée »"));
        define("mesures-non-declinees", "Les mesures du PRAPS qu'aucun chantier ni aucune fiche action ne décline.",
                q -> q.figures().mesuresNonDeclinees().stream().map(m -> new Object[] { m.getCode(), m.getNom(),
                    nom(m.getTheme()) }).toList(),
                col("code", STRING, "Code"), col("mesure", STRING, "Intitulé"), col("theme", STRING, "Thème"));
        define("couverture-epci", "Un EPCI du département par ligne : les dispositifs qui couvrent au moins une de "
                + "ses communes, la population couverte par un CLS et les lacunes.", ReportTables::couverture,
                col("epci", STRING, "Nom de l'EPCI"), col("population", INTEGER, "Population de l'EPCI"),
                col("cls", STRING, "CLS"), col("contratDeVille", STRING, "Contrat de ville"),
                col("cpts", STRING, "CPTS"), col("pass", STRING, "PASS"), col("dac", STRING, "DAC"),
                col("populationCouverteCls", INTEGER, "Population des communes couvertes par un CLS"),
                col("tauxCouvertureCls", INTEGER, "Part de la population couverte par un CLS, en %"),
                col("lacunes", STRING, "Lacunes, en clair"), col("sansCls", BOOLEAN, "Vrai si aucun CLS"));
        // The kinds come from org.maillage.model.schemeTypes: a plug-in's kind is listed with no change here.
        define("dispositifs", "Un dispositif par ligne, de toute nature (celles de Maillage et celles des greffons), "
                + "dans l'ordre des natures puis par nom.", ReportTables::dispositifRows,
                col("nature", STRING, "Nature du dispositif (CLS, CPTS... ou celle d'un greffon)"),
                col("dispositifId", STRING, "Identifiant (uuid) du dispositif"), col("nom", STRING, "Nom"),
                col("statut", STRING, "Statut"), col("porteur", STRING, "Porteur"),
                col("territoires", STRING, "Territoires couverts"), col("debut", DATE, "Début"),
                col("fin", DATE, "Fin"));
        define("dispositifs-par-nature", "Une nature de dispositif par ligne (toutes celles que connaît Maillage, "
                + "greffons compris, même sans dispositif), avec le nombre de dispositifs.",
                ReportTables::parNature, col("nature", STRING, "Nature du dispositif"),
                col("dispositifs", INTEGER, "Nombre de dispositifs de cette nature"));
        define("lacunes", "Une lacune par ligne : EPCI sans CLS, QPV qu'aucune fiche action ne cible, communes hors "
                + "de toute CPTS (par EPCI).", ReportTables::lacunes,
                col("type", STRING, "Nature de la lacune"), col("territoire", STRING, "Territoire concerné"),
                col("detail", STRING, "Précision"));
        define("cls", "Un CLS par ligne : territoire, dates, signataires, axes, coordinateur, financement du poste et "
                + "contrôle de la règle de co-financement.", q -> clsRows(q), clsColumns());
        define("cls-fiches-actions", "Une fiche action par ligne (paramètre cls : un seul CLS).",
                q -> fichesRows(q), col("clsId", STRING, "Identifiant du CLS"), col("cls", STRING, "CLS"),
                col("axe", STRING, "Axe (numéro et intitulé)"), col("numero", STRING, "Numéro de la fiche"),
                col("fiche", STRING, "Intitulé de la fiche"), col("porteur", STRING, "Porteur"),
                col("qpvCibles", STRING, "QPV ciblés"), col("chantiers", STRING, "Chantiers déclinés"));
        define("cls-financements", "Un financement par ligne, contrôlé par sa règle de co-financement (paramètre "
                + "cls).", q -> financementRows(q), col("clsId", STRING, "Identifiant du CLS"),
                col("objet", STRING, "Objet financé"), col("financeur", STRING, "Financeur"),
                col("fonds", STRING, "Fonds (code, ex. FIR)"), col("annee", INTEGER, "Année"),
                col("montant", DECIMAL, "Montant, en euros"), col("part", DECIMAL, "Part du total de l'objet, en %"),
                col("regle", STRING, "Règle de co-financement"), col("conforme", BOOLEAN, "Vrai si la règle est "
                        + "respectée ou sans règle"), col("controle", STRING, "« Conforme » ou le motif"));
        define("cls-indicateurs", "Un indicateur d'un CLS ou de ses fiches actions par ligne (paramètre cls).",
                q -> indicateurRows(clsOf(q).stream().flatMap(c -> indicateursOf(c).stream()
                        .map(i -> Map.<Element, Indicateur>entry(c, i))).toList()), indicateurColumns());
        define("indicateurs", "Un indicateur des chantiers de la feuille de route par ligne.",
                q -> indicateurRows(q.figures().chantiers().stream().flatMap(c -> c.getIndicateurs().stream())
                        .distinct().map(i -> Map.<Element, Indicateur>entry(q.figures().scope().feuilleDeRoute(), i))
                        .toList()), indicateurColumns());
        define("ordre-du-jour", "Les points de l'ordre du jour de la séance du CTS.", q -> ordreDuJour(q.figures()),
                col("point", INTEGER, "Numéro du point"), col("libelle", STRING, "Libellé"));
        define("decisions", "Les décisions de la séance précédente du CTS, les chantiers et dispositifs qu'elles "
                + "concernent, et leur suite depuis (réalisée, en cours, non engagée).",
                q -> q.figures().decisionsPrecedentes().stream().map(f -> new Object[] { f.decision().getNom(),
                    Formats.join(concerned(f.decision()), ReportTables::designation),
                    SeanceBrief.label(f.state()) }).toList(),
                col("decision", STRING, "Décision"), col("elements", STRING, "Chantiers et dispositifs concernés"),
                col("suite", STRING, "Ce qu'elle est devenue : réalisée, en cours ou non engagée"));
        define("changements", "Ce qui a changé depuis la séance précédente du CTS (état figé) : un changement par "
                + "ligne, en phrases ; les lacunes d'une même règle nombreuses sont regroupées.",
                q -> q.figures().changements().stream().map(l -> new Object[] { l.heading(), l.text() }).toList(),
                col("rubrique", STRING, "Sorte de changement : ajouts, suppressions, modifications, lacunes, chiffres"),
                col("changement", STRING, "Le changement, en une phrase"));
        define("figures", "Les figures fournies par d'autres modules (paramètre figure : un ou plusieurs identifiants "
                + "séparés par des virgules, ex. articulation ou diagram:<point de vue>/<description>?layers=<calque>)"
                + " : une ligne par figure, l'image PNG quand un module la fournit, sinon un message.",
                ReportTables::figures,
                col("id", STRING, "Identifiant de la figure"), col("disponible", BOOLEAN, "Vrai si l'image existe"),
                col("image", BLOB, "Image PNG"), col("message", STRING, "Message quand elle n'existe pas"),
                col("titre", STRING, "Titre de la figure (son identifiant quand elle n'existe pas)"),
                col("paysage", BOOLEAN, "Vrai si la figure est large (largeur > 1,2 x hauteur) : page à l'italienne"));
    }

    private static List<Element> concerned(Decision decision) {
        List<Element> elements = new ArrayList<>(decision.getChantiers());
        elements.addAll(decision.getDispositifs());
        return elements;
    }

    private static String designation(Element element) {
        return element instanceof Chantier chantier && chantier.getNumero() != null
                ? chantier.getNumero() + " " + chantier.getNom() : element.getNom();
    }

    /** @return the roadmap's département; without a roadmap, the model's first one (or {@code null}) */
    private static Element departement(ReportScope scope) {
        if (scope.feuilleDeRoute() != null && scope.feuilleDeRoute().getDepartement() != null) {
            return scope.feuilleDeRoute().getDepartement();
        }
        return scope.model().getRegions().stream().flatMap(r -> r.getDepartements().stream()).findFirst()
                .orElse(null);
    }

    private static List<Object[]> synthese(Query q) {
        RoadmapFigures f = q.figures();
        ReportScope scope = f.scope();
        // The key figures, as the dashboard and "maillage figures" show them: one definition for all.
        Map<String, Integer> key = new HashMap<>();
        f.figures().keyFigures().forEach(k -> key.put(k.id(), Math.toIntExact(k.value())));
        Optional<Seance> precedente = f.seancePrecedente();
        Seance seance = scope.seance();
        return Collections.singletonList(new Object[] {
            nom(departement(scope)),
            nom(scope.feuilleDeRoute()), scope.feuilleDeRoute() == null ? null : scope.feuilleDeRoute().getAnnee(),
            Formats.date(scope.dateSituation()), key.get("chantiers"), key.get("chantiers-en-retard"),
            key.get("chantiers-termines"), key.get("avancement-moyen"), key.get("mesures-praps"),
            key.get("mesures-non-declinees"), key.get("epci"), key.get("epci-sans-cls"),
            key.get("qpv-sans-action-cls"), key.get("population"), key.get("population-couverte-cls"),
            key.get("cls"), nom(seance), seance == null ? "" : Formats.date(seance.getDate()),
            seance == null ? "" : nom(seance.getInstance()), precedente.map(Element::getNom).orElse(""),
            precedente.map(s -> Formats.date(s.getDate())).orElse(""), f.changements().size() });
    }

    private static ReportTable.Column[] chantierColumns() {
        return new ReportTable.Column[] { col("numero", STRING, "Numéro"), col("chantier", STRING, "Intitulé"),
            col("theme", STRING, "Thème"), col("statut", STRING, "Statut"), col("pilote", STRING, "Pilote"),
            col("echeance", DATE, "Échéance"), col("avancement", INTEGER, "Avancement, en %"),
            col("enRetard", BOOLEAN, "Vrai si en retard à la date de situation"),
            col("retard", STRING, "« En retard » ou vide") };
    }

    private static List<Object[]> chantierRows(RoadmapFigures f, List<Chantier> chantiers) {
        return chantiers.stream().map(c -> {
            boolean late = f.enRetard(c);
            return new Object[] { c.getNumero(), c.getNom(), c.getTheme(), Formats.statut(c.getStatut()),
                nom(c.getPilote()), sql(c.getEcheance()), c.getAvancement(), late, late ? "En retard" : "" };
        }).toList();
    }

    private static List<Object[]> parStatut(Query q) {
        List<Object[]> rows = new ArrayList<>();
        for (StatutChantier statut : StatutChantier.VALUES) {
            long count = q.figures().chantiers().stream().filter(c -> c.getStatut() == statut).count();
            if (count > 0) {
                rows.add(new Object[] { Formats.statut(statut), (int) count });
            }
        }
        return rows;
    }

    private static List<Object[]> declinaisons(List<Declinaison> declinaisons) {
        return declinaisons.stream().map(d -> {
            MesurePraps m = d.mesure();
            return new Object[] { m.getCode(), m.getNom(), nom(m.getTheme()),
                Formats.join(d.chantiers(), Chantier::getNumero), d.chantiers().size(),
                Formats.join(d.fiches(), ReportTables::ficheLabel), d.fiches().size(), d.declinee(),
                d.declinee() ? "Déclinée" : "Non déclinée" };
        }).toList();
    }

    private static String ficheLabel(FicheAction fiche) {
        Axe axe = fiche.getAxe();
        return (axe == null ? "" : nom(axe.getCls()) + " ") + fiche.getNumero();
    }

    private static List<Object[]> couverture(Query q) {
        return q.figures().couvertures().stream().map(c -> {
            int population = c.epci().getPopulation();
            int taux = population == 0 ? 0 : Math.min(100, Math.round(100f * c.populationCouverteCls() / population));
            return new Object[] { c.epci().getNom(), population, Formats.join(c.cls(), Element::getNom),
                Formats.join(c.contratsDeVille(), Element::getNom), Formats.join(c.cpts(), Element::getNom),
                Formats.join(c.pass(), Element::getNom), Formats.join(c.dac(), Element::getNom),
                c.populationCouverteCls(), taux, lacunes(c), c.sansCls() };
        }).toList();
    }

    /** @return the kinds of dispositif: the registered ones in their order, then any other the model holds */
    private static List<EClass> natures(Query q) {
        List<EClass> natures = new ArrayList<>();
        SchemeTypes.running().list().forEach(type -> natures.add(type.eClass()));
        q.figures().dispositifs().stream().map(Dispositif::eClass).filter(c -> !natures.contains(c))
                .forEach(natures::add);
        return natures;
    }

    private static List<Object[]> dispositifRows(Query q) {
        List<Object[]> rows = new ArrayList<>();
        SchemeTypes types = SchemeTypes.running();
        for (EClass nature : natures(q)) {
            q.figures().dispositifs().stream().filter(d -> d.eClass() == nature)
                    .sorted(Comparator.comparing(d -> d.getNom() == null ? "" : d.getNom()))
                    .forEach(d -> rows.add(new Object[] { types.name(nature), d.getUuid(), d.getNom(),
                        Formats.label(d.getStatut()), nom(d.getPorteur()),
                        Formats.join(d.getTerritoires(), Element::getNom), sql(d.getDebut()), sql(d.getFin()) }));
        }
        return rows;
    }

    private static List<Object[]> parNature(Query q) {
        SchemeTypes types = SchemeTypes.running();
        return natures(q).stream().map(nature -> new Object[] { types.name(nature),
            (int) q.figures().dispositifs().stream().filter(d -> d.eClass() == nature).count() }).toList();
    }

    private static String lacunes(Couverture c) {
        List<String> lacunes = new ArrayList<>();
        if (c.sansCls()) {
            lacunes.add("aucun CLS");
        }
        c.qpvSansActionCls().forEach(qpv -> lacunes.add("QPV " + qpv.getNom() + " sans action de CLS"));
        if (c.communesHorsCpts() > 0) {
            lacunes.add(c.communesHorsCpts() == c.communes() ? "aucune CPTS"
                    : c.communesHorsCpts() + " communes sur " + c.communes() + " hors CPTS");
        }
        return String.join(" ; ", lacunes);
    }

    private static List<Object[]> lacunes(Query q) {
        List<Object[]> rows = new ArrayList<>();
        List<Couverture> couvertures = q.figures().couvertures();
        couvertures.stream().filter(Couverture::sansCls).forEach(c -> rows.add(new Object[] { "EPCI sans CLS",
            c.epci().getNom(), Formats.nombre(c.epci().getPopulation()) + " habitants" }));
        for (Couverture c : couvertures) {
            c.qpvSansActionCls().forEach(qpv -> rows.add(new Object[] { "QPV sans action de CLS", qpv.getNom(),
                Formats.join(qpv.getCommunes(), Element::getNom) + " (" + c.epci().getNom() + ")" }));
        }
        couvertures.stream().filter(c -> c.communesHorsCpts() > 0).forEach(c -> rows.add(new Object[] {
            "Communes hors CPTS", c.epci().getNom(), c.communesHorsCpts() + " communes sur " + c.communes() }));
        return rows;
    }

    private static List<Cls> clsOf(Query q) {
        String id = q.parameter(PARAMETER_CLS);
        return q.figures().cls().stream().filter(c -> id == null || id.isEmpty() || id.equals(c.getUuid())).toList();
    }

    private static ReportTable.Column[] clsColumns() {
        return new ReportTable.Column[] { col("clsId", STRING, "Identifiant (uuid) du CLS"),
            col("cls", STRING, "Nom"), col("territoire", STRING, "Territoires couverts"),
            col("porteur", STRING, "Porteur"), col("generation", INTEGER, "Génération (1, 2, 3...)"),
            col("cycle", STRING, "Étape du cycle"), col("statut", STRING, "Statut"),
            col("debut", DATE, "Début"), col("fin", DATE, "Fin"), col("signature", DATE, "Date de signature"),
            col("signataires", STRING, "Signataires"), col("champs", STRING, "Champs"),
            col("axes", STRING, "Axes stratégiques"), col("nbFichesActions", INTEGER, "Nombre de fiches actions"),
            col("coordinateur", STRING, "Coordinateur (fonction)"),
            col("financementCoordinateur", STRING, "Financement du poste de coordinateur"),
            col("controleCofinancement", STRING, "Contrôle des règles de co-financement, en clair"),
            col("conforme", BOOLEAN, "Vrai si tous les financements respectent leur règle") };
    }

    private static List<Object[]> clsRows(Query q) {
        RoadmapFigures f = q.figures();
        return clsOf(q).stream().map(c -> {
            List<RoadmapFigures.ControleCofinancement> controles = f.controles(c);
            List<RoadmapFigures.ControleCofinancement> coordinateur = controles.stream()
                    .filter(k -> c.getCoordinateur() != null && k.financement().getObjet() == c.getCoordinateur())
                    .toList();
            String financement = coordinateur.isEmpty() ? "Aucun financement enregistré"
                    : Formats.join(coordinateur, k -> nom(k.financement().getFinanceur()) + " : "
                            + Formats.euros(k.financement().getMontant()) + " (" + Formats.nombre(k.partPourcent())
                            + " %)");
            List<RoadmapFigures.ControleCofinancement> avecRegle = controles.stream().filter(k -> k.regle() != null)
                    .toList();
            boolean conforme = avecRegle.stream().allMatch(RoadmapFigures.ControleCofinancement::conforme);
            String controle = avecRegle.isEmpty() ? "Aucun financement soumis à une règle"
                    : conforme ? "Conforme : " + Formats.join(avecRegle, k -> nom(k.regle()))
                    : "Non conforme : " + Formats.join(avecRegle.stream().filter(k -> !k.conforme()).toList(),
                            k -> nom(k.financement()) + " (" + k.motif() + ")");
            return new Object[] { c.getUuid(), c.getNom(), Formats.join(c.getTerritoires(), Element::getNom),
                nom(c.getPorteur()), c.getGeneration(), Formats.label(c.getCycle()), Formats.label(c.getStatut()),
                sql(c.getDebut()), sql(c.getFin()), sql(c.getDateSignature()),
                Formats.join(c.getSignataires(), Element::getNom), Formats.join(c.getChamps(), Formats::label),
                Formats.join(c.getAxes(), a -> a.getNumero() + ". " + a.getNom()),
                c.getAxes().stream().mapToInt(a -> a.getFichesActions().size()).sum(),
                c.getCoordinateur() == null ? "Aucun" : c.getCoordinateur().getNom()
                        + (c.getCoordinateur().getOrganisation() == null ? ""
                                : " (" + c.getCoordinateur().getOrganisation().getNom() + ")"),
                financement, controle, conforme };
        }).toList();
    }

    private static List<Object[]> fichesRows(Query q) {
        List<Object[]> rows = new ArrayList<>();
        for (Cls cls : clsOf(q)) {
            for (Axe axe : cls.getAxes()) {
                for (FicheAction fiche : axe.getFichesActions()) {
                    rows.add(new Object[] { cls.getUuid(), cls.getNom(), axe.getNumero() + ". " + axe.getNom(),
                        fiche.getNumero(), fiche.getNom(), nom(fiche.getPorteur()),
                        Formats.join(fiche.getQpvCibles(), Element::getNom),
                        Formats.join(fiche.getChantiers(), Chantier::getNumero) });
                }
            }
        }
        return rows;
    }

    private static List<Object[]> financementRows(Query q) {
        List<Object[]> rows = new ArrayList<>();
        for (Cls cls : clsOf(q)) {
            for (RoadmapFigures.ControleCofinancement k : q.figures().controles(cls)) {
                rows.add(new Object[] { cls.getUuid(), nom(k.financement().getObjet()),
                    nom(k.financement().getFinanceur()), fonds(k.financement().getFonds()),
                    k.financement().getAnnee(), k.financement().getMontant(), k.partPourcent(), nom(k.regle()),
                    k.conforme(), k.regle() == null ? "Sans règle" : k.conforme() ? "Conforme"
                            : "Non conforme : " + k.motif() });
            }
        }
        return rows;
    }

    private static List<Indicateur> indicateursOf(Dispositif dispositif) {
        List<Indicateur> indicateurs = new ArrayList<>(dispositif.getIndicateurs());
        if (dispositif instanceof Cls cls) {
            cls.getAxes().forEach(a -> a.getFichesActions().forEach(f -> indicateurs.addAll(f.getIndicateurs())));
        }
        return indicateurs.stream().distinct().toList();
    }

    private static ReportTable.Column[] indicateurColumns() {
        return new ReportTable.Column[] { col("porteurId", STRING, "Identifiant de l'élément suivi"),
            col("indicateur", STRING, "Indicateur"), col("unite", STRING, "Unité"), col("source", STRING, "Source"),
            col("reference", DECIMAL, "Valeur de référence"), col("anneeReference", INTEGER, "Année de référence"),
            col("cible", DECIMAL, "Cible"), col("anneeCible", INTEGER, "Année de la cible"),
            col("derniereValeur", DECIMAL, "Dernière valeur connue"),
            col("anneeDerniereValeur", INTEGER, "Année de la dernière valeur") };
    }

    private static List<Object[]> indicateurRows(List<Map.Entry<Element, Indicateur>> indicateurs) {
        return indicateurs.stream().map(entry -> {
            Indicateur i = entry.getValue();
            Optional<ValeurAnnuelle> derniere = i.getValeurs().stream()
                    .max(Comparator.comparingInt(ValeurAnnuelle::getAnnee));
            return new Object[] { entry.getKey() == null ? "" : entry.getKey().getUuid(), i.getNom(), i.getUnite(),
                i.getSource(), i.getReference(), i.getAnneeReference() == 0 ? null : i.getAnneeReference(),
                i.getCible(), i.getAnneeCible() == 0 ? null : i.getAnneeCible(),
                derniere.map(ValeurAnnuelle::getValeur).orElse(null),
                derniere.map(ValeurAnnuelle::getAnnee).orElse(null) };
        }).toList();
    }

    private static List<Object[]> ordreDuJour(RoadmapFigures f) {
        Seance seance = f.scope().seance();
        List<Object[]> rows = new ArrayList<>();
        if (seance != null) {
            List<String> points = seance.getOrdreDuJour();
            for (int i = 0; i < points.size(); i++) {
                rows.add(new Object[] { i + 1, points.get(i) });
            }
        }
        return rows;
    }

    private static List<Object[]> figures(Query q) {
        String wanted = q.parameter(PARAMETER_FIGURE);
        List<String> ids = wanted == null || wanted.isBlank() ? FIGURES : FigureId.split(wanted);
        List<Object[]> rows = new ArrayList<>();
        for (String text : ids) {
            FigureId id;
            try {
                id = FigureId.parse(text);
            } catch (IllegalArgumentException e) {
                q.warnings().accept(e.getMessage() + " Un encadré la remplace dans le rapport.");
                String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
                rows.add(new Object[] { shown, false, null, e.getMessage(), shown, false });
                continue;
            }
            Optional<ReportFigure> figure = q.source().figure(id, q.figures().scope());
            if (figure.isPresent()) {
                ReportFigure f = figure.get();
                rows.add(new Object[] { id.text(), true, f.png(), "", f.title(), f.landscape() });
            } else {
                String message = id.kind() == FigureId.Kind.NAMED
                        ? "Diagramme « " + id + " » : non disponible. Aucun module de diagrammes n'est installé pour "
                                + "le produire ; il figurera ici dès qu'un module le fournira."
                        : "Représentation « " + id + " » : non disponible. Aucun point de vue installé ne la décrit "
                                + "(vérifiez l'identifiant et les calques), ou aucun module ne la dessine.";
                q.warnings().accept(message);
                rows.add(new Object[] { id.text(), false, null, message, id.text(), false });
            }
        }
        return rows;
    }
}
