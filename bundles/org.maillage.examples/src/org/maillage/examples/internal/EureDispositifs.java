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
import java.util.List;

import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.ChampCls;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.Cpts;
import org.maillage.model.dispositif.CycleCls;
import org.maillage.model.dispositif.Dac;
import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.dispositif.MissionCpts;
import org.maillage.model.dispositif.Pass;
import org.maillage.model.dispositif.StatutDispositif;
import org.maillage.model.dispositif.TypePass;
import org.maillage.model.financement.FinancementFactory;
import org.maillage.model.financement.Fonds;
import org.maillage.model.financement.RegleCofinancement;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.TypeInstance;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.OrganisationPackage;
import org.maillage.model.organisation.Role;
import org.maillage.model.organisation.TypeOrganisation;
import org.maillage.model.plan.Chantier;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.Territoire;

/**
 * The schemes of the Eure example: CLS (with a deliberate gap: the QPV Navarre in Évreux is targeted by no CLS
 * action), PASS, DAC, CPTS, the money with a co-funding rule, and the typed articulations between them.
 */
final class EureDispositifs {

    static final String CLS_SEINE_EURE_1 = "http://cadureso.com/actualite/actualite-sante/"
            + "2304-signature-du-contrat-local-de-sante";
    static final String CLS_SEINE_EURE_2 = "https://docslib.org/doc/5317760/"
            + "contrat-local-de-sant%C3%A9-2019-2023-agglom%C3%A9ration-seine-eure";
    static final String CLS_SNA = "https://www.sna27.fr/actualite/"
            + "un-contrat-local-de-sante-ambitieux-et-pragmatique-pour-seine-normandie-agglomeration/";
    static final String CLS_PONT_AUDEMER = "https://docslib.org/doc/4715429/cls-de-pont-audemer-pdf-5-06";
    static final String REGLE_OCCITANIE = "Publication de l'ARS Occitanie sur le financement des coordonnateurs "
            + "CLS (texte source Maillage n° 003)";
    private static final String INVENTED = "inventé pour l'exemple";

    private final EureExample e;
    private final EurePlan plan;
    private final ExampleBuilder b;
    private Cls evreux;
    private Cls sna;
    private Cls pontAudemer;
    private Pass passEvreux;
    private Pass passMobile;
    private Cpts cptsEvreux;

    EureDispositifs(EureExample eure, EurePlan plan) {
        this.e = eure;
        this.plan = plan;
        this.b = eure.b;
    }

    void build() {
        clsSeineEure();
        clsEvreux();
        clsSna();
        clsPontAudemer();
        clsSudEure();
        coordination();
        financements();
        articulations();
    }

    private Cls cls(String id, String nom, String siren, int generation, CycleCls cycle, StatutDispositif statut) {
        Cls cls = b.init(DispositifFactory.eINSTANCE.createCls(), id, nom);
        cls.setGeneration(generation);
        cls.setCycle(cycle);
        cls.setStatut(statut);
        cls.setPorteur(e.intercommunalites.get(siren));
        cls.getTerritoires().add(e.epci(siren));
        if (cycle.compareTo(CycleCls.SIGNATURE) >= 0) {
            // A CLS is a contract between the ARS and the collectivité that carries it: both sign it.
            cls.getSignataires().addAll(List.of(e.ars, cls.getPorteur()));
        }
        b.model().getDispositifs().add(cls);
        return cls;
    }

    private void clsSeineEure() {
        Cls premier = cite(cls("cls-seine-eure-1", "CLS de l'Agglomération Seine-Eure (2012)", "200089456", 1,
                CycleCls.ECHU, StatutDispositif.TERMINE), CLS_SEINE_EURE_1);
        premier.setDateSignature(date("2012-06-29"));
        describe(premier, "Premier CLS signé en Haute-Normandie.");
        Cls second = cite(cls("cls-seine-eure-2", "CLS 2019-2023 de l'Agglomération Seine-Eure", "200089456", 2,
                CycleCls.ECHU, StatutDispositif.TERMINE), CLS_SEINE_EURE_2);
        second.setPrecedent(premier);
        second.setDebut(date("2019-01-01"));
        second.setFin(date("2023-12-31"));
        illustrative(second, "rang de génération supposé ; période sourcée");
    }

