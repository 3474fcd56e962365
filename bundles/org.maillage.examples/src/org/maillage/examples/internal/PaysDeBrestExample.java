/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.examples.internal;

import static org.maillage.examples.internal.ExampleBuilder.cite;
import static org.maillage.examples.internal.ExampleBuilder.date;
import static org.maillage.examples.internal.ExampleBuilder.describe;
import static org.maillage.examples.internal.ExampleBuilder.illustrative;

import java.util.List;

import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.ChampCls;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.CycleCls;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.dispositif.StatutDispositif;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.TypeInstance;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.TypeOrganisation;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Groupement;
import org.maillage.model.territoire.NatureEpci;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.model.territoire.TypeGroupement;

/**
 * Seed 001: the pôle métropolitain du Pays de Brest prepares, from May 2016 and for a year, a CLS on the three
 * fields with a common base and a declension per EPCI.
 */
final class PaysDeBrestExample {

    static final String SEED = "Pays de Brest, « Une mission santé à l'échelle du Pays de Brest » "
            + "(texte source Maillage n° 001)";
    static final String POLE = "https://www.journal-des-communes.fr/"
            + "89-communes-400-000-habitants-le-pays-de-brest-devient-pole-metropolitain/";

    private PaysDeBrestExample() {
    }

    static ModeleMaillage build() {
        ExampleBuilder b = ExampleBuilder.newExample("brest", "Pays de Brest : mission santé et CLS décliné par EPCI");
        ModeleMaillage model = b.model();
        describe(model, "Mission santé d'un an (à partir de mai 2016) pour construire un contrat local de santé à "
                + "l'échelle du Pays de Brest : un socle commun et des déclinaisons par territoire communautaire.");
        cite(model, SEED);

        Region bretagne = b.region("53", "Bretagne");
        Departement finistere = b.departement(bretagne, "29", "Finistère");
        Commune brest = b.commune(finistere, "29019", "Brest", 142346);
        List<Epci> epcis = List.of(
                b.epci("242900314", "Brest Métropole", NatureEpci.METROPOLE, 213403, brest),
                b.epci("242900074", "CC du Pays d'Iroise", NatureEpci.COMMUNAUTE_DE_COMMUNES, 50017),
                b.epci("242900553", "CC du Pays des Abers", NatureEpci.COMMUNAUTE_DE_COMMUNES, 42029),
                b.epci("242900801", "CA du Pays de Landerneau-Daoulas", NatureEpci.COMMUNAUTE_DAGGLOMERATION,
                        49868),
                b.epci("242900793", "CC Communauté Lesneven Côte des Légendes", NatureEpci.COMMUNAUTE_DE_COMMUNES,
                        27619),
                b.epci("200066868", "CC Presqu'île de Crozon-Aulne maritime", NatureEpci.COMMUNAUTE_DE_COMMUNES,
                        22603));
        describe(epcis.get(0), "Seule la commune de Brest est reprise parmi ses membres.");

        Groupement pays = b.init(TerritoireFactory.eINSTANCE.createGroupement(), "pole",
                "Pôle métropolitain du Pays de Brest");
        pays.setType(TypeGroupement.POLE_METROPOLITAIN);
        pays.getEpcis().addAll(epcis);
        describe(pays, "Créé par arrêté préfectoral du 16 mars 2012 avec sept intercommunalités (89 communes, près "
                + "de 400 000 habitants) ; l'Aulne maritime et la Presqu'île de Crozon forment depuis une seule "
                + "communauté de communes, d'où six EPCI au Code officiel géographique 2026.");
        model.getGroupements().add(cite(pays, POLE));

        Organisation pole = cite(b.organisation("pole-organisation", "Pôle métropolitain du Pays de Brest",
                TypeOrganisation.COLLECTIVITE), SEED, POLE);
        pole.setTerritoire(pays);
        Organisation ars = cite(b.organisation("ars", "ARS Bretagne", TypeOrganisation.ARS), SEED);
        Organisation region = cite(b.organisation("region", "Conseil régional de Bretagne",
                TypeOrganisation.COLLECTIVITE), SEED);
        region.setTerritoire(bretagne);

        Cls cls = b.init(DispositifFactory.eINSTANCE.createCls(), "cls", "Contrat local de santé du Pays de Brest");
        describe(cls, "En préparation : la mission santé bâtit une stratégie et un plan d'actions partagés. Le degré "
                + "d'intensité du plan pourra différer selon l'ambition de chaque EPCI.");
        cls.setGeneration(1);
        cls.setCycle(CycleCls.DIAGNOSTIC);
        cls.setStatut(StatutDispositif.EN_PROJET);
        cls.setDebut(date("2016-05-01"));
        cls.setPorteur(pole);
        cls.getPartenaires().addAll(List.of(ars, region));
        cls.getTerritoires().add(pays);
        cls.getChamps().addAll(List.of(ChampCls.SOINS, ChampCls.MEDICO_SOCIAL, ChampCls.PREVENTION));
        cls.setDiagnostic("Diagnostic local partagé : état de santé de la population et offre de santé (sanitaire, "
                + "prévention, social, médico-social, éducatif), partagé avec les acteurs des territoires "
                + "communautaires avant la définition des axes prioritaires.");
        cls.setCoordinateur(cite(b.role(pole, "mission-sante", "Chargé·e de mission santé", null), SEED));
        model.getDispositifs().add(cite(cls, SEED));

        axe(b, cls, "1", "Offre de soins");
        axe(b, cls, "2", "Offre médico-sociale");
        axe(b, cls, "3", "Prévention et promotion de la santé");
        Axe declinaisons = axe(b, cls, "4", "Déclinaisons par territoire communautaire");
        describe(declinaisons, "Le socle commun est décliné par EPCI, avec une intensité propre à chacun.");
        for (Epci epci : epcis) {
            FicheAction fiche = b.init(DispositifFactory.eINSTANCE.createFicheAction(),
                    "declinaison-" + epci.getCode(), "Déclinaison locale du plan d'actions : " + epci.getNom());
            fiche.setNumero("4." + (declinaisons.getFichesActions().size() + 1));
            fiche.setPorteur(pole);
            fiche.getTerritoires().add(epci);
            illustrative(fiche, "le contenu des déclinaisons n'est pas publié ; seule leur existence est prévue");
            declinaisons.getFichesActions().add(fiche);
            b.articuler("couvre", fiche, epci);
        }

        calendar(b, cls, pole);
        describe(cite(b.financement("soutien-ars", "Soutien de l'ARS à la mission santé", ars, null, null, 2016, cls),
                SEED), "Montant non publié.");
        describe(cite(b.financement("soutien-region", "Soutien du Conseil régional à la mission santé", region, null,
                null, 2016, cls), SEED), "Montant non publié.");
        b.articuler("finance", ars, cls);
        b.articuler("finance", region, cls);
        b.articuler("couvre", cls, pays);
        return model;
    }

