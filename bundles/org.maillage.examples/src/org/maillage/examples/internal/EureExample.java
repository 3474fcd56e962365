/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.examples.internal;

import static org.maillage.examples.internal.ExampleBuilder.cite;
import static org.maillage.examples.internal.ExampleBuilder.date;
import static org.maillage.examples.internal.ExampleBuilder.describe;
import static org.maillage.examples.internal.ExampleBuilder.illustrative;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.ContratDeVille;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.StatutDispositif;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.TypeOrganisation;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.territory.TerritoryImport;
import org.maillage.territory.TerritoryImportException;
import org.maillage.territory.TerritoryIndex;

/**
 * The Eure departmental roadmap (seed 003 and EURE-FACTS), on the real Eure territory imported from
 * {@code @etalab/decoupage-administratif}: organisations, the 12 QPV and their contrats de ville here; the plan
 * side in {@link EurePlan}, the schemes and money in {@link EureDispositifs}.
 * <p>
 * Where the public sources stop, values are illustrative and say so: the distribution of five of the 12 QPV, the
 * chantiers' progress, the CTS meetings, the amounts, the PASS, DAC and CPTS names.
 */
final class EureExample {

    static final String SEED = "Publication de l'ARS Normandie sur la première réunion départementale du PRAPS "
            + "dans l'Eure (texte source Maillage n° 003)";
    static final String PRS = "https://www.normandie.ars.sante.fr/"
            + "projet-regional-de-sante-2023-2028-12-priorites-daction-pour-ameliorer-la-sante-des-normands";
    static final String QPV = "https://sweetfm.fr/amp/desormais-33-000-eurois-dans-les-quartiers-prioritaires";
    static final String VERNON = "https://vernon-direct.fr/?p=15568";
    static final String SEINE_EURE = "https://agglo-seine-eure.fr/actualites/"
            + "contrat-de-ville-actions-quartiers-prioritaires";
    static final String EVREUX = "https://evreux.fr/actualites/contrat-de-ville-quartiers-2024-2030/";
    static final String OFFRE = "https://nosdeputes.fr/16/intervention/24857";
    static final String NAVARRE = "https://cglpl.fr/2024/rapport-de-deuxieme-visite-du-centre-hospitalier-specialise-"
            + "devreux-eure";
    static final String DOCT_EURE = "https://www.infonormandie.com/"
            + "Deserts-medicaux-l-Eure-sort-le-chequier-pour-attirer-les-jeunes-medecins_a41939.html";

    final ExampleBuilder b;
    final TerritoryIndex territory;
    final Path dataDir;
    Region normandie;
    Departement eure;
    Organisation ars;
    Organisation dd27;
    Organisation prefecture;
    Organisation departement;
    Organisation cpam;
    Organisation chEureSeine;
    Organisation navarre;
    Organisation ordreDeMalte;
    /** The EPCI that pilot a contrat de ville or carry a CLS, by SIREN, and their organisations. */
    final Map<String, Organisation> intercommunalites = new LinkedHashMap<>();
    final Map<String, Qpv> qpvs = new LinkedHashMap<>();
    final Map<String, ContratDeVille> contratsDeVille = new LinkedHashMap<>();

    private EureExample(ModeleMaillage territoire, Path dataDir) {
        this.b = new ExampleBuilder("eure", territoire);
        this.territory = TerritoryIndex.of(territoire);
        this.dataDir = dataDir;
    }

