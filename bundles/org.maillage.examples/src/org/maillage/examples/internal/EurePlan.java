/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.examples.internal;

import static org.maillage.examples.internal.ExampleBuilder.cite;
import static org.maillage.examples.internal.ExampleBuilder.date;
import static org.maillage.examples.internal.ExampleBuilder.describe;
import static org.maillage.examples.internal.ExampleBuilder.illustrative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.indicateur.Indicateur;
import org.maillage.model.indicateur.ValeurAnnuelle;
import org.maillage.model.instance.Decision;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.InstanceFactory;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.Snapshot;
import org.maillage.model.instance.TypeInstance;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.MesurePraps;
import org.maillage.model.plan.Objectif;
import org.maillage.model.plan.Orientation;
import org.maillage.model.plan.PlanFactory;
import org.maillage.model.plan.Praps;
import org.maillage.model.plan.Prs;
import org.maillage.model.plan.StatutChantier;
import org.maillage.model.plan.ThemePraps;
import org.maillage.model.seance.Snapshots;

/**
 * The plan side of the Eure example: PRS Normandie 2023-2028 and its PRAPS, the 2024 departmental roadmap and some
 * of its chantiers, their indicators, and the CTS with a past meeting (and its snapshot) and the next one.
 */
final class EurePlan {

    static final String CTS = "https://www.normandie.ars.sante.fr/consultation-prs-normandie-2023-2028";
    static final String MEDECINS = "https://eureennormandie.fr/accueil/les-actions-du-departement/"
            + "sante-social-solidarite/une-priorite-absolue-attirer-davantage-de-medecins/";
    static final String PASS_NORMANDIE = "https://www.francebleu.fr/infos/sante-sciences/"
            + "une-permanence-d-acces-aux-soins-de-sante-a-l-hopital-de-carentan-1663686595";
    private static final String SOURCED_TITLE = "intitulé et thème sourcés ; numéro, pilotage, dates, statut et "
            + "avancement choisis pour l'exemple";
    private static final String INVENTED = "chantier inventé pour l'exemple, dans un thème sourcé";

    private final EureExample e;
    private final ExampleBuilder b;
    Praps praps;
    Objectif inegalites;
    Objectif territoires;
    MesurePraps mesurePass;
    MesurePraps mesureAllerVers;
    MesurePraps mesureSportSante;
    MesurePraps mesureSanteMentale;
    MesurePraps mesureCoordination;
    FeuilleDeRoute feuille;
    Chantier pass;
    Chantier sportSante;
    Chantier declinaisonCls;
    Chantier santeMentale;
    Chantier coordination;
    Chantier allerVers;
    Indicateur nombrePass;
    Indicateur qpvSportSante;
    Indicateur consultationsDoctEure;
    private Seance juin;

    EurePlan(EureExample eure) {
        this.e = eure;
        this.b = eure.b;
    }

    void build() {
        prs();
        indicateurs();
        feuilleDeRoute();
        reunionsPraps();
        cts();
    }

