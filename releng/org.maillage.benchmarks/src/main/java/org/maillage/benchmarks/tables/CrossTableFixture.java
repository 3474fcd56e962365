/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.benchmarks.tables;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.maillage.model.MaillageFactory;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.ContratDeVille;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.viewpoint.ViewpointResources;
import org.maillage.viewpoint.model.description.TableDescription;

/**
 * A roadmap for a 100 x 100 cross table: 100 QPV in 10 EPCI, 50 CLS (two fiches actions each, each targeting 3 QPV
 * of the first two thirds: the last third are coverage gaps) and 50 contrats de ville (each holding 10 QPV). With
 * the shipped "Couverture des QPV" table this gives 100 lines and 100 scheme columns (plus the EPCI column): 10,100
 * cells, each with its label and conditional styles.
 */
final class CrossTableFixture {

    static final String VIEWPOINT = "bundles/org.maillage.viewpoints/viewpoints/tableaux.viewpoint";

    private CrossTableFixture() {
    }

    static TableDescription couvertureQpv() {
        Path file = Path.of(System.getProperty("maillage.root", ".")).resolve(VIEWPOINT);
        try {
            return ViewpointResources.loadViewpoint(file).getTables().stream()
                    .filter(t -> "couverture-qpv".equals(t.getId())).findFirst().orElseThrow();
        } catch (Exception e) {
            throw new IllegalStateException("Run from the repository root (or set -Dmaillage.root): " + file, e);
        }
    }

    static ModeleMaillage generate(int qpvCount, int schemes) {
        Random random = new Random(qpvCount * 31L + schemes);
        ModeleMaillage root = MaillageFactory.eINSTANCE.createModeleMaillage();
        root.setNom("Cross table " + qpvCount + " x " + schemes);
        List<Epci> epcis = new ArrayList<>();
        for (int i = 0; i < Math.max(1, qpvCount / 10); i++) {
            Epci epci = TerritoireFactory.eINSTANCE.createEpci();
            epci.setNom("EPCI " + i);
            root.getEpcis().add(epci);
            epcis.add(epci);
        }
        List<Qpv> qpvs = new ArrayList<>();
        for (int i = 0; i < qpvCount; i++) {
            Qpv qpv = TerritoireFactory.eINSTANCE.createQpv();
            qpv.setNom("Quartier " + i);
            Epci epci = epcis.get(i % epcis.size());
            qpv.setEpci(epci);
            epci.getQpvs().add(qpv);
            root.getQpvs().add(qpv);
            qpvs.add(qpv);
        }
        for (int i = 0; i < schemes / 2; i++) {
            Cls cls = DispositifFactory.eINSTANCE.createCls();
            cls.setNom("CLS " + i);
            Axe axe = DispositifFactory.eINSTANCE.createAxe();
            axe.setNom("Accès aux soins");
            for (int f = 0; f < 2; f++) {
                FicheAction fiche = DispositifFactory.eINSTANCE.createFicheAction();
                fiche.setNom("Fiche " + f + " du CLS " + i);
                for (int t = 0; t < 3; t++) {
                    fiche.getQpvCibles().add(qpvs.get(random.nextInt(Math.max(1, qpvCount * 2 / 3))));
                }
                axe.getFichesActions().add(fiche);
            }
            cls.getAxes().add(axe);
            cls.getTerritoires().add(epcis.get(i % epcis.size()));
            root.getDispositifs().add(cls);
        }
        for (int i = 0; i < schemes - schemes / 2; i++) {
            ContratDeVille contrat = DispositifFactory.eINSTANCE.createContratDeVille();
            contrat.setNom("Contrat de ville " + i);
            Epci epci = epcis.get(i % epcis.size());
            contrat.setEpci(epci);
            for (int q = 0; q < 10; q++) {
                contrat.getQpvs().add(qpvs.get(random.nextInt(qpvCount)));
            }
            root.getDispositifs().add(contrat);
        }
        return root;
    }

    /**
     * The floor: the same cells computed by plain Java on the model (fiches of the CLS that target the QPV, the
     * contrat's membership), with their texts; no expression engine, no styles, no gaps.
     *
     * @return the number of non-empty cells, so that nothing is optimised away
     */
    static int plainJava(ModeleMaillage model) {
        int filled = 0;
        for (Qpv qpv : model.getQpvs()) {
            StringBuilder row = new StringBuilder(qpv.getNom());
            row.append(qpv.getEpci() == null ? "" : qpv.getEpci().getNom());
            for (Object dispositif : model.getDispositifs()) {
                String text = "";
                if (dispositif instanceof Cls cls) {
                    int count = 0;
                    for (Axe axe : cls.getAxes()) {
                        for (FicheAction fiche : axe.getFichesActions()) {
                            if (fiche.getQpvCibles().contains(qpv)) {
                                count++;
                            }
                        }
                    }
                    text = count == 0 ? "" : count + " fiche(s)";
                } else if (dispositif instanceof ContratDeVille contrat) {
                    text = contrat.getQpvs().contains(qpv) ? "✓" : "";
                }
                if (!text.isEmpty()) {
                    filled++;
                }
                row.append(text);
            }
        }
        return filled;
    }
}