    /**
     * @param dataDir the unpacked package {@code @etalab/decoupage-administratif}
     * @return the Eure territory, as the territory importer gives it
     * @throws IOException when the package cannot be read
     */
    static ModeleMaillage importTerritory(Path dataDir) throws IOException {
        try {
            return new TerritoryImport().importDepartements(dataDir, List.of("27"));
        } catch (TerritoryImportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * @param territoire the imported Eure territory; the roadmap is added to it
     * @param dataDir the package it was imported from, named in error messages
     * @return {@code territoire}, completed
     */
    static ModeleMaillage build(ModeleMaillage territoire, Path dataDir) {
        EureExample eure = new EureExample(territoire, dataDir);
        eure.root();
        eure.organisations();
        eure.quartiers();
        eure.contratsDeVille();
        EurePlan plan = new EurePlan(eure);
        plan.build();
        new EureDispositifs(eure, plan).build();
        plan.freezeJune();
        return territoire;
    }

    private void root() {
        ModeleMaillage model = b.model();
        model.setUuid("exemple-eure");
        model.setNom("Feuille de route de l'Eure : PRAPS, chantiers et dispositifs");
        model.setDescription("Feuille de route départementale de l'ARS Normandie dans l'Eure (60 chantiers "
                + "prioritaires, dont quelques-uns ici), ses thèmes PRAPS et les dispositifs qu'elle articule, sur "
                + "le territoire réel de l'Eure. Les faits publics sont cités ; le reste est marqué comme valeur "
                + "illustrative.");
        cite(model, SEED, PRS);
        normandie = territory.region("28").orElseThrow(() -> missing("région", "28"));
        eure = territory.departement("27").orElseThrow(() -> missing("département", "27"));
    }

    Commune commune(String code) {
        return territory.commune(code).orElseThrow(() -> missing("commune", code));
    }

    Epci epci(String siren) {
        return territory.epci(siren).orElseThrow(() -> missing("EPCI", siren));
    }

    private IllegalStateException missing(String kind, String code) {
        return new IllegalStateException(Messages.get("territory.missing", kind, code, dataDir));
    }

    private void organisations() {
        ars = cite(b.organisation("ars-normandie", "ARS Normandie", TypeOrganisation.ARS), PRS);
        ars.setTerritoire(normandie);
        dd27 = cite(b.organisation("ars-dd27", "ARS Normandie, délégation départementale de l'Eure",
                TypeOrganisation.ARS), SEED);
        dd27.setTerritoire(eure);
        // Functional roles only; the DD's mailbox is not published in the sources, so none is given.
        cite(b.role(dd27, "role-direction", "Direction départementale", null), SEED);
        cite(b.role(ars, "role-pps", "Équipe prévention et promotion de la santé", null), SEED);
        prefecture = b.organisation("prefecture", "Préfecture de l'Eure", TypeOrganisation.ETAT);
        cite(prefecture, VERNON);
        departement = cite(b.organisation("cd27", "Conseil départemental de l'Eure", TypeOrganisation.COLLECTIVITE),
                DOCT_EURE);
        departement.setTerritoire(eure);
        cpam = illustrative(b.organisation("cpam", "CPAM de l'Eure", TypeOrganisation.ASSURANCE_MALADIE),
                "partenaire usuel des CLS, non cité par les sources de l'exemple");
        chEureSeine = illustrative(b.organisation("ch-eure-seine", "Centre hospitalier Eure-Seine",
                TypeOrganisation.ETABLISSEMENT_SANTE), "établissement non cité par les sources de l'exemple");
        navarre = cite(b.organisation("nouvel-hopital-navarre", "Nouvel Hôpital de Navarre",
                TypeOrganisation.ETABLISSEMENT_SANTE), NAVARRE);
        describe(navarre, "Établissement psychiatrique d'Évreux qui couvre tous les secteurs de psychiatrie de "
                + "l'Eure.");
        ordreDeMalte = cite(b.organisation("ordre-de-malte", "Ordre de Malte France (bus social et sanitaire)",
                TypeOrganisation.ASSOCIATION), SEED);
        intercommunalite("200071454", "Évreux Portes de Normandie", EVREUX);
        intercommunalite("200072312", "Seine Normandie Agglomération", VERNON);
        intercommunalite("200089456", "Agglomération Seine-Eure", SEINE_EURE);
        intercommunalite("200066413", "Intercom Bernay Terres de Normandie", QPV);
        intercommunalite("200065787", "Communauté de communes de Pont-Audemer / Val de Risle", QPV);
        intercommunalite("200066462", "Interco Normandie Sud Eure", SEED);
    }

    private void intercommunalite(String siren, String nom, String source) {
        Organisation organisation = cite(b.organisation("org-" + siren, nom, TypeOrganisation.COLLECTIVITE), source);
        organisation.setTerritoire(epci(siren));
        intercommunalites.put(siren, organisation);
    }

    /** The 12 QPV in force since 1 January 2024: seven are named by the sources, five are not. */
    private void quartiers() {
        qpv("vernon-eglantiers", "Les Églantiers-Valmeux-Blanchères-Boutardes", "27681", "200072312", VERNON);
        qpv("louviers-maison-rouge", "Maison Rouge", "27375", "200089456", SEINE_EURE);
        qpv("louviers-acacias", "Acacias-La Londe-Les Oiseaux-Salengro", "27375", "200089456", SEINE_EURE);
        qpv("val-de-reuil-centre", "Centre-ville", "27701", "200089456", SEINE_EURE);
        qpv("gaillon", "Gailloncel / La Verte Bonne / Jardins de Bas", "27275", "200089456", SEINE_EURE);
        illustrative(qpv("bernay-stade", "Quartier du Stade", "27056", "200066413", QPV),
                "EPCI pilote du contrat de ville non confirmé");
        illustrative(qpv("pont-audemer", "Quartier prioritaire de Pont-Audemer", "27467", "200065787", QPV),
                "un QPV à Pont-Audemer est sourcé, son nom n'a pas été trouvé");
        String why2015 = "nom d'un QPV de 2015, sa reprise dans la liste 2024 n'est pas confirmée";
        illustrative(qpv("evreux-madeleine", "La Madeleine", "27229", "200071454", EVREUX), why2015);
        illustrative(qpv("evreux-netreville", "Nétreville", "27229", "200071454", EVREUX), why2015);
        illustrative(qpv("evreux-navarre", "Navarre", "27229", "200071454", EVREUX), why2015);
        String whyUnknown = "le total de 12 QPV est sourcé, la commune et le nom des deux derniers ne le sont pas : "
                + "ils sont rattachés à Évreux pour l'exemple";
        illustrative(qpv("evreux-4", "Évreux, quatrième quartier prioritaire", "27229", "200071454", QPV),
                whyUnknown);
        illustrative(qpv("evreux-5", "Évreux, cinquième quartier prioritaire", "27229", "200071454", QPV),
                whyUnknown);
    }

    private Qpv qpv(String id, String nom, String commune, String epci, String source) {
        Qpv qpv = b.init(TerritoireFactory.eINSTANCE.createQpv(), "qpv-" + id, nom);
        qpv.getCommunes().add(commune(commune));
        qpv.setEpci(epci(epci));
        cite(qpv, QPV, source);
        b.model().getQpvs().add(qpv);
        qpvs.put(id, qpv);
        return qpv;
    }

    private void contratsDeVille() {
        contratDeVille("200072312", VERNON, null);
        contratDeVille("200089456", SEINE_EURE, null);
        contratDeVille("200071454", EVREUX, null);
        contratDeVille("200066413", QPV, "EPCI pilote et contenu du contrat de ville non sourcés");
        contratDeVille("200065787", QPV, "EPCI pilote et contenu du contrat de ville non sourcés");
        describe(contratsDeVille.get("200089456"), "« Quartiers 2030 » : le thème « qualité de vie » couvre l'accès "
                + "aux soins et la santé.");
    }

    private void contratDeVille(String siren, String source, String illustrativeWhy) {
        Epci epci = epci(siren);
        Organisation pilote = intercommunalites.get(siren);
        ContratDeVille contrat = b.init(DispositifFactory.eINSTANCE.createContratDeVille(), "cdv-" + siren,
                "Contrat de ville 2024-2030 : " + pilote.getNom());
        contrat.setEpci(epci);
        contrat.setPorteur(pilote);
        contrat.getPartenaires().addAll(List.of(prefecture, departement));
        contrat.setDebut(date("2024-01-01"));
        contrat.setFin(date("2030-12-31"));
        contrat.setStatut(StatutDispositif.ACTIF);
        for (Qpv qpv : qpvs.values()) {
            if (qpv.getEpci() == epci) {
                contrat.getQpvs().add(qpv);
                contrat.getTerritoires().add(qpv);
            }
        }
        cite(contrat, source);
        if (illustrativeWhy != null) {
            illustrative(contrat, illustrativeWhy);
        }
        b.model().getDispositifs().add(contrat);
        contratsDeVille.put(siren, contrat);
    }
}