    private void prs() {
        Prs prs = cite(b.init(PlanFactory.eINSTANCE.createPrs(), "prs", "Projet régional de santé Normandie "
                + "2023-2028"), EureExample.PRS);
        describe(prs, "Adopté le 31 octobre 2023 : cadre d'orientation stratégique (7 grands enjeux), schéma "
                + "régional de santé (12 orientations prioritaires) et PRAPS.");
        prs.setAnneeDebut(2023);
        prs.setAnneeFin(2028);
        prs.setRegion(e.normandie);
        inegalites = objectif(prs, "objectif-inegalites", "Réduire les inégalités sociales de santé");
        territoires = objectif(prs, "objectif-territoires", "Adapter les réponses aux territoires");
        objectif(prs, "objectif-resultats", "Piloter par les résultats");
        b.model().getPrs().add(prs);

        praps = cite(b.init(PlanFactory.eINSTANCE.createPraps(), "praps", "PRAPS Normandie 2023-2028"),
                EureExample.PRS, EureExample.SEED);
        describe(praps, "Piloté par département depuis la déclinaison départementale du PRS.");
        prs.setPraps(praps);
        ThemePraps mentale = theme("theme-sante-mentale", "Précarité et santé mentale");
        ThemePraps acces = theme("theme-acces", "Précarité et accès aux soins et maintien dans les soins");
        ThemePraps articulation = theme("theme-articulation",
                "Précarité et articulation avec les dispositifs de coordination (DAC, CPTS…)");
        mesurePass = mesure("1.1", "Renforcer le maillage départemental des PASS", acces, inegalites);
        mesureAllerVers = mesure("1.2", "Aller vers les publics éloignés des soins", acces, territoires);
        mesureSportSante = mesure("1.3", "Développer le sport-santé dans les quartiers prioritaires", acces,
                inegalites);
        mesureSanteMentale = mesure("2.1", "Repérer et orienter vers les soins les personnes en précarité "
                + "souffrant de troubles psychiques", mentale, inegalites);
        mesureCoordination = mesure("3.1", "Articuler PASS, DAC et CPTS dans les parcours des personnes en "
                + "précarité", articulation, territoires);
    }

    private Objectif objectif(Prs prs, String id, String nom) {
        Objectif objectif = cite(b.init(PlanFactory.eINSTANCE.createObjectif(), id, nom), EureExample.PRS);
        describe(objectif, "Principe du PRS Normandie 2023-2028.");
        prs.getObjectifs().add(objectif);
        return objectif;
    }

    private ThemePraps theme(String id, String nom) {
        ThemePraps theme = cite(b.init(PlanFactory.eINSTANCE.createThemePraps(), id, nom), EureExample.SEED);
        praps.getThemes().add(theme);
        return theme;
    }

    private MesurePraps mesure(String code, String nom, ThemePraps theme, Objectif objectif) {
        MesurePraps mesure = b.init(PlanFactory.eINSTANCE.createMesurePraps(), "mesure-" + code, nom);
        mesure.setCode(code);
        mesure.setTheme(theme);
        mesure.getObjectifs().add(objectif);
        illustrative(mesure, "numéros et libellés des mesures du PRAPS 2023-2028 non trouvés ; le thème est sourcé");
        praps.getMesures().add(mesure);
        return mesure;
    }

    private void indicateurs() {
        nombrePass = illustrative(b.indicateur("indicateur-pass", "PASS en fonctionnement dans l'Eure", "PASS",
                "ARS Normandie", "Nombre d'unités PASS (générales, psychiatriques, mobiles) ouvertes au 31 décembre."),
                "aucune liste des PASS de l'Eure trouvée ; la Normandie en comptait 27 en 2022");
        cite(nombrePass, PASS_NORMANDIE);
        target(nombrePass, "4", 2026);
        illustrative(ExampleBuilder.valeur(nombrePass, 2023, "2"), "valeur inventée pour l'exemple");
        illustrative(ExampleBuilder.valeur(nombrePass, 2024, "3"), "valeur inventée pour l'exemple");

        qpvSportSante = illustrative(b.indicateur("indicateur-qpv-sport-sante", "QPV dotés d'un dispositif "
                + "sport-santé", "QPV", "ARS Normandie, DD27", "Nombre des 12 QPV de l'Eure où un dispositif "
                + "sport-santé fonctionne."), "suivi inventé pour l'exemple");
        target(qpvSportSante, "12", 2028);
        illustrative(ExampleBuilder.valeur(qpvSportSante, 2023, "1"), "valeur inventée pour l'exemple");
        illustrative(ExampleBuilder.valeur(qpvSportSante, 2024, "3"), "valeur inventée pour l'exemple");

        consultationsDoctEure = cite(b.indicateur("indicateur-doct-eure", "Consultations Doct'Eure",
                "consultations", "Conseil départemental de l'Eure", "Consultations du cabinet médical mobile "
                        + "Doct'Eure (sud de l'Eure, patients sans médecin traitant) dans l'année."),
                EureExample.DOCT_EURE);
        describe(cite(ExampleBuilder.valeur(consultationsDoctEure, 2023, "5000"), EureExample.DOCT_EURE),
                "Année incomplète : service ouvert le 12 mai 2023.");
        cite(ExampleBuilder.valeur(consultationsDoctEure, 2024, "27000"), EureExample.DOCT_EURE);

        Indicateur habitants = cite(b.indicateur("indicateur-habitants-qpv", "Habitants des QPV de l'Eure",
                "habitants", "INSEE", "Population des quartiers prioritaires en vigueur au 1er janvier 2024."),
                EureExample.QPV);
        describe(cite(ExampleBuilder.valeur(habitants, 2024, "33000"), EureExample.QPV), "Environ 33 000.");

        Indicateur medecins = cite(b.indicateur("indicateur-generalistes", "Médecins généralistes pour 100 000 "
                + "habitants", "médecins pour 100 000 habitants", "Conseil départemental de l'Eure",
                "Densité de médecins généralistes ; l'Eure est parmi les dix départements les moins dotés."),
                MEDECINS);
        medecins.setReference(new BigDecimal("61.5"));
        describe(medecins, "Valeur de référence sourcée ; la source ne donne pas l'année de la mesure.");
    }

