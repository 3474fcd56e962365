/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks.diagrams;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.maillage.model.Element;
import org.maillage.model.MaillageFactory;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.articulation.Articulation;
import org.maillage.model.articulation.ArticulationFactory;
import org.maillage.model.articulation.TypeArticulation;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.ContratDeVille;
import org.maillage.model.dispositif.Cpts;
import org.maillage.model.dispositif.Dac;
import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.dispositif.Pass;
import org.maillage.model.dispositif.StatutDispositif;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.plan.MesurePraps;
import org.maillage.model.plan.PlanFactory;
import org.maillage.model.plan.Praps;
import org.maillage.model.plan.Prs;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.TerritoireFactory;

/**
 * A roadmap whose "Articulation des dispositifs" diagram has about {@code nodes} nodes and 1.25 times as many
 * edges, with the proportions of a real département: 30 % QPV (each in a contrat de ville, about a third not
 * targeted by any CLS fiche action), 20 % CLS (one fiche action each, linked to a chantier that declines a PRAPS
 * measure), 15 % CPTS, 10 % each of PRAPS measures, contrats de ville and PASS, 5 % DAC, and typed articulations
 * between them. Seeded: the same size gives the same roadmap.
 */
final class ArticulationGenerator {

    private ArticulationGenerator() {
    }

    static ModeleMaillage generate(int nodes) {
        Random random = new Random(nodes);
        ModeleMaillage root = MaillageFactory.eINSTANCE.createModeleMaillage();
        root.setNom("Roadmap of " + nodes + " diagram nodes");
        Prs prs = PlanFactory.eINSTANCE.createPrs();
        Praps praps = PlanFactory.eINSTANCE.createPraps();
        praps.setNom("PRAPS");
        prs.setPraps(praps);
        root.getPrs().add(prs);
        FeuilleDeRoute feuille = PlanFactory.eINSTANCE.createFeuilleDeRoute();
        root.getFeuillesDeRoute().add(feuille);

        List<Chantier> chantiers = new ArrayList<>();
        for (int i = 0; i < share(nodes, 0.10); i++) {
            MesurePraps mesure = PlanFactory.eINSTANCE.createMesurePraps();
            mesure.setCode("1." + i);
            mesure.setNom("Mesure " + i + " du PRAPS");
            praps.getMesures().add(mesure);
            Chantier chantier = PlanFactory.eINSTANCE.createChantier();
            chantier.setNom("Chantier " + i);
            chantier.getDeclines().add(mesure);
            feuille.getChantiers().add(chantier);
            chantiers.add(chantier);
        }
        List<ContratDeVille> contrats = add(root, share(nodes, 0.10), DispositifFactory.eINSTANCE::createContratDeVille,
                "Contrat de ville");
        List<Qpv> qpvs = new ArrayList<>();
        for (int i = 0; i < share(nodes, 0.30); i++) {
            Qpv qpv = TerritoireFactory.eINSTANCE.createQpv();
            qpv.setNom("Quartier " + i);
            root.getQpvs().add(qpv);
            contrats.get(i % contrats.size()).getQpvs().add(qpv);
            qpvs.add(qpv);
        }
        List<Cls> cls = add(root, share(nodes, 0.20), DispositifFactory.eINSTANCE::createCls, "CLS");
        for (Cls c : cls) {
            Axe axe = DispositifFactory.eINSTANCE.createAxe();
            axe.setNom("Accès aux soins");
            FicheAction fiche = DispositifFactory.eINSTANCE.createFicheAction();
            fiche.setNom("Fiche action de " + c.getNom());
            // Only the first two thirds of the QPV are ever targeted: the rest are coverage gaps.
            fiche.getQpvCibles().add(qpvs.get(random.nextInt(qpvs.size() * 2 / 3)));
            fiche.getChantiers().add(chantiers.get(random.nextInt(chantiers.size())));
            axe.getFichesActions().add(fiche);
            c.getAxes().add(axe);
        }
        List<Pass> pass = add(root, share(nodes, 0.10), DispositifFactory.eINSTANCE::createPass, "PASS");
        List<Cpts> cpts = add(root, share(nodes, 0.15), DispositifFactory.eINSTANCE::createCpts, "CPTS");
        List<Dac> dacs = add(root, Math.max(1, nodes - 1 - share(nodes, 0.10) * 3 - share(nodes, 0.30)
                - share(nodes, 0.20) - share(nodes, 0.15)), DispositifFactory.eINSTANCE::createDac, "DAC");

        TypeArticulation articule = type(root, "s-articule-avec", "s'articule avec");
        TypeArticulation coordonne = type(root, "coordonne", "coordonne");
        for (Cls c : cls) {
            link(root, articule, c, contrats.get(random.nextInt(contrats.size())));
        }
        for (Pass p : pass) {
            link(root, articule, p, cls.get(random.nextInt(cls.size())));
        }
        for (Cpts c : cpts) {
            link(root, coordonne, dacs.get(random.nextInt(dacs.size())), c);
        }
        return root;
    }

    private static int share(int nodes, double part) {
        return Math.max(1, (int) Math.round(nodes * part));
    }

    private static <T extends Dispositif> List<T> add(ModeleMaillage root, int count,
            java.util.function.Supplier<T> factory, String kind) {
        List<T> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            T dispositif = factory.get();
            dispositif.setNom(kind + " " + i);
            dispositif.setStatut(StatutDispositif.ACTIF);
            root.getDispositifs().add(dispositif);
            result.add(dispositif);
        }
        return result;
    }

    private static TypeArticulation type(ModeleMaillage root, String id, String nom) {
        TypeArticulation type = ArticulationFactory.eINSTANCE.createTypeArticulation();
        type.setIdentifiant(id);
        type.setNom(nom);
        root.getTypesArticulation().add(type);
        return type;
    }

    private static void link(ModeleMaillage root, TypeArticulation type, Element source, Element cible) {
        Articulation articulation = ArticulationFactory.eINSTANCE.createArticulation();
        articulation.setType(type);
        articulation.setSource(source);
        articulation.setCible(cible);
        root.getArticulations().add(articulation);
    }
}