    private void clsEvreux() {
        evreux = cls("cls-evreux", "CLS d'Évreux Portes de Normandie 2024-2028", "200071454", 1,
                CycleCls.SUIVI_EVALUATION, StatutDispositif.ACTIF);
        illustrative(evreux, "CLS entièrement inventé pour l'exemple. Aucune fiche action ne cible le QPV Navarre : "
                + "écart voulu, que les diagrammes et rapports doivent révéler");
        Organisation agglo = evreux.getPorteur();
        evreux.setDateSignature(date("2024-01-31"));
        evreux.setDebut(date("2024-01-31"));
        evreux.setFin(date("2028-12-31"));
        evreux.getSignataires().addAll(List.of(e.ars, agglo, e.prefecture, e.departement, e.cpam));
        evreux.getPartenaires().addAll(List.of(e.chEureSeine, e.navarre));
        evreux.getChamps().addAll(List.of(ChampCls.SOINS, ChampCls.MEDICO_SOCIAL, ChampCls.PREVENTION));
        evreux.setDiagnostic("Diagnostic local partagé de 2023 (" + ExampleBuilder.ILLUSTRATIVE + ").");
        evreux.setCoordinateur(illustrative(b.role(agglo, "role-coordination-cls", "Coordination du CLS", null),
                INVENTED));
        Instance copil = illustrative(b.instance("copil-cls-evreux", "Comité de pilotage du CLS d'Évreux Portes de "
                + "Normandie", TypeInstance.COPIL, agglo), INVENTED);
        copil.getMembres().addAll(evreux.getSignataires());
        evreux.getGouvernance().add(copil);

        Axe acces = axe(evreux, "axe-evreux-1", "1", "Accès aux soins et aux droits");
        fiche(acces, "fiche-evreux-1-1", "1.1", "Relais PASS et accompagnement vers les soins", e.chEureSeine,
                plan.pass, qpv("evreux-madeleine"), qpv("evreux-netreville"));
        Axe prevention = axe(evreux, "axe-evreux-2", "2", "Prévention et promotion de la santé");
        FicheAction sport = fiche(prevention, "fiche-evreux-2-1", "2.1", "Sport-santé au pied des immeubles", agglo,
                plan.sportSante, qpv("evreux-madeleine"), qpv("evreux-4"), qpv("evreux-5"));
        sport.getPublics().addAll(List.of("Habitants des QPV", "Personnes sédentaires atteintes de maladies "
                + "chroniques"));
        sport.getIndicateurs().add(plan.qpvSportSante);
        Axe mentale = axe(evreux, "axe-evreux-3", "3", "Santé mentale");
        FicheAction clsm = fiche(mentale, "fiche-evreux-3-1", "3.1", "Conseil local de santé mentale", e.navarre,
                plan.santeMentale);
        clsm.getTerritoires().add(e.epci("200071454"));
    }

    private void clsSna() {
        sna = cite(cls("cls-sna", "CLS de Seine Normandie Agglomération", "200072312", 1, CycleCls.SUIVI_EVALUATION,
                StatutDispositif.ACTIF), CLS_SNA);
        describe(sna, "Signé avec l'ARS et le Conseil départemental pour cinq ans.");
        illustrative(sna, "année de signature incertaine (2022) ; dates et fiche action choisies pour l'exemple");
        sna.setDebut(date("2022-01-01"));
        sna.setFin(date("2026-12-31"));
        sna.getSignataires().addAll(List.of(e.ars, sna.getPorteur(), e.departement));
        Axe acces = illustrative(axe(sna, "axe-sna-1", "1", "Accès aux soins"), INVENTED);
        fiche(acces, "fiche-sna-1-1", "1.1", "Aller-vers et accès aux droits aux Églantiers", sna.getPorteur(),
                plan.pass, qpv("vernon-eglantiers"));
    }

    private void clsPontAudemer() {
        pontAudemer = cite(cls("cls-pont-audemer", "CLS de Pont-Audemer", "200065787", 1, CycleCls.SUIVI_EVALUATION,
                StatutDispositif.ACTIF), CLS_PONT_AUDEMER);
        illustrative(pontAudemer, "axes sourcés ; date inconnue, statut et fiche action choisis pour l'exemple");
        String[] axes = {"Coordination du contrat local de santé", "Accès à la santé", "Cohésion sociale et famille",
            "Activité physique, nutrition et santé", "Santé mentale et addictions", "Habitat et environnement"};
        for (int i = 0; i < axes.length; i++) {
            cite(axe(pontAudemer, "axe-pont-audemer-" + (i + 1), String.valueOf(i + 1), axes[i]), CLS_PONT_AUDEMER);
        }
        fiche(pontAudemer.getAxes().get(3), "fiche-pont-audemer-4-1", "4.1", "Activité physique adaptée dans le "
                + "quartier prioritaire", pontAudemer.getPorteur(), plan.sportSante, qpv("pont-audemer"));
    }