    private static void target(Indicateur indicateur, String cible, int annee) {
        indicateur.setCible(new BigDecimal(cible));
        indicateur.setAnneeCible(annee);
    }

    private void feuilleDeRoute() {
        feuille = cite(b.init(PlanFactory.eINSTANCE.createFeuilleDeRoute(), "feuille-de-route-2024",
                "Feuille de route départementale 2024 de l'Eure"), EureExample.SEED);
        describe(feuille, "Déclinaison annuelle du PRS ; 60 chantiers prioritaires travaillés avec le CTS, dont "
                + "les intitulés ne sont pas publics : six figurent ici. Année déduite de la source (première "
                + "réunion départementale du PRAPS, 15 mars).");
        feuille.setAnnee(2024);
        feuille.setDepartement(e.eure);
        feuille.setPrs(e.b.model().getPrs().get(0));
        b.model().getFeuillesDeRoute().add(feuille);

        String acces = "Précarité et accès aux soins et maintien dans les soins";
        pass = sourced(chantier("P01", "Renforcer le maillage départemental des PASS", acces, StatutChantier.EN_COURS,
                "2024-12-31", 60, mesurePass), EureExample.SEED);
        pass.getPartenaires().addAll(List.of(e.chEureSeine, e.navarre));
        pass.getIndicateurs().add(nombrePass);
        sportSante = sourced(chantier("P02", "Implanter des dispositifs sport-santé dans les quartiers politique de la "
                + "ville", acces, StatutChantier.EN_RETARD, "2024-10-31", 25, mesureSportSante), EureExample.SEED);
        sportSante.getPartenaires().addAll(List.of(e.intercommunalites.get("200071454"),
                e.intercommunalites.get("200089456"), e.departement));
        sportSante.getIndicateurs().add(qpvSportSante);
        declinaisonCls = sourced(chantier("P03", "Décliner les mesures du PRAPS dans les CLS en articulation avec les "
                + "contrats de ville", "Précarité", StatutChantier.EN_COURS, "2024-12-31", 50, territoires),
                EureExample.SEED);
        declinaisonCls.getPartenaires().addAll(e.intercommunalites.values());
        santeMentale = illustrative(chantier("P04", "Repérer et orienter vers les soins les personnes en "
                + "précarité souffrant de troubles psychiques", "Précarité et santé mentale",
                StatutChantier.ALANCER, "2025-06-30", 0, mesureSanteMentale), INVENTED);
        santeMentale.getPartenaires().add(e.navarre);
        coordination = illustrative(chantier("P05", "Articuler PASS, DAC et CPTS autour des parcours des personnes en "
                + "précarité", "Précarité et articulation avec les dispositifs de coordination (DAC, CPTS…)",
                StatutChantier.EN_COURS, "2024-12-31", 30, mesureCoordination), INVENTED);
        coordination.getPartenaires().add(e.cpam);
        allerVers = sourced(chantier("P06", "Soutenir l'aller-vers dans le sud de l'Eure (Doct'Eure, bus social et "
                + "sanitaire, bilans de prévention)", acces, StatutChantier.EN_COURS, "2024-12-31", 70,
                mesureAllerVers), EureExample.SEED, EureExample.DOCT_EURE);
        allerVers.getPartenaires().addAll(List.of(e.departement, e.ordreDeMalte, e.intercommunalites.get(
                "200066462")));
        allerVers.getIndicateurs().add(consultationsDoctEure);
    }

