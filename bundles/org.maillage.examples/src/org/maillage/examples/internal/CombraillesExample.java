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
import org.maillage.model.financement.Fonds;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.TypeInstance;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.TypeOrganisation;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Groupement;
import org.maillage.model.territoire.NatureEpci;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.model.territoire.TypeGroupement;

/**
 * Seed 003 (second post): the CLS III of the Combrailles, 2024-2028, coordinated by a syndicat mixte and signed at
 * Pionsat on 8 March 2024, with five axes.
 */
final class CombraillesExample {

    static final String SEED = "Publication du SMADC sur la signature du CLS III, mars 2024 "
            + "(texte source Maillage n° 003)";

    private CombraillesExample() {
    }

    static ModeleMaillage build() {
        ExampleBuilder b = ExampleBuilder.newExample("combrailles",
                "Combrailles : contrat local de santé III (2024-2028)");
        ModeleMaillage model = b.model();
        describe(model, "Troisième contrat local de santé des Combrailles, coordonné par le syndicat mixte du "
                + "territoire : cinq axes, dont un nouveau volet santé mentale.");
        cite(model, SEED);

        Region ara = b.region("84", "Auvergne-Rhône-Alpes");
        Departement puyDeDome = b.departement(ara, "63", "Puy-de-Dôme");
        Commune pionsat = b.commune(puyDeDome, "63281", "Pionsat", 1042);
        describe(b.epci("200072080", "CC du Pays de Saint-Eloy", NatureEpci.COMMUNAUTE_DE_COMMUNES, 15464, pionsat),
                "Seule la commune de Pionsat est reprise parmi ses membres.");
        Groupement smadc = b.init(TerritoireFactory.eINSTANCE.createGroupement(), "smadc",
                "Syndicat Mixte pour l'Aménagement et le Développement des Combrailles (SMADC)");
        smadc.setType(TypeGroupement.SYNDICAT_MIXTE);
        smadc.getCommunes().add(pionsat);
        describe(smadc, "Périmètre non repris : seule Pionsat, lieu de la signature, est nommée par la source.");
        model.getGroupements().add(cite(smadc, SEED));

        Organisation syndicat = cite(b.organisation("smadc-organisation", "SMADC", TypeOrganisation.COLLECTIVITE),
                SEED);
        syndicat.setTerritoire(smadc);
        Organisation ars = cite(b.organisation("ars", "ARS Auvergne-Rhône-Alpes", TypeOrganisation.ARS), SEED);
        Organisation sousPrefecture = cite(b.organisation("sous-prefecture", "Sous-préfecture de Riom",
                TypeOrganisation.ETAT), SEED);
        Organisation cias = cite(b.organisation("cias", "CIAS de Combrailles, Sioule et Morge",
                TypeOrganisation.AUTRE), SEED);

        Cls precedent = b.init(DispositifFactory.eINSTANCE.createCls(), "cls-2", "CLS II des Combrailles");
        precedent.setGeneration(2);
        precedent.setCycle(CycleCls.ECHU);
        precedent.setStatut(StatutDispositif.TERMINE);
        precedent.setPorteur(syndicat);
        precedent.getTerritoires().add(smadc);
        // A CLS is a contract between the ARS and the collectivité that carries it: both signed it.
        precedent.getSignataires().addAll(List.of(ars, syndicat));
        illustrative(precedent, "son existence découle du n° III ; dates et contenu non repris");
        model.getDispositifs().add(precedent);

        Cls cls = b.init(DispositifFactory.eINSTANCE.createCls(), "cls-3", "CLS III des Combrailles (2024-2028)");
        describe(cls, "Vise la promotion de la santé des habitants et la réduction des inégalités sociales et "
                + "territoriales de santé ; poursuit les actions engagées et intègre la santé mentale. Début et fin "
                + "fixés à la signature et au 31 décembre 2028 (la source ne donne que les années).");
        cls.setGeneration(3);
        cls.setPrecedent(precedent);
        cls.setCycle(CycleCls.SUIVI_EVALUATION);
        cls.setStatut(StatutDispositif.ACTIF);
        cls.setDateSignature(date("2024-03-08"));
        cls.setDebut(date("2024-03-08"));
        cls.setFin(date("2028-12-31"));
        cls.setPorteur(syndicat);
        cls.getSignataires().addAll(List.of(ars, sousPrefecture, syndicat, cias));
        cls.getPartenaires().addAll(List.of(ars, sousPrefecture, cias));
        cls.getTerritoires().add(smadc);
        cls.getChamps().addAll(List.of(ChampCls.SOINS, ChampCls.MEDICO_SOCIAL, ChampCls.PREVENTION));
        cls.setCoordinateur(cite(b.role(syndicat, "coordination-cls", "Coordination du CLS", null), SEED));
        model.getDispositifs().add(cite(cls, SEED));

        axe(b, cls, "1", "Renforcer l'accès aux soins et à l'offre médico-sociale sur l'ensemble du territoire");
        Axe santeMentale = axe(b, cls, "2", "Agir en faveur de la santé mentale");
        axe(b, cls, "3", "Renforcer le pouvoir d'agir sur sa santé");
        axe(b, cls, "4", "Améliorer et accompagner la prise en charge des publics vulnérables");
        Axe coordination = axe(b, cls, "5", "Coordination du CLS, animation, information et démocratie en santé");
        fiche(b, santeMentale, "2.1", "Créer une plateforme sanitaire en santé mentale", syndicat);
        fiche(b, coordination, "5.1", "Intégrer les usagers dans les organisations de santé", syndicat);

        Instance copil = illustrative(b.instance("copil", "Comité de pilotage du CLS III", TypeInstance.COPIL,
                syndicat), "instance usuelle d'un CLS, non décrite par la source");
        copil.getMembres().addAll(cls.getSignataires());
        cls.getGouvernance().add(copil);

        Fonds fir = b.fonds("fir", "FIR", "Fonds d'intervention régional");
        illustrative(b.financement("financement-coordination", "Co-financement ARS de la coordination du CLS", ars,
                fir, "25000", 2024, cls.getCoordinateur()), "montant inventé pour l'exemple");
        b.articuler("finance", ars, cls);
        b.articuler("coordonne", syndicat, cls);
        b.articuler("couvre", cls, smadc);
        b.articuler("s-articule-avec", cias, cls);
        return model;
    }

    private static Axe axe(ExampleBuilder b, Cls cls, String numero, String nom) {
        return cite(b.axe(cls, "axe-" + numero, numero, nom), SEED);
    }

    private static void fiche(ExampleBuilder b, Axe axe, String numero, String nom, Organisation porteur) {
        FicheAction fiche = cite(b.init(DispositifFactory.eINSTANCE.createFicheAction(), "fiche-" + numero, nom),
                SEED);
        fiche.setNumero(numero);
        fiche.setPorteur(porteur);
        axe.getFichesActions().add(fiche);
    }
}
