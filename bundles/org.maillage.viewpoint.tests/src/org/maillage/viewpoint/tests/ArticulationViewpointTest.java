/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.maillage.examples.Example;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.articulation.Articulation;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.ContratDeVille;
import org.maillage.model.dispositif.Cpts;
import org.maillage.model.dispositif.Dac;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.dispositif.Pass;
import org.maillage.model.plan.MesurePraps;
import org.maillage.model.plan.Praps;
import org.maillage.model.plan.Prs;
import org.maillage.model.territoire.Qpv;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.Diagram;

/**
 * Covered cases: the "Articulation des dispositifs" viewpoint on each example roadmap gives one node per CLS,
 * contrat de ville, QPV, PASS, DAC, CPTS, PRAPS and PRAPS measure, and the edges counted from the model
 * (articulations between shown elements, QPV of each contrat de ville, QPV targeted by a CLS fiche action,
 * measure declined by a CLS); no expression fails; in the Eure, the QPV Navarre, which no fiche action targets,
 * is drawn in red, and a targeted QPV is not.
 */
class ArticulationViewpointTest {

    static List<Example> examples() {
        return Examples.all();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void nodesAndEdgesMatchTheModel(Example example) {
        ModeleMaillage model = Fixtures.open(example);
        DiagramSession session = DiagramSession.create(model, Fixtures.description(Fixtures.ARTICULATION));
        Diagram diagram = session.diagram();
        assertEquals(List.of(), session.lastResult().diagnostics());

        Set<Praps> praps = new LinkedHashSet<>();
        Set<MesurePraps> mesures = new LinkedHashSet<>();
        for (Prs prs : model.getPrs()) {
            if (prs.getPraps() != null) {
                praps.add(prs.getPraps());
                mesures.addAll(prs.getPraps().getMesures());
            }
        }
        List<Cls> cls = model.getDispositifs().stream().filter(Cls.class::isInstance).map(Cls.class::cast).toList();
        List<ContratDeVille> contrats = model.getDispositifs().stream().filter(ContratDeVille.class::isInstance)
                .map(ContratDeVille.class::cast).toList();
        assertEquals(praps.size(), Fixtures.nodes(diagram, "praps").size());
        assertEquals(mesures.size(), Fixtures.nodes(diagram, "mesure").size());
        assertEquals(cls.size(), Fixtures.nodes(diagram, "cls").size());
        assertEquals(contrats.size(), Fixtures.nodes(diagram, "contratDeVille").size());
        assertEquals(model.getQpvs().size(), Fixtures.nodes(diagram, "qpv").size());
        assertEquals(count(model, Pass.class), Fixtures.nodes(diagram, "pass").size());
        assertEquals(count(model, Dac.class), Fixtures.nodes(diagram, "dac").size());
        assertEquals(count(model, Cpts.class), Fixtures.nodes(diagram, "cpts").size());

        Set<EObject> shown = new HashSet<>();
        shown.addAll(praps);
        shown.addAll(mesures);
        shown.addAll(model.getQpvs());
        model.getDispositifs().stream().filter(d -> d instanceof Cls || d instanceof ContratDeVille
                || d instanceof Pass || d instanceof Dac || d instanceof Cpts).forEach(shown::add);
        long articulations = model.getArticulations().stream()
                .filter(a -> shown.contains(a.getSource()) && shown.contains(a.getCible())).count();
        assertEquals(articulations, Fixtures.edges(diagram, "articulation"));
        assertEquals(contrats.stream().mapToLong(c -> new HashSet<>(c.getQpvs()).size()).sum(),
                Fixtures.edges(diagram, "contratQpv"));
        long ficheQpv = 0;
        for (Cls c : cls) {
            ficheQpv += fiches(c).stream().flatMap(f -> f.getQpvCibles().stream()).distinct().count();
        }
        assertEquals(ficheQpv, Fixtures.edges(diagram, "ficheQpv"));
        long ficheMesure = 0;
        for (MesurePraps mesure : mesures) {
            ficheMesure += cls.stream().filter(c -> fiches(c).stream().flatMap(f -> f.getChantiers().stream())
                    .anyMatch(ch -> ch.getDeclines().contains(mesure))).count();
        }
        assertEquals(ficheMesure, Fixtures.edges(diagram, "ficheMesure"));
        assertEquals(0, diagram.getEdges().size() - articulations - Fixtures.edges(diagram, "contratQpv") - ficheQpv
                - ficheMesure, "no edge of another mapping in the default layer");
        session.dispose();
    }

    @Test
    void qpvWithoutFicheActionIsRed() {
        ModeleMaillage model = Fixtures.eure();
        DiagramSession session = DiagramSession.create(model, Fixtures.description(Fixtures.ARTICULATION));
        Qpv navarre = model.getQpvs().stream().filter(q -> q.getNom().equals("Navarre")).findFirst().orElseThrow();
        DNode node = (DNode) session.elementsOf(navarre).get(0);
        assertEquals("#C00000", node.getStyle().getBorderColor());
        assertTrue(node.getLabel().contains("Navarre"));
        Qpv targeted = fiches((Cls) model.getDispositifs().stream().filter(Cls.class::isInstance)
                .filter(c -> !fiches((Cls) c).isEmpty()).findFirst().orElseThrow()).get(0).getQpvCibles().get(0);
        DNode targetedNode = (DNode) session.elementsOf(targeted).get(0);
        assertTrue(!"#C00000".equals(targetedNode.getStyle().getBorderColor()));
        session.dispose();
    }

    static List<FicheAction> fiches(Cls cls) {
        return cls.getAxes().stream().map(Axe::getFichesActions).flatMap(List::stream).toList();
    }

    private static long count(ModeleMaillage model, Class<?> kind) {
        return model.getDispositifs().stream().filter(kind::isInstance).count();
    }

    static long articulationsBetween(ModeleMaillage model, Set<EObject> shown) {
        return model.getArticulations().stream().map(Articulation.class::cast)
                .filter(a -> shown.contains(a.getSource()) && shown.contains(a.getCible())).count();
    }
}