    /** A chantier whose title and theme come from the sources; the rest of its values are illustrative. */
    private static Chantier sourced(Chantier chantier, String... sources) {
        return cite(illustrative(chantier, SOURCED_TITLE), sources);
    }

    private Chantier chantier(String numero, String nom, String theme, StatutChantier statut, String echeance,
            int avancement, Orientation declines) {
        Chantier chantier = b.init(PlanFactory.eINSTANCE.createChantier(), "chantier-" + numero.toLowerCase(), nom);
        chantier.setNumero(numero);
        chantier.setTheme(theme);
        chantier.setPilote(e.dd27);
        chantier.setStatut(statut);
        chantier.setDebut(date("2024-01-01"));
        chantier.setEcheance(date(echeance));
        chantier.setAvancement(avancement);
        chantier.getDeclines().add(declines);
        feuille.getChantiers().add(chantier);
        return chantier;
    }

    private void reunionsPraps() {
        Instance reunions = cite(b.instance("reunions-praps", "Réunions départementales du PRAPS (Eure)",
                TypeInstance.PRAPS, e.dd27), EureExample.SEED);
        Seance premiere = cite(b.seance(reunions, "praps-2024-03-15", "Première réunion départementale du PRAPS",
                "2024-03-15", "Départementalisation du pilotage du PRAPS", "Chantiers précarité de la feuille de "
                        + "route : maillage des PASS, sport-santé dans les QPV"), EureExample.SEED);
        describe(premiere, "Jour et mois sourcés ; année déduite de l'adoption du PRS en octobre 2023.");
        String why = "thème annoncé par la source, date choisie pour l'exemple";
        illustrative(b.seance(reunions, "praps-2024-05-16", "Précarité et santé mentale", "2024-05-16",
                "Précarité et santé mentale"), why);
        illustrative(b.seance(reunions, "praps-2024-09-19", "Précarité et accès aux soins", "2024-09-19",
                "Précarité et accès aux soins et maintien dans les soins"), why);
        illustrative(b.seance(reunions, "praps-2024-11-21", "Précarité et dispositifs de coordination", "2024-11-21",
                "Précarité et articulation avec les dispositifs de coordination (DAC, CPTS…)"), why);
    }

    private void cts() {
        Instance cts = cite(b.instance("cts", "Conseil territorial de santé de l'Eure", TypeInstance.CTS_PLENIERE,
                e.ars), CTS, EureExample.SEED);
        describe(cts, "Un des sept conseils territoriaux de santé de Normandie ; la feuille de route y est suivie.");
        cts.getMembres().addAll(List.of(e.dd27, e.departement, e.cpam, e.prefecture));
        Instance commission = illustrative(b.instance("cts-commission-sante-mentale", "Commission santé mentale du "
                + "CTS de l'Eure", TypeInstance.COMMISSION, e.ars), "commission usuelle d'un CTS, non sourcée");
        commission.setParente(cts);

        Seance juin = illustrative(b.seance(cts, "cts-2024-06-20", "Séance plénière de juin 2024", "2024-06-20",
                "Point d'étape de la feuille de route 2024", "Chantiers précarité : PASS et sport-santé"),
                "séance, décisions et état figé inventés pour l'exemple");
        decision(juin, "decision-sport-sante", "Prioriser le sport-santé dans les QPV d'Évreux", sportSante);
        decision(juin, "decision-pass", "Dresser l'état des lieux des PASS de l'Eure", pass);
        this.juin = juin;

        illustrative(b.seance(cts, "cts-2024-12-12", "Séance plénière de décembre 2024", "2024-12-12",
                "Ce qui a changé depuis la séance de juin", "Maillage des PASS",
                "Sport-santé : les QPV qu'aucune action de CLS ne cible"), "séance inventée pour l'exemple");
    }