    private void clsSudEure() {
        Cls sudEure = cite(cls("cls-sud-eure", "CLS de l'Interco Normandie Sud Eure", "200066462", 1,
                CycleCls.DIAGNOSTIC, StatutDispositif.EN_PROJET), EureExample.SEED);
        describe(sudEure, "En cours d'élaboration, en articulation avec le projet éducatif et social de territoire.");
    }

    private Axe axe(Cls cls, String id, String numero, String nom) {
        Axe axe = b.axe(cls, id, numero, nom);
        if (cls.isIllustrative() && cls.getCitations().isEmpty()) {
            illustrative(axe, INVENTED);
        }
        return axe;
    }

    private FicheAction fiche(Axe axe, String id, String numero, String nom, Organisation porteur, Chantier chantier,
            Qpv... cibles) {
        FicheAction fiche = b.init(DispositifFactory.eINSTANCE.createFicheAction(), id, nom);
        fiche.setNumero(numero);
        fiche.setPorteur(porteur);
        fiche.getChantiers().add(chantier);
        fiche.getQpvCibles().addAll(List.of(cibles));
        illustrative(fiche, "fiche action inventée pour l'exemple");
        axe.getFichesActions().add(fiche);
        return fiche;
    }

    private Qpv qpv(String id) {
        return e.qpvs.get(id);
    }

    /** PASS, DAC and CPTS: the counts are sourced, the names and places of the units are not. */
    private void coordination() {
        passEvreux = pass("pass-ch-eure-seine", "PASS du Centre hospitalier Eure-Seine (Évreux)", TypePass.GENERALE,
                e.chEureSeine, StatutDispositif.ACTIF, e.epci("200071454"));
        pass("pass-psy-navarre", "PASS psychiatrique du Nouvel Hôpital de Navarre", TypePass.PSYCHIATRIQUE,
                e.navarre, StatutDispositif.ACTIF, e.eure);
        passMobile = pass("pass-mobile-sud-eure", "PASS mobile du sud de l'Eure", TypePass.MOBILE, e.chEureSeine,
                StatutDispositif.EN_PROJET, e.epci("200066462"));

        Organisation porteurDac = illustrative(b.organisation("dac-porteur", "Association porteuse du DAC de l'Eure",
                TypeOrganisation.ASSOCIATION), "porteur du DAC de l'Eure non trouvé");
        Dac dac = b.init(DispositifFactory.eINSTANCE.createDac(), "dac", "DAC de l'Eure");
        dac.setPorteur(porteurDac);
        dac.getTerritoires().add(e.eure);
        dac.setStatut(StatutDispositif.ACTIF);
        b.model().getDispositifs().add(illustrative(dac, "nom et porteur du DAC de l'Eure non trouvés"));

        cptsEvreux = cpts("cpts-evreux", "CPTS du pays d'Évreux", "200071454");
        Cpts seineEure = cpts("cpts-seine-eure", "CPTS de la Seine-Eure", "200089456");
        b.articuler("coordonne", dac, cptsEvreux);
        b.articuler("coordonne", dac, seineEure);
        b.articuler("couvre", dac, e.eure);
    }

    private Pass pass(String id, String nom, TypePass type, Organisation porteur, StatutDispositif statut,
            Territoire territoire) {
        Pass pass = b.init(DispositifFactory.eINSTANCE.createPass(), id, nom);
        pass.setType(type);
        pass.setPorteur(porteur);
        pass.setStatut(statut);
        pass.getTerritoires().add(territoire);
        pass.getIndicateurs().add(plan.nombrePass);
        cite(pass, EurePlan.PASS_NORMANDIE);
        illustrative(pass, "aucune liste des PASS de l'Eure n'a été trouvée (27 PASS en Normandie en 2022)");
        b.model().getDispositifs().add(pass);
        b.articuler("couvre", pass, territoire);
        return pass;
    }

