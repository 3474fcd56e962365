/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.examples.Example;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.ContratDeVille;
import org.maillage.model.dispositif.Dispositif;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.dispositif.StatutDispositif;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.MesurePraps;
import org.maillage.model.plan.Objectif;
import org.maillage.model.figures.Figures;
import org.maillage.model.plan.Prs;
import org.maillage.model.territoire.Qpv;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.model.diagram.Diagram;

/**
 * Covered cases: "Déclinaison de la feuille de route" on each example gives one node per PRS objective, PRAPS
 * measure, chantier and CLS fiche action, and the declension edges counted from the model; "Carte des
 * territoires" gives one container per EPCI holding its QPV and, by default, only the communes that carry a
 * QPV or a scheme, the schemes that are not over, and the coverage edges; the optional layer "Toutes les
 * communes" adds every member commune (585 in the Eure), and the layer "Lacunes" one note per EPCI without CLS
 * and per QPV without fiche action, as the figures define them; no expression fails.
 */
class DeclinaisonAndTerritoiresTest {

    static List<Example> examples() {
        return Examples.all();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void declinaisonMatchesTheModel(Example example) {
        ModeleMaillage model = Fixtures.open(example);
        DiagramSession session = DiagramSession.create(model, Fixtures.description(Fixtures.DECLINAISON));
        Diagram diagram = session.diagram();
        assertEquals(List.of(), session.lastResult().diagnostics());
        Set<Objectif> objectifs = new LinkedHashSet<>();
        Set<MesurePraps> mesures = new LinkedHashSet<>();
        for (Prs prs : model.getPrs()) {
            objectifs.addAll(prs.getObjectifs());
            if (prs.getPraps() != null) {
                mesures.addAll(prs.getPraps().getMesures());
            }
        }
        List<Chantier> chantiers = model.getFeuillesDeRoute().stream().flatMap(f -> f.getChantiers().stream())
                .toList();
        List<FicheAction> fiches = cls(model).stream().flatMap(c -> ArticulationViewpointTest.fiches(c).stream())
                .toList();
        assertEquals(objectifs.size(), Fixtures.nodes(diagram, "objectif").size());
        assertEquals(mesures.size(), Fixtures.nodes(diagram, "mesure").size());
        assertEquals(chantiers.size(), Fixtures.nodes(diagram, "chantier").size());
        assertEquals(fiches.size(), Fixtures.nodes(diagram, "fiche").size());
        assertEquals(mesures.stream().mapToLong(m -> m.getObjectifs().stream().filter(objectifs::contains).count())
                .sum(), Fixtures.edges(diagram, "objectifMesure"));
        assertEquals(chantiers.stream().mapToLong(c -> c.getDeclines().stream()
                .filter(o -> objectifs.contains(o) || mesures.contains(o)).count()).sum(),
                Fixtures.edges(diagram, "declineChantier"));
        assertEquals(fiches.stream().mapToLong(f -> f.getChantiers().stream().filter(chantiers::contains).count())
                .sum(), Fixtures.edges(diagram, "chantierFiche"));
        session.dispose();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void territoiresMatchesTheModel(Example example) {
        ModeleMaillage model = Fixtures.open(example);
        DiagramSession session = DiagramSession.create(model, Fixtures.description(Fixtures.TERRITOIRES));
        Diagram diagram = session.diagram();
        assertEquals(List.of(), session.lastResult().diagnostics());
        Set<EObject> covered = new HashSet<>();
        model.getDispositifs().forEach(d -> covered.addAll(d.getTerritoires()));
        model.eAllContents().forEachRemaining(o -> {
            if (o instanceof FicheAction f) {
                covered.addAll(f.getTerritoires());
            }
        });
        assertEquals(model.getEpcis().size(), Fixtures.nodes(diagram, "epci").size());
        assertEquals(model.getEpcis().stream().mapToInt(e -> e.getQpvs().size()).sum(),
                Fixtures.nodes(diagram, "qpv").size());
        long shownCommunes = model.getEpcis().stream().flatMap(e -> e.getMembres().stream())
                .filter(c -> !c.getQpvs().isEmpty() || covered.contains(c)).count();
        assertEquals(shownCommunes, Fixtures.nodes(diagram, "commune").size());
        List<Dispositif> live = model.getDispositifs().stream().filter(d -> d.getStatut() != StatutDispositif.TERMINE)
                .toList();
        assertEquals(live.stream().filter(Cls.class::isInstance).count(), Fixtures.nodes(diagram, "cls").size());
        assertEquals(live.stream().filter(ContratDeVille.class::isInstance).count(),
                Fixtures.nodes(diagram, "contratDeVille").size());
        List<Dispositif> others = live.stream().filter(d -> !(d instanceof Cls) && !(d instanceof ContratDeVille)
                && !d.getTerritoires().isEmpty()).toList();
        assertEquals(others.size(), Fixtures.nodes(diagram, "autreDispositif").size());

        Set<EObject> shownTerritories = new HashSet<>(model.getEpcis());
        model.getEpcis().forEach(e -> shownTerritories.addAll(e.getQpvs()));
        model.getEpcis().stream().flatMap(e -> e.getMembres().stream())
                .filter(c -> !c.getQpvs().isEmpty() || covered.contains(c)).forEach(shownTerritories::add);
        model.getRegions().stream().flatMap(r -> r.getDepartements().stream()).filter(covered::contains)
                .forEach(shownTerritories::add);
        long couvre = live.stream().filter(d -> d instanceof Cls || others.contains(d))
                .mapToLong(d -> d.getTerritoires().stream().filter(shownTerritories::contains).count()).sum();
        assertEquals(couvre, Fixtures.edges(diagram, "couvre"));
        assertEquals(live.stream().filter(ContratDeVille.class::isInstance)
                .mapToLong(c -> ((ContratDeVille) c).getQpvs().stream().filter(q -> q.getEpci() != null).count())
                .sum(), Fixtures.edges(diagram, "contratQpv"));

        session.setLayerActive("toutesCommunes", true);
        assertEquals(model.getEpcis().stream().mapToInt(e -> e.getMembres().size()).sum(),
                Fixtures.nodes(diagram, "commune").size() + Fixtures.nodes(diagram, "autreCommune").size());
        session.setLayerActive("lacunes", true);
        // The gaps are those of the figures (docs/figures.md); FiguresAgreementTest checks the very elements.
        Figures figures = Figures.of(model, LocalDate.now());
        long epciSansCls = figures.epcisSansCls().size();
        assertEquals(epciSansCls, Fixtures.nodes(diagram, "epciSansCls").size());
        assertEquals(epciSansCls, Fixtures.edges(diagram, "lacuneEpci"));
        long qpvSansAction = figures.qpvSansActionCls().size();
        assertEquals(qpvSansAction, Fixtures.nodes(diagram, "qpvSansAction").size());
        assertEquals(List.of(), session.lastResult().diagnostics());
        session.dispose();
    }

    @Test
    void eureMapIsReadableByDefault() {
        ModeleMaillage model = Fixtures.eure();
        long communes = model.getEpcis().stream().flatMap(e -> e.getMembres().stream()).distinct().count();
        assertEquals(585, model.getRegions().get(0).getDepartements().get(0).getCommunes().size());
        DiagramSession session = DiagramSession.create(model, Fixtures.description(Fixtures.TERRITOIRES));
        int shown = Fixtures.nodes(session.diagram(), "commune").size();
        assertTrue(shown > 0 && shown < communes / 20, shown + " communes shown of " + communes);
        Qpv navarre = model.getQpvs().stream().filter(q -> q.getNom().equals("Navarre")).findFirst().orElseThrow();
        assertEquals("#C00000", ((org.maillage.viewpoint.model.diagram.DNode) session.elementsOf(navarre).get(0))
                .getStyle().getBorderColor());
        session.dispose();
    }

    private static List<Cls> cls(ModeleMaillage model) {
        return model.getDispositifs().stream().filter(Cls.class::isInstance).map(Cls.class::cast).toList();
    }
}
