/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.ContratDeVille;
import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.dispositif.StatutDispositif;
import org.maillage.model.indicateur.Indicateur;
import org.maillage.model.indicateur.IndicateurFactory;
import org.maillage.model.indicateur.ValeurAnnuelle;
import org.maillage.model.instance.Decision;
import org.maillage.model.instance.EtatChantier;
import org.maillage.model.instance.EtatIndicateur;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.InstanceFactory;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.Snapshot;
import org.maillage.model.instance.TypeInstance;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.TypeOrganisation;
import org.maillage.model.plan.BonnePratique;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.Orientation;
import org.maillage.model.plan.PlanFactory;
import org.maillage.model.plan.Prs;
import org.maillage.model.plan.StatutChantier;
import org.maillage.model.plan.TagBonnePratique;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Groupement;
import org.maillage.model.territoire.NatureEpci;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.Territoire;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.model.territoire.TypeGroupement;

/**
 * One département's share of a generated model: its territories, organisations, roadmap, schemes, money,
 * indicators and bodies, in the proportions of a real département multiplied by a scale.
 */
final class DepartementGenerator {

    private final RoadmapGenerator g;
    private final ModeleMaillage root;
    private final double scale;
    private final int index;

    private final List<Commune> communes = new ArrayList<>();
    private final List<Epci> epcis = new ArrayList<>();
    private final List<Qpv> qpvs = new ArrayList<>();
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Indicateur> indicateurs = new ArrayList<>();
    private final List<Instance> instances = new ArrayList<>();
    private final List<Chantier> chantiers = new ArrayList<>();
    private final List<Element> funded = new ArrayList<>();

    DepartementGenerator(RoadmapGenerator generator, double scale, int index) {
        this.g = generator;
        this.root = generator.root();
        this.scale = scale;
        this.index = index;
    }

    /** @return {@code count} (the number in a real département) at this share's scale, at least one */
    private int n(int count) {
        return Math.max(1, (int) Math.round(count * scale));
    }

    void build(Region region, Prs prs) {
        Departement departement = territoire(TerritoireFactory.eINSTANCE.createDepartement(),
                "Département " + (index + 1), String.format("%02d", index + 1), 600_000);
        region.getDepartements().add(departement);
        territories(departement);
        for (int i = 0; i < n(280); i++) {
            TypeOrganisation type = TypeOrganisation.get(g.random().nextInt(TypeOrganisation.VALUES.size()));
            Organisation organisation = g.organisation("Organisation " + (index + 1) + "-" + i, type, 2);
            organisation.setTerritoire(type == TypeOrganisation.COLLECTIVITE ? g.pick(communes) : departement);
            organisations.add(organisation);
        }
        indicators();
        bodies();
        FeuilleDeRoute feuille = roadmap(departement, prs);
        schemes();
        for (int i = 0; i < n(700); i++) {
            g.financement(g.pick(funded), g.pick(organisations), 2020 + g.random().nextInt(7));
        }
        snapshots(feuille);
        for (int i = 0; i < n(20); i++) {
            BonnePratique pratique = g.make(PlanFactory.eINSTANCE.createBonnePratique(), "Bonne pratique " + i);
            pratique.setLieu(g.pick(communes).getNom());
            pratique.setAnnee(2018 + g.random().nextInt(7));
            pratique.setCourriel("bonnes-pratiques@exemple.fr");
            pratique.getTags().add(TagBonnePratique.get(g.random().nextInt(TagBonnePratique.VALUES.size())));
            pratique.getChantiers().addAll(g.pickSome(chantiers, 2));
            pratique.setDescription(g.sentence(30));
            root.getBonnesPratiques().add(pratique);
        }
    }

    private <T extends Territoire> T territoire(T territoire, String nom, String code, int population) {
        g.make(territoire, nom);
        territoire.setCode(code);
        territoire.setPopulation(population);
        territoire.setReferenceData(g.cog());
        return territoire;
    }