    private Cpts cpts(String id, String nom, String siren) {
        Organisation professionnels = illustrative(b.organisation(id + "-association", "Association de la " + nom,
                TypeOrganisation.PROFESSIONNELS_SANTE), INVENTED);
        Cpts cpts = b.init(DispositifFactory.eINSTANCE.createCpts(), id, nom);
        cpts.setPorteur(professionnels);
        cpts.getTerritoires().add(e.epci(siren));
        cpts.setStatut(StatutDispositif.ACTIF);
        cpts.setTaille(3);
        cpts.getMissions().addAll(List.of(MissionCpts.ACCES_MEDECIN_TRAITANT, MissionCpts.SOINS_NON_PROGRAMMES,
                MissionCpts.PARCOURS, MissionCpts.PREVENTION));
        cpts.setProjetDeSante("Accès à un médecin traitant, soins non programmés, parcours, prévention.");
        cite(cpts, EureExample.OFFRE);
        illustrative(cpts, "deux CPTS fonctionnent dans l'Eure (sourcé) ; leurs noms et territoires sont inventés");
        b.model().getDispositifs().add(cpts);
        return cpts;
    }

    private void financements() {
        Fonds fir = b.fonds("fonds-fir", "FIR", "Fonds d'intervention régional");
        Fonds budget = b.fonds("fonds-collectivite", "COLLECTIVITE", "Budget de la collectivité");
        Fonds aci = b.fonds("fonds-aci", "ACI", "Accord conventionnel interprofessionnel (CPTS)");

        RegleCofinancement regle = FinancementFactory.eINSTANCE.createRegleCofinancement();
        b.init(regle, "regle-coordinateur-cls", "Co-financement ARS d'un poste de coordinateur CLS");
        regle.setFinanceur(e.ars);
        regle.setFonds(fir);
        regle.setTypeObjet(OrganisationPackage.Literals.ROLE);
        regle.setPartMaxPourcent(new BigDecimal("50"));
        regle.setPlafond(new BigDecimal("30000"));
        regle.setRegion(e.normandie);
        describe(regle, "L'ARS paie au plus la moitié du poste, dans la limite de 30 000 € par an.");
        cite(regle, REGLE_OCCITANIE);
        illustrative(regle, "règle publiée par l'ARS Occitanie, appliquée à la Normandie pour l'exemple");
        b.model().getReglesCofinancement().add(regle);

        Role coordinateur = evreux.getCoordinateur();
        String why = "montant inventé pour l'exemple";
        illustrative(b.financement("fin-coordinateur-ars", "Part ARS du poste de coordination du CLS d'Évreux", e.ars,
                fir, "25000", 2024, coordinateur), why).setRegle(regle);
        illustrative(b.financement("fin-coordinateur-agglo", "Part de l'agglomération du poste de coordination",
                evreux.getPorteur(), budget, "25000", 2024, coordinateur), why);
        FicheAction sport = evreux.getAxes().get(1).getFichesActions().get(0);
        illustrative(b.financement("fin-sport-sante", "Sport-santé au pied des immeubles", e.ars, fir, "15000", 2024,
                sport), why).setMission("Prévention et promotion de la santé");
        illustrative(b.financement("fin-pass-mobile", "Préfiguration de la PASS mobile du sud de l'Eure", e.ars, fir,
                "80000", 2024, passMobile), why).setMission("PASS");
        illustrative(b.financement("fin-cpts-evreux", "ACI de la CPTS du pays d'Évreux", e.cpam, aci, "90000", 2024,
                cptsEvreux), why);
    }

    private void articulations() {
        for (Dispositif cls : List.<Dispositif>of(evreux, sna, pontAudemer)) {
            b.articuler("declines", cls, plan.praps);
            b.articuler("s-articule-avec", cls, e.contratsDeVille.get(cls.getTerritoires().get(0).getCode()));
            b.articuler("finance", e.ars, cls);
        }
        b.articuler("finance", e.cpam, cptsEvreux);
        b.articuler("s-articule-avec", passEvreux, evreux);
        b.articuler("coordonne", e.dd27, passMobile);
        b.articuler("declines", plan.pass, plan.mesurePass);
        b.articuler("declines", plan.sportSante, plan.mesureSportSante);
    }
}
