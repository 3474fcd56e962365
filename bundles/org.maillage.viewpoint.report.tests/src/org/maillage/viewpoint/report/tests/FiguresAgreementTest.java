/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.examples.Example;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.figures.Figures;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.MesurePraps;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Qpv;
import org.maillage.report.data.ReportScope;
import org.maillage.report.data.RoadmapFigures;
import org.maillage.validation.ModelValidation;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.RuleDiagnostic;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.ViewpointRegistry;
import org.maillage.viewpoint.model.description.DiagramDescription;
import org.maillage.viewpoint.model.diagram.DDiagramElement;
import org.maillage.viewpoint.model.diagram.DNode;

/**
 * Covered cases: on each shipped example, judged today (the date the explorer and the diagrams use), the four
 * places that show a figure list the same elements: the late chantiers of the explorer (its filter and label
 * provider call {@link Figures#enRetard(Chantier, LocalDate)}), of the report (its scope moved to today) and the red
 * chantiers of the "Déclinaison" diagram; the measures declined nowhere of the report, the validation
 * (MAILLAGE-PRAPS-001) and the red measures of that diagram; the late chantiers of the validation
 * (MAILLAGE-CHANTIER-004); the EPCI without CLS and the QPV without CLS fiche action of the report, of the validation
 * (MAILLAGE-COUV-001, -002; -003 for the EPCI with communes outside every CPTS) and the gap notes of the "Carte des territoires" layer "Lacunes"; the red QPV of the
 * articulation diagram. Across the examples there are late chantiers and gaps, so the agreement is not vacuous.
 */
class FiguresAgreementTest {

    private static final String RED = "#C00000";
    private static final LocalDate TODAY = LocalDate.now();
    private static final AtomicInteger LATE = new AtomicInteger();
    private static final AtomicInteger GAPS = new AtomicInteger();

    private static ViewpointRegistry registry;

    @BeforeAll
    static void registry() {
        registry = ViewpointRegistry.fromExtensions();
    }

    @AfterAll
    static void notVacuous() {
        assertTrue(LATE.get() > 0, "some example has a late chantier");
        assertTrue(GAPS.get() > 0, "some example has a gap");
    }

    static List<Example> examples() {
        return Examples.all();
    }

    private static DiagramDescription description(String id) {
        return registry.find(id).orElseThrow(() -> new AssertionError(id + " " + registry.problems()));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyPlaceShowsTheSameFigures(Example example) throws Exception {
        ModeleMaillage model = example.open();
        Figures figures = Figures.of(model, TODAY);
        RoadmapFigures report = new RoadmapFigures(ReportScope.of(model).withDateSituation(TODAY));

        // Late chantiers: the explorer's rule, the report's list, the diagram's red chantiers.
        Set<Chantier> explorer = model.getFeuillesDeRoute().stream().flatMap(f -> f.getChantiers().stream())
                .filter(c -> Figures.enRetard(c, TODAY)).collect(Collectors.toSet());
        LATE.addAndGet(explorer.size());
        assertEquals(explorer, Set.copyOf(report.chantiersEnRetard()), "report");
        assertEquals(explorer, Set.copyOf(figures.chantiersEnRetard()), "figures");

        DiagramSession declinaison = DiagramSession.create(model,
                description("org.maillage.viewpoints.declinaison/declinaison"), false);
        try {
            List<Chantier> chantiers = model.getFeuillesDeRoute().stream().flatMap(f -> f.getChantiers().stream())
                    .toList();
            assertEquals(explorer, shown(declinaison, chantiers, "chantier", this::red), "declinaison diagram");
            List<MesurePraps> mesures = model.getPrs().stream().filter(p -> p.getPraps() != null)
                    .flatMap(p -> p.getPraps().getMesures().stream()).toList();
            Set<MesurePraps> nonDeclinees = Set.copyOf(report.mesuresNonDeclinees());
            GAPS.addAndGet(nonDeclinees.size());
            assertEquals(nonDeclinees, Set.copyOf(figures.mesuresNonDeclinees()), "figures");
            assertEquals(nonDeclinees, shown(declinaison, mesures, "mesure", this::red), "declinaison diagram");
            assertEquals(nonDeclinees, problems(model, RuleCodes.PRAPS_DECLINAISON), "validation");
            assertEquals(explorer, problems(model, RuleCodes.CHANTIER_RETARD), "validation, late chantiers");
        } finally {
            declinaison.dispose();
        }

        // Coverage gaps: the report's lists, the notes of the layer "Lacunes", the red QPV of the articulation.
        Set<Epci> epcisSansCls = Set.copyOf(report.epcisSansCls());
        Set<Qpv> qpvSansAction = Set.copyOf(report.qpvSansActionCls());
        GAPS.addAndGet(epcisSansCls.size() + qpvSansAction.size());
        assertEquals(epcisSansCls, Set.copyOf(figures.epcisSansCls()), "figures");
        assertEquals(qpvSansAction, Set.copyOf(figures.qpvSansActionCls()), "figures");
        assertEquals(epcisSansCls, problems(model, RuleCodes.COUVERTURE_EPCI), "validation, EPCI without CLS");
        assertEquals(qpvSansAction, problems(model, RuleCodes.COUVERTURE_QPV), "validation, QPV without action");
        assertEquals(figures.couvertures().stream().filter(c -> !c.communesSansCpts().isEmpty()).map(c -> c.epci())
                .collect(Collectors.toSet()), problems(model, RuleCodes.COUVERTURE_CPTS), "validation, CPTS");
        DiagramSession territoires = DiagramSession.create(model,
                description("org.maillage.viewpoints.territoires/territoires"), false);
        try {
            territoires.setLayerActive("lacunes", true);
            assertEquals(epcisSansCls, shown(territoires, model.getEpcis(), "epciSansCls", n -> true), "map");
            assertEquals(qpvSansAction, shown(territoires, model.getQpvs(), "qpvSansAction", n -> true), "map");
            assertEquals(qpvSansAction, shown(territoires, model.getQpvs(), "qpv", this::red), "map, red QPV");
        } finally {
            territoires.dispose();
        }
        DiagramSession articulation = DiagramSession.create(model,
                description("org.maillage.viewpoints.articulation/articulation"), false);
        try {
            assertEquals(qpvSansAction, shown(articulation, model.getQpvs(), "qpv", this::red), "articulation");
        } finally {
            articulation.dispose();
        }
    }

    /** @return the elements the problems view lists under a rule (what ModelValidation reports) */
    private static Set<EObject> problems(ModeleMaillage model, String code) {
        Set<EObject> elements = new HashSet<>();
        for (RuleDiagnostic problem : ModelValidation.problems(ModelValidation.validate(model))) {
            if (code.equals(problem.getRuleCode())) {
                elements.add(problem.getElement());
            }
        }
        return elements;
    }

    private boolean red(DNode node) {
        return RED.equals(node.getStyle().getBorderColor());
    }

    /** @return the candidates that have a node of the mapping that passes the test */
    private static <T extends EObject> Set<T> shown(DiagramSession session, List<T> candidates, String mappingId,
            Predicate<DNode> test) {
        Set<T> result = new HashSet<>();
        for (T candidate : candidates) {
            for (DDiagramElement element : session.elementsOf(candidate)) {
                if (element instanceof DNode node && mappingId.equals(node.getMappingId()) && test.test(node)) {
                    result.add(candidate);
                }
            }
        }
        return result;
    }
}