    /** Communes, each in one EPCI; QPV in the larger communes; a few groupements (PETR, syndicats). */
    private void territories(Departement departement) {
        for (int i = 0; i < n(585); i++) {
            int population = i % 40 == 0 ? 10_000 + g.random().nextInt(50_000) : 100 + g.random().nextInt(3_000);
            communes.add(territoire(TerritoireFactory.eINSTANCE.createCommune(), "Commune " + (index + 1) + "-" + i,
                    departement.getCode() + String.format("%03d", i + 1), population));
        }
        departement.getCommunes().addAll(communes);
        for (int i = 0; i < n(14); i++) {
            Epci epci = territoire(TerritoireFactory.eINSTANCE.createEpci(), "Communauté " + (index + 1) + "-" + i,
                    String.valueOf(200_000_000 + index * 1_000 + i), 0);
            epci.setNature(i == 0 ? NatureEpci.COMMUNAUTE_DAGGLOMERATION : NatureEpci.COMMUNAUTE_DE_COMMUNES);
            epcis.add(epci);
            root.getEpcis().add(epci);
        }
        for (int i = 0; i < communes.size(); i++) {
            Epci epci = epcis.get(i * epcis.size() / communes.size());
            epci.getMembres().add(communes.get(i));
            epci.setPopulation(epci.getPopulation() + communes.get(i).getPopulation());
        }
        for (int i = 0; i < n(12); i++) {
            Qpv qpv = territoire(TerritoireFactory.eINSTANCE.createQpv(), "Quartier " + (index + 1) + "-" + i,
                    "QN0" + departement.getCode() + String.format("%03d", i), 1_000 + g.random().nextInt(5_000));
            Commune commune = communes.get(40 * g.random().nextInt((communes.size() + 39) / 40));
            qpv.getCommunes().add(commune);
            qpv.setEpci(commune.getEpci());
            qpvs.add(qpv);
            root.getQpvs().add(qpv);
        }
        for (int i = 0; i < n(4); i++) {
            Groupement groupement = territoire(TerritoireFactory.eINSTANCE.createGroupement(),
                    "Groupement " + (index + 1) + "-" + i, String.valueOf(250_000_000 + index * 100 + i), 0);
            groupement.setType(TypeGroupement.get(i % TypeGroupement.VALUES.size()));
            groupement.getCommunes().addAll(g.pickSome(communes, 30));
            groupement.getEpcis().addAll(g.pickSome(epcis, 3));
            groupement.getCompetencesDeleguees().add("Santé");
            root.getGroupements().add(groupement);
        }
    }

    private void indicators() {
        for (int i = 0; i < n(150); i++) {
            Indicateur indicateur = g.make(IndicateurFactory.eINSTANCE.createIndicateur(), "Indicateur " + i);
            indicateur.setDefinition(g.sentence(15));
            indicateur.setUnite(i % 2 == 0 ? "%" : "nombre");
            indicateur.setSource("Observatoire régional de santé");
            indicateur.setReference(g.amount(1_000));
            indicateur.setAnneeReference(2017);
            indicateur.setCible(g.amount(1_000));
            indicateur.setAnneeCible(2028);
            for (int year = 2017; year <= 2024; year++) {
                ValeurAnnuelle valeur = g.make(IndicateurFactory.eINSTANCE.createValeurAnnuelle(), null);
                valeur.setAnnee(year);
                valeur.setValeur(BigDecimal.valueOf(g.random().nextInt(100_000), 2));
                indicateur.getValeurs().add(valeur);
            }
            indicateurs.add(indicateur);
            root.getIndicateurs().add(indicateur);
        }
    }

    /** CTS, its commissions, COPIL: meetings with decisions; snapshots come once chantiers exist. */
    private void bodies() {
        for (int i = 0; i < n(5); i++) {
            Instance instance = g.make(InstanceFactory.eINSTANCE.createInstance(), "Instance " + i);
            instance.setType(TypeInstance.get(i % TypeInstance.VALUES.size()));
            instance.setParente(i == 0 ? null : instances.get(0));
            instance.setOrganisateur(organisations.get(0));
            instance.getMembres().addAll(g.pickSome(organisations, 12));
            for (int s = 0; s < 4; s++) {
                Seance seance = g.make(InstanceFactory.eINSTANCE.createSeance(), "Séance " + (s + 1));
                seance.setDate(g.date(2024, 2));
                seance.getOrdreDuJour().add("Point d'étape de la feuille de route");
                seance.getOrdreDuJour().add(g.sentence(6));
                instance.getSeances().add(seance);
            }
            instances.add(instance);
            root.getInstances().add(instance);
        }
    }

