/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.examples.internal;

import static org.maillage.examples.internal.ExampleBuilder.cite;
import static org.maillage.examples.internal.ExampleBuilder.describe;
import static org.maillage.examples.internal.ExampleBuilder.illustrative;

import java.util.ArrayList;
import java.util.List;

import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.Mutualisation;
import org.maillage.model.dispositif.StatutDispositif;
import org.maillage.model.indicateur.Indicateur;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.TypeOrganisation;
import org.maillage.model.plan.TagBonnePratique;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Groupement;
import org.maillage.model.territoire.NatureEpci;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.model.territoire.TypeGroupement;

/**
 * Seed 000: the communes of the Bruaysis pool medico-social competences in a SIVOM (1991), which runs a
 * prevention house, the MIPPS.
 */
final class BruaysisExample {

    static final String SEED = "Fiche bonne pratique « Mutualiser les moyens en politiques de santé » "
            + "(texte source Maillage n° 000)";
    static final String QUI_SOMMES_NOUS = "http://www.bruaysis.fr/qui-sommes-nous";
    static final String STATUTS = "https://docslib.org/doc/9432414/s-t-a-t-u-t-s";

    /** The member communes whose names are legible in the statutes, with their INSEE code and population. */
    private static final String[][] COMMUNES = {
        {"62077", "Bajus", "355"}, {"62083", "Barlin", "7331"}, {"62178", "Bruay-la-Buissière", "21424"},
        {"62194", "Calonne-Ricouart", "5369"}, {"62197", "Camblain-Châtelain", "1762"},
        {"62217", "Cauchy-à-la-Tour", "2593"}, {"62232", "La Comté", "879"}, {"62269", "Diéval", "709"},
        {"62314", "Estrée-Cauchy", "354"}, {"62356", "Fresnicourt-le-Dolmen", "791"},
        {"62366", "Gauchin-Légal", "296"}, {"62445", "Hesdigneul-lès-Béthune", "828"},
        {"62443", "Hersin-Coupigny", "6082"}, {"62555", "Marles-les-Mines", "5411"},
        {"62693", "Rebreuve-Ranchicourt", "1071"}, {"62727", "Ruitz", "1478"},
    };

    private BruaysisExample() {
    }

    static ModeleMaillage build() {
        ExampleBuilder b = ExampleBuilder.newExample("bruaysis",
                "Bruaysis : SIVOM et Maison de la prévention (MIPPS)");
        ModeleMaillage model = b.model();
        describe(model, "Depuis 1991, les communes du Bruaysis mutualisent dans un SIVOM « à la carte » des "
                + "compétences médico-sociales, dont une Maison de la Prévention et de la Promotion de la Santé.");
        cite(model, SEED, QUI_SOMMES_NOUS);

        Region hdf = b.region("32", "Hauts-de-France");
        Departement pasDeCalais = b.departement(hdf, "62", "Pas-de-Calais");
        List<Commune> communes = new ArrayList<>();
        for (String[] row : COMMUNES) {
            communes.add(b.commune(pasDeCalais, row[0], row[1], Integer.parseInt(row[2])));
        }
        Epci agglo = b.epci("200072460", "CA de Béthune-Bruay, Artois-Lys Romane",
                NatureEpci.COMMUNAUTE_DAGGLOMERATION, 275736, communes.toArray(Commune[]::new));
        describe(agglo, "Seules les communes du SIVOM reprises ici figurent parmi ses membres.");

        Groupement sivom = b.init(TerritoireFactory.eINSTANCE.createGroupement(), "sivom",
                "SIVOM de la Communauté du Bruaysis");
        sivom.setType(TypeGroupement.SIVOM);
        sivom.getCommunes().addAll(communes);
        sivom.getCompetencesDeleguees().addAll(List.of("Soins infirmiers à domicile (SSIAD)",
                "Aide et accompagnement à domicile (SAAD)", "Repas à domicile",
                "Prévention et promotion de la santé (MIPPS)",
                "Équipements sociaux et médico-sociaux pour personnes âgées (EHPAD, résidences autonomie)",
                "Équipements de la petite enfance (relais assistants maternels)",
                "Insertion des populations en difficulté (convention avec le Conseil départemental)"));
        describe(sivom, "Créé le 1er janvier 1991 ; 28 communes, près de 100 000 habitants, aucune compétence "
                + "obligatoire. Seules les 16 communes lisibles dans la copie publique des statuts sont reprises.");
        model.getGroupements().add(cite(sivom, QUI_SOMMES_NOUS, STATUTS));

        Organisation communaute = cite(b.organisation("communaute", "Communauté du Bruaysis (SIVOM)",
                TypeOrganisation.COLLECTIVITE), QUI_SOMMES_NOUS);
        communaute.setTerritoire(sivom);
        cite(b.role(communaute, "mipps-accueil", "Accueil de la MIPPS", "mipps@bruaysis.fr"), SEED);

        Mutualisation mipps = b.init(DispositifFactory.eINSTANCE.createMutualisation(), "mipps",
                "Maison de la Prévention et de la Promotion de la Santé (MIPPS)");
        describe(mipps, "Suivi durable de la santé des habitants, actions de santé publique et de dépistage, "
                + "accompagnements individuels, avec un réseau de partenaires institutionnels et associatifs.");
        mipps.setPorteur(communaute);
        mipps.setGroupement(sivom);
        mipps.getTerritoires().add(sivom);
        mipps.setStatut(StatutDispositif.ACTIF);
        mipps.getMoyensMutualises().addAll(List.of("Permanences de professionnels de santé",
                "Actions de santé publique et de dépistage", "Accompagnements individuels"));
        model.getDispositifs().add(cite(mipps, SEED, STATUTS));

        Indicateur permanences = illustrative(b.indicateur("permanences", "Permanences de professionnels tenues",
                "permanences", "MIPPS (rapport d'activité)", "Nombre de permanences de professionnels de santé "
                        + "tenues à la MIPPS dans l'année."), "aucun chiffre d'activité publié");
        illustrative(ExampleBuilder.valeur(permanences, 2023, "180"), "chiffre inventé pour l'exemple");
        illustrative(ExampleBuilder.valeur(permanences, 2024, "195"), "chiffre inventé pour l'exemple");
        mipps.getIndicateurs().add(permanences);

        b.articuler("couvre", mipps, sivom);
        b.articuler("coordonne", communaute, mipps);

        cite(b.bonnePratique("Mutualiser les moyens en politiques de santé", "Camblain-Châtelain (Pas-de-Calais)",
                1991, "mipps@bruaysis.fr", TagBonnePratique.INNOVANT, TagBonnePratique.FACILE,
                TagBonnePratique.ECONOMIQUE), SEED);
        return model;
    }
}
