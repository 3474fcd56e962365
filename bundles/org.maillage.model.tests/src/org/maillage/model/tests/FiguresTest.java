/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.articulation.Articulation;
import org.maillage.model.articulation.ArticulationFactory;
import org.maillage.model.articulation.TypeArticulation;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.Cpts;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.figures.Figure;
import org.maillage.model.figures.Figures;
import org.maillage.model.figures.Gap;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.MesurePraps;
import org.maillage.model.plan.PlanFactory;
import org.maillage.model.plan.Praps;
import org.maillage.model.plan.Prs;
import org.maillage.model.plan.StatutChantier;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.model.util.ModelFormat;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: each definition of {@link Figures} on a small built model: a chantier is late when marked late,
 * or past its deadline and neither finished nor abandoned (suspended counts, the deadline day itself does not, no
 * deadline never); progress by theme and the mean progress; a measure is declined by a chantier's {@code declines}
 * or by a "declines" articulation, and a fiche action counts only through a chantier; an EPCI is without CLS when
 * no CLS covers any of its communes (a CLS on one member commune covers it); a QPV is without action when no fiche
 * action of a CLS of the département targets it; a commune is outside every CPTS; schemes and EPCI of another
 * département are left out; the gaps list and {@code gapsOf}; the key figures in their stable order with French
 * labels and the values above.
 */