    private FeuilleDeRoute roadmap(Departement departement, Prs prs) {
        FeuilleDeRoute feuille = g.make(PlanFactory.eINSTANCE.createFeuilleDeRoute(),
                "Feuille de route " + departement.getNom());
        feuille.setDepartement(departement);
        feuille.setAnnee(2025);
        feuille.setPrs(prs);
        List<Orientation> orientations = RoadmapGenerator.orientations(prs);
        for (int i = 0; i < n(60); i++) {
            Chantier chantier = g.make(PlanFactory.eINSTANCE.createChantier(), "Chantier " + g.sentence(5));
            chantier.setNumero(String.valueOf(i + 1));
            chantier.setTheme("Thème " + (1 + i % 8));
            chantier.setDescription(g.sentence(25));
            chantier.setPilote(g.pick(organisations));
            chantier.getPartenaires().addAll(g.pickSome(organisations, 3));
            chantier.setStatut(StatutChantier.get(g.random().nextInt(StatutChantier.VALUES.size())));
            chantier.setDebut(g.date(2023, 1));
            chantier.setEcheance(g.date(2025, 3));
            chantier.setAvancement(g.random().nextInt(101));
            chantier.getIndicateurs().addAll(g.pickSome(indicateurs, 2));
            chantier.getDeclines().addAll(g.pickSome(orientations, 2));
            chantier.getCitations().add("Séminaire de la délégation départementale, 2025");
            feuille.getChantiers().add(g.linkable(chantier));
            decide(g.pick(g.pick(instances).getSeances()), chantier);
            chantiers.add(chantier);
            funded.add(chantier);
        }
        root.getFeuillesDeRoute().add(feuille);
        return feuille;
    }

    private void decide(Seance seance, Chantier chantier) {
        if (seance.getDecisions().size() < 2) {
            Decision decision = g.make(InstanceFactory.eINSTANCE.createDecision(), "Décision " + chantier.getNumero());
            seance.getDecisions().add(decision);
        }
        seance.getDecisions().get(seance.getDecisions().size() - 1).getChantiers().add(chantier);
    }

    private void schemes() {
        for (int c = 0; c < n(4); c++) {
            Cls cls = scheme(DispositifFactory.eINSTANCE.createCls(), "CLS " + (c + 1), 20);
            cls.setGeneration(1 + c % 3);
            cls.setDateSignature(g.date(2019, 5));
            cls.getSignataires().addAll(g.pickSome(organisations, 4));
            cls.setDiagnostic(g.sentence(40));
            cls.setCoordinateur(g.pick(organisations).getRoles().get(1));
            for (int a = 1; a <= 4; a++) {
                Axe axe = g.make(DispositifFactory.eINSTANCE.createAxe(), "Axe " + a + " " + g.sentence(4));
                axe.setNumero(String.valueOf(a));
                for (int f = 1; f <= 6; f++) {
                    axe.getFichesActions().add(fiche(a + "." + f));
                }
                cls.getAxes().add(axe);
            }
        }
        for (int i = 0; i < n(3); i++) {
            ContratDeVille contrat = scheme(DispositifFactory.eINSTANCE.createContratDeVille(),
                    "Contrat de ville " + (i + 1), 1);
            contrat.setEpci(g.pick(epcis));
            contrat.getQpvs().addAll(g.pickSome(qpvs, 3));
            contrat.setAtelierSanteVille(i % 2 == 0);
        }
        for (int i = 0; i < n(5); i++) {
            scheme(DispositifFactory.eINSTANCE.createPass(), "PASS " + (i + 1), 1).setEtablissement(
                    g.pick(organisations));
        }
        scheme(DispositifFactory.eINSTANCE.createDac(), "DAC " + (index + 1), 40);
        for (int i = 0; i < n(3); i++) {
            scheme(DispositifFactory.eINSTANCE.createCpts(), "CPTS " + (i + 1), 30).setTaille(1 + i % 4);
        }
        for (int i = 0; i < n(23); i++) {
            scheme(DispositifFactory.eINSTANCE.createMsp(), "MSP " + (i + 1), 2).setPoleDeSante(i % 5 == 0);
        }
        for (int i = 0; i < n(2); i++) {
            scheme(DispositifFactory.eINSTANCE.createMutualisation(), "Mutualisation " + (i + 1), 10);
        }
        for (int i = 0; i < n(4); i++) {
            scheme(DispositifFactory.eINSTANCE.createCoordinationMicrolocale(), "Coordination " + (i + 1), 3);
        }
    }