    private static Axe axe(ExampleBuilder b, Cls cls, String numero, String nom) {
        return cite(b.axe(cls, "axe-" + numero, numero, nom), SEED);
    }

    /** The mission's calendar: its steps are in the source, their days are not. */
    private static void calendar(ExampleBuilder b, Cls cls, Organisation pole) {
        Instance copil = cite(b.instance("copil", "Comité de pilotage de la mission santé", TypeInstance.COPIL,
                pole), SEED);
        copil.getMembres().addAll(cls.getPartenaires());
        cls.getGouvernance().add(copil);
        String why = "le mois et l'étape viennent de la source, le jour est choisi pour l'exemple";
        illustrative(b.seance(copil, "seance-lancement", "Lancement de la mission santé", "2016-05-01",
                "Présentation de la mission et de son calendrier", "Méthode du diagnostic local"), why);
        illustrative(b.seance(copil, "seance-diagnostic", "Restitution du diagnostic local partagé", "2016-11-15",
                "Diagnostic de l'état de santé et de l'offre", "Échanges avec les territoires communautaires"),
                "étape de la source, date inventée pour l'exemple");
        illustrative(b.seance(copil, "seance-orientations", "Orientations stratégiques", "2017-02-15",
                "Axes prioritaires sur les trois champs du CLS"), "étape de la source, date inventée pour l'exemple");
        illustrative(b.seance(copil, "seance-plan", "Plan d'actions : socle commun et déclinaisons par EPCI",
                "2017-04-30", "Socle commun", "Déclinaisons locales par territoire communautaire"),
                "étape de la source, date inventée (fin de la mission d'un an)");
    }
}