@ExtendWith(FrenchLocale.class)
class FiguresTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 12);

    private final TerritoireFactory t = TerritoireFactory.eINSTANCE;
    private final PlanFactory p = PlanFactory.eINSTANCE;
    private final DispositifFactory d = DispositifFactory.eINSTANCE;

    private ModeleMaillage model;
    private FeuilleDeRoute feuille;
    private Departement eure;
    private Commune evreux;
    private Commune guichainville;
    private Commune vernon;
    private Commune ailleurs;
    private Epci evreuxPortes;
    private Epci snA;
    private Epci voisin;
    private Qpv navarre;
    private Qpv laMadeleine;
    private MesurePraps declineeDirectement;
    private MesurePraps declineeParArticulation;
    private MesurePraps nonDeclinee;
    private Cls cls;
    private FicheAction fiche;

    @BeforeEach
    void build() {
        model = ModelFormat.newModel();
        Region normandie = t.createRegion();
        model.getRegions().add(normandie);
        eure = t.createDepartement();
        normandie.getDepartements().add(eure);
        Departement autre = t.createDepartement();
        normandie.getDepartements().add(autre);
        evreux = commune(eure, "Évreux", 46_000);
        guichainville = commune(eure, "Guichainville", 2_700);
        vernon = commune(eure, "Vernon", 23_000);
        ailleurs = commune(autre, "Ailleurs", 1_000);
        evreuxPortes = epci("Évreux Portes de Normandie", evreux, guichainville);
        snA = epci("Seine Normandie Agglomération", vernon);
        voisin = epci("Voisin", ailleurs);
        navarre = qpv("Navarre", evreuxPortes, evreux);
        laMadeleine = qpv("La Madeleine", evreuxPortes, evreux);

        Prs prs = p.createPrs();
        Praps praps = p.createPraps();
        prs.setPraps(praps);
        model.getPrs().add(prs);
        declineeDirectement = mesure(praps, "1.1");
        declineeParArticulation = mesure(praps, "1.2");
        nonDeclinee = mesure(praps, "1.3");

        feuille = p.createFeuilleDeRoute();
        feuille.setNom("Feuille de route 2024");
        feuille.setDepartement(eure);
        feuille.setPrs(prs);
        model.getFeuillesDeRoute().add(feuille);

        cls = d.createCls();
        cls.setNom("CLS d'Évreux");
        cls.getTerritoires().add(evreux);
        Axe axe = d.createAxe();
        cls.getAxes().add(axe);
        fiche = d.createFicheAction();
        fiche.getQpvCibles().add(navarre);
        axe.getFichesActions().add(fiche);
        model.getDispositifs().add(cls);
        Cpts cpts = d.createCpts();
        cpts.getTerritoires().add(evreuxPortes);
        model.getDispositifs().add(cpts);
        // A CLS of another département: it neither covers the Eure nor counts for its QPV.
        Cls autreCls = d.createCls();
        autreCls.getTerritoires().add(ailleurs);
        Axe autreAxe = d.createAxe();
        autreCls.getAxes().add(autreAxe);
        FicheAction autreFiche = d.createFicheAction();
        autreFiche.getQpvCibles().add(laMadeleine);
        autreAxe.getFichesActions().add(autreFiche);
        model.getDispositifs().add(autreCls);
    }

    private Commune commune(Departement departement, String nom, int population) {
        Commune commune = t.createCommune();
        commune.setNom(nom);
        commune.setPopulation(population);
        departement.getCommunes().add(commune);
        return commune;
    }

    private Epci epci(String nom, Commune... membres) {
        Epci epci = t.createEpci();
        epci.setNom(nom);
        epci.getMembres().addAll(List.of(membres));
        model.getEpcis().add(epci);
        return epci;
    }

    private Qpv qpv(String nom, Epci epci, Commune commune) {
        Qpv qpv = t.createQpv();
        qpv.setNom(nom);
        qpv.setEpci(epci);
        qpv.getCommunes().add(commune);
        model.getQpvs().add(qpv);
        return qpv;
    }

    private static MesurePraps mesure(Praps praps, String code) {
        MesurePraps mesure = PlanFactory.eINSTANCE.createMesurePraps();
        mesure.setCode(code);
        mesure.setNom("Mesure " + code);
        praps.getMesures().add(mesure);
        return mesure;
    }

    private Chantier chantier(String numero, String theme, StatutChantier statut, LocalDate echeance,
            int avancement) {
        Chantier chantier = p.createChantier();
        chantier.setNumero(numero);
        chantier.setNom("Chantier " + numero);
        chantier.setTheme(theme);
        chantier.setStatut(statut);
        chantier.setEcheance(echeance);
        chantier.setAvancement(avancement);
        feuille.getChantiers().add(chantier);
        return chantier;
    }

    @Test
    void lateIsMarkedLateOrPastItsDeadlineAndStillOpen() {
        Chantier marque = chantier("1", "Accès", StatutChantier.EN_RETARD, null, 10);
        Chantier depasse = chantier("2", "Accès", StatutChantier.EN_COURS, AS_OF.minusDays(1), 50);
        Chantier suspendu = chantier("3", "Prévention", StatutChantier.SUSPENDU, AS_OF.minusMonths(2), 20);
        Chantier termine = chantier("4", "Prévention", StatutChantier.TERMINE, AS_OF.minusMonths(2), 100);
        Chantier abandonne = chantier("5", null, StatutChantier.ABANDONNE, AS_OF.minusMonths(2), 0);
        Chantier leJourMeme = chantier("6", null, StatutChantier.EN_COURS, AS_OF, 40);
        Chantier sansEcheance = chantier("7", null, StatutChantier.ALANCER, null, 0);

        Figures figures = new Figures(model, feuille, AS_OF);
        assertEquals(List.of(suspendu, depasse, marque), figures.chantiersEnRetard(),
                "late ones by deadline, none last: " + figures.chantiersEnRetard());
        for (Chantier c : List.of(termine, abandonne, leJourMeme, sansEcheance)) {
            assertFalse(figures.enRetard(c), c.getNumero());
        }
        assertTrue(Figures.enRetard(leJourMeme, AS_OF.plusDays(1)), "late the day after its deadline");
        assertEquals(List.of(suspendu, depasse, marque), figures.chantiersLateFirst().subList(0, 3));
    }

    @Test
    void progressByThemeAndMean() {
        chantier("1", "Accès", StatutChantier.EN_RETARD, null, 10);
        chantier("2", "Accès", StatutChantier.TERMINE, AS_OF.minusDays(1), 100);
        chantier("3", " ", StatutChantier.EN_COURS, null, 25);

        Figures figures = new Figures(model, feuille, AS_OF);
        assertEquals(List.of(new Figures.Theme("Accès", 2, 1, 1, 55), new Figures.Theme("Sans thème", 1, 0, 0, 25)),
                figures.themes());
        assertEquals(45, figures.avancementMoyen());
        assertEquals(0, new Figures(model, null, AS_OF).avancementMoyen(), "no roadmap, no chantier");
    }

    @Test
    void aMeasureIsDeclinedByAChantierDirectlyOrByArticulation() {
        Chantier direct = chantier("1", null, StatutChantier.EN_COURS, null, 0);
        direct.getDeclines().add(declineeDirectement);
        Chantier parLien = chantier("2", null, StatutChantier.EN_COURS, null, 0);
        TypeArticulation declines = ArticulationFactory.eINSTANCE.createTypeArticulation();
        declines.setIdentifiant("declines");
        model.getTypesArticulation().add(declines);
        Articulation articulation = ArticulationFactory.eINSTANCE.createArticulation();
        articulation.setType(declines);
        articulation.setSource(parLien);
        articulation.setCible(declineeParArticulation);
        model.getArticulations().add(articulation);
        fiche.getChantiers().add(direct);

        Figures figures = new Figures(model, feuille, AS_OF);
        assertEquals(List.of(nonDeclinee), figures.mesuresNonDeclinees());
        Figures.Declinaison first = figures.declinaisons().get(0);
        assertEquals(List.of(direct), first.chantiers());
        assertEquals(List.of(fiche), first.fiches(), "the fiche action working on the declining chantier");
        assertEquals(List.of(parLien), figures.declinaisons().get(1).chantiers());
    }

    @Test
    void coverageGapsOfTheDepartement() {
        Figures figures = new Figures(model, feuille, AS_OF);
        assertEquals(List.of(evreuxPortes, snA), figures.epcis(), "the neighbour's EPCI is not the Eure's");
        assertEquals(List.of(snA), figures.epcisSansCls(), "a CLS on one member commune covers the EPCI");
        assertEquals(List.of(laMadeleine), figures.qpvSansActionCls(),
                "targeted only by a CLS of another département");
        assertEquals(List.of(vernon), figures.communesHorsCpts());
        Figures.Couverture couverture = figures.couvertures().get(0);
        assertEquals(List.of(cls), couverture.cls());
        assertEquals(46_000, couverture.populationCouverteCls());
        assertEquals(0, couverture.communesHorsCpts());

        Map<String, List<Object>> gaps = figures.gaps().stream()
                .collect(Collectors.groupingBy(Gap::rule, Collectors.mapping(Gap::element, Collectors.toList())));
        assertEquals(Map.of(Gap.EPCI_SANS_CLS, List.of(snA), Gap.QPV_SANS_ACTION_CLS, List.of(laMadeleine),
                Gap.COMMUNE_HORS_CPTS, List.of(vernon), Gap.MESURE_NON_DECLINEE,
                List.of(declineeDirectement, declineeParArticulation, nonDeclinee)), gaps);
        assertEquals(Set.of(Gap.EPCI_SANS_CLS), figures.gapsOf(snA));
        assertEquals(Set.of(), figures.gapsOf(evreuxPortes));
        assertEquals(Set.of(), figures.gapsOf(voisin), "outside the département, not a gap of this roadmap");
    }

    @Test
    void withoutDepartementEveryEpciCounts() {
        feuille.setDepartement(null);
        Figures figures = new Figures(model, feuille, AS_OF);
        assertEquals(List.of(evreuxPortes, snA, voisin), figures.epcis());
        assertEquals(List.of(), figures.qpvSansActionCls(), "every CLS counts: La Madeleine is targeted");
    }

    @Test
    void keyFiguresInTheirStableOrderWithFrenchLabels() {
        chantier("1", "Accès", StatutChantier.EN_RETARD, null, 10);
        chantier("2", "Accès", StatutChantier.TERMINE, null, 100);
        List<Figure> key = Figures.of(model, AS_OF).keyFigures();
        assertEquals(Figures.KEY_FIGURES, key.stream().map(Figure::id).toList());
        Map<String, Long> values = key.stream().collect(Collectors.toMap(Figure::id, Figure::value));
        assertEquals(Map.ofEntries(Map.entry("chantiers", 2L), Map.entry("chantiers-en-retard", 1L),
                Map.entry("chantiers-termines", 1L), Map.entry("avancement-moyen", 55L),
                Map.entry("mesures-praps", 3L), Map.entry("mesures-non-declinees", 3L), Map.entry("epci", 2L),
                Map.entry("epci-sans-cls", 1L), Map.entry("qpv-sans-action-cls", 1L),
                Map.entry("communes-hors-cpts", 1L), Map.entry("cls", 1L), Map.entry("population", 71_700L),
                Map.entry("population-couverte-cls", 46_000L)), values);
        assertEquals("Chantiers en retard", key.get(1).label());
        assertTrue(key.stream().noneMatch(f -> f.label().startsWith("!")), "every label exists");
    }
}