    private <T extends Dispositif> T scheme(T dispositif, String nom, int communesCovered) {
        g.make(dispositif, nom);
        dispositif.setDescription(g.sentence(20));
        dispositif.setPorteur(g.pick(organisations));
        dispositif.getPartenaires().addAll(g.pickSome(organisations, 3));
        dispositif.getTerritoires().addAll(g.pickSome(communes, communesCovered));
        dispositif.getTerritoires().add(g.pick(epcis));
        dispositif.setDebut(g.date(2018, 6));
        dispositif.setFin(g.date(2026, 5));
        dispositif.setStatut(StatutDispositif.ACTIF);
        dispositif.getGouvernance().add(g.pick(instances));
        dispositif.getIndicateurs().addAll(g.pickSome(indicateurs, 2));
        dispositif.getCitations().add("https://www.ars.sante.fr/dispositifs");
        root.getDispositifs().add(g.linkable(dispositif));
        funded.add(dispositif);
        return dispositif;
    }

    private FicheAction fiche(String numero) {
        FicheAction fiche = g.make(DispositifFactory.eINSTANCE.createFicheAction(), "Fiche " + numero);
        fiche.setNumero(numero);
        fiche.setDescription(g.sentence(30));
        fiche.setPorteur(g.pick(organisations));
        fiche.getPublics().add("Personnes en situation de précarité");
        fiche.getTerritoires().addAll(g.pickSome(communes, 3));
        fiche.getQpvCibles().addAll(g.pickSome(qpvs, 1));
        fiche.getChantiers().addAll(g.pickSome(chantiers, 1));
        fiche.getIndicateurs().addAll(g.pickSome(indicateurs, 1));
        funded.add(g.linkable(fiche));
        return fiche;
    }

    /** The roadmap frozen at the last meeting of each body: one state per chantier and some indicators. */
    private void snapshots(FeuilleDeRoute feuille) {
        for (Instance instance : instances) {
            Seance seance = instance.getSeances().get(instance.getSeances().size() - 1);
            Snapshot snapshot = g.make(InstanceFactory.eINSTANCE.createSnapshot(), "État au " + seance.getDate());
            snapshot.setFeuilleDeRoute(feuille);
            for (Chantier chantier : chantiers) {
                EtatChantier etat = g.make(InstanceFactory.eINSTANCE.createEtatChantier(), null);
                etat.setChantier(chantier);
                etat.setStatut(chantier.getStatut());
                etat.setAvancement(chantier.getAvancement());
                etat.setEcheance(chantier.getEcheance());
                snapshot.getEtatsChantiers().add(etat);
            }
            for (Indicateur indicateur : g.pickSome(indicateurs, 20)) {
                EtatIndicateur etat = g.make(InstanceFactory.eINSTANCE.createEtatIndicateur(), null);
                etat.setIndicateur(indicateur);
                etat.setAnnee(2024);
                etat.setValeur(indicateur.getValeurs().get(indicateur.getValeurs().size() - 1).getValeur());
                snapshot.getEtatsIndicateurs().add(etat);
            }
            seance.setSnapshot(snapshot);
        }
    }
}
