/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.examples.internal;

import static org.maillage.examples.internal.ExampleBuilder.cite;
import static org.maillage.examples.internal.ExampleBuilder.describe;

import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.CoordinationMicrolocale;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.StatutDispositif;
import org.maillage.model.indicateur.Indicateur;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.TypeInstance;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.Role;
import org.maillage.model.organisation.TypeOrganisation;
import org.maillage.model.plan.TagBonnePratique;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.NatureEpci;
import org.maillage.model.territoire.Region;

/**
 * Seed 002: seven communes of the Drôme des collines share a microlocal health coordinator since 2019; its 2024
 * activity figures are real and cited.
 */
final class ValherbasseExample {

    static final String SOURCE = "https://www.banquedesterritoires.fr/experience/"
            + "la-vallee-de-haute-herbasse-mise-sur-la-coordination-microlocale-de-sante-26";

    private ValherbasseExample() {
    }

    static ModeleMaillage build() {
        ExampleBuilder b = ExampleBuilder.newExample("valherbasse",
                "Valherbasse : coordination microlocale de santé");
        ModeleMaillage model = b.model();
        describe(model, "Sept communes de la Drôme des collines, sans médecin généraliste, ont créé en 2019 un poste "
                + "de coordinateur microlocal de santé, suivi par un comité mensuel et financé par l'ARS et les "
                + "communes. Chiffres d'activité 2024 réels, cités.");
        cite(model, SOURCE);

        Region ara = b.region("84", "Auvergne-Rhône-Alpes");
        Departement drome = b.departement(ara, "26", "Drôme");
        Commune valherbasse = b.commune(drome, "26210", "Valherbasse", 1005);
        Epci agglo = b.epci("200068781", "CA Valence Romans Agglo", NatureEpci.COMMUNAUTE_DAGGLOMERATION, 224841,
                valherbasse);
        describe(agglo, "Seule la commune de Valherbasse est reprise parmi ses membres.");

        Organisation communes = cite(b.organisation("communes", "Communes de la vallée de la Haute-Herbasse",
                TypeOrganisation.COLLECTIVITE), SOURCE);
        describe(communes, "Les sept communes qui portent la coordination ; la source ne les énumère pas : seule "
                + "Valherbasse est nommée.");
        communes.setTerritoire(valherbasse);
        Organisation ars = cite(b.organisation("ars", "ARS Auvergne-Rhône-Alpes", TypeOrganisation.ARS), SOURCE);
        Role coordinatrice = cite(b.role(communes, "coordinatrice", "Coordinatrice microlocale de santé",
                "sante.herbasse@gmail.com"), SOURCE);
        describe(coordinatrice, "Information, accompagnement aux démarches, visites à domicile, lien avec les "
                + "professionnels de santé et médico-sociaux, actions collectives (soirées santé, seniors isolés).");

        Instance comite = cite(b.instance("comite-suivi", "Comité de suivi mensuel", TypeInstance.COMITE_SUIVI,
                communes), SOURCE);
        describe(comite, "Se réunit chaque mois, avec l'implication des élus.");
        comite.getMembres().add(communes);

        CoordinationMicrolocale coordination = b.init(DispositifFactory.eINSTANCE.createCoordinationMicrolocale(),
                "coordination", "Coordination microlocale de santé de la vallée de la Haute-Herbasse");
        cite(describe(coordination, "Créée en 2019 pour faciliter l'accès aux soins sans créer de nouveau cabinet "
                + "médical ; elle a permis à tous les habitants de retrouver un médecin traitant."), SOURCE);
        coordination.setPorteur(communes);
        coordination.getPartenaires().add(ars);
        coordination.getTerritoires().add(valherbasse);
        coordination.setStatut(StatutDispositif.ACTIF);
        coordination.setCoordinateur(coordinatrice);
        coordination.getGouvernance().add(comite);
        model.getDispositifs().add(coordination);

        coordination.getIndicateurs().add(activity(b, "sollicitations", "Sollicitations traitées",
                "sollicitations", "2000", "Plus de 2 000 sollicitations en 2024 : la valeur est un minimum."));
        coordination.getIndicateurs().add(activity(b, "visites", "Visites à domicile", "visites", "411", null));
        coordination.getIndicateurs().add(activity(b, "personnes", "Personnes accompagnées", "personnes", "510",
                null));

        // The source names both funders but no amount: the financements say who pays, without inventing a figure.
        describe(cite(b.financement("financement-ars", "Financement ARS de la coordination", ars, null, null, 2024,
                coordination), SOURCE), "Montant non publié ; fonds non précisé par la source.");
        describe(cite(b.financement("financement-communes", "Participation des communes", communes, null, null, 2024,
                coordination), SOURCE), "Montant non publié.");
        b.articuler("finance", ars, coordination);
        b.articuler("finance", communes, coordination);
        b.articuler("couvre", coordination, valherbasse);

        cite(b.bonnePratique("Une coordination microlocale de santé", "Valherbasse (Drôme)", 2019,
                "sante.herbasse@gmail.com", TagBonnePratique.VALORISABLE, TagBonnePratique.FACILE,
                TagBonnePratique.ECONOMIQUE), SOURCE);
        return model;
    }

    private static Indicateur activity(ExampleBuilder b, String id, String nom, String unite, String valeur2024,
            String note) {
        Indicateur indicateur = cite(b.indicateur(id, nom, unite, "Coordination microlocale (bilan d'activité)",
                nom + " par la coordinatrice au cours de l'année civile."), SOURCE);
        cite(ExampleBuilder.valeur(indicateur, 2024, valeur2024), SOURCE);
        if (note != null) {
            describe(indicateur.getValeurs().get(0), note);
        }
        return indicateur;
    }
}