    private void decision(Seance seance, String id, String nom, Chantier chantier) {
        Decision decision = b.init(InstanceFactory.eINSTANCE.createDecision(), id, nom);
        decision.getChantiers().add(chantier);
        illustrative(decision, "décision inventée pour l'exemple");
        seance.getDecisions().add(decision);
    }

    /**
     * Freezes the June 2024 séance once the whole example is built, with the code the workbench uses. The state of
     * June is invented: the chantiers are put back as they were then, the 2024 indicator values and the fiche action
     * of Seine Normandie Agglomération (signed since) are set aside, the roadmap is frozen as of the séance's date,
     * and everything is put back.
     */
    void freezeJune() {
        Map<Chantier, Object[]> now = new LinkedHashMap<>();
        june(now, pass, StatutChantier.EN_COURS, 30, "2024-12-31");
        june(now, sportSante, StatutChantier.ALANCER, 0, "2024-06-30");
        june(now, declinaisonCls, StatutChantier.EN_COURS, 20, "2024-12-31");
        june(now, santeMentale, StatutChantier.ALANCER, 0, "2025-06-30");
        june(now, coordination, StatutChantier.ALANCER, 0, "2024-12-31");
        june(now, allerVers, StatutChantier.EN_COURS, 40, "2024-12-31");
        Map<Indicateur, List<ValeurAnnuelle>> later = new LinkedHashMap<>();
        for (Indicateur indicateur : b.model().getIndicateurs()) {
            List<ValeurAnnuelle> after = indicateur.getValeurs().stream().filter(v -> v.getAnnee() >= 2024).toList();
            later.put(indicateur, after);
            indicateur.getValeurs().removeAll(after);
        }
        FicheAction sna = find("eure-fiche-sna-1-1");
        Axe axe = sna.getAxe();
        int index = axe.getFichesActions().indexOf(sna);
        axe.getFichesActions().remove(sna);
        Snapshot snapshot = Snapshots.freeze(b.model(), feuille, juin.getDate());
        snapshot.setUuid("snapshot-cts-2024-06-20");
        snapshot.setNom("Feuille de route au 20 juin 2024");
        illustrative(snapshot, "état inventé pour l'exemple");
        juin.setSnapshot(snapshot);
        axe.getFichesActions().add(index, sna);
        later.forEach((indicateur, values) -> indicateur.getValeurs().addAll(values));
        now.forEach((chantier, state) -> {
            chantier.setStatut((StatutChantier) state[0]);
            chantier.setAvancement((Integer) state[1]);
            chantier.setEcheance((LocalDate) state[2]);
        });
    }

    private void june(Map<Chantier, Object[]> now, Chantier chantier, StatutChantier statut, int avancement,
            String echeance) {
        now.put(chantier, new Object[] {chantier.getStatut(), chantier.getAvancement(), chantier.getEcheance()});
        chantier.setStatut(statut);
        chantier.setAvancement(avancement);
        chantier.setEcheance(date(echeance));
    }

    private FicheAction find(String uuid) {
        for (var it = b.model().eAllContents(); it.hasNext();) {
            if (it.next() instanceof FicheAction fiche && uuid.equals(fiche.getUuid())) {
                return fiche;
            }
        }
        throw new IllegalStateException("the Eure example has no fiche action " + uuid);
    }
}
