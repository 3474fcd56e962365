/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Dac;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.LayoutPlan;
import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.Diagram;

/**
 * Covered cases: a diagram made without its first layout has one pending; computing that plan on another thread
 * leaves the diagram untouched, and applying it gives the positions of a layout done at once; a cancelled plan
 * cannot be applied; a node added between planning and applying keeps its place and a removed one is ignored; a
 * saved diagram reopened without layout plans only the elements new since. View changes (move, arrange, layer) on a
 * command stack: the stack does not need saving (the roadmap is clean), undo puts back positions, pins, routes and
 * layers, redo brings the change back.
 */
class BackgroundLayoutAndViewChangeTest {

    @Test
    void firstLayoutComputedOnAnotherThreadMatchesALayoutDoneAtOnce() throws Exception {
        ModeleMaillage model = Fixtures.eure();
        DiagramSession now = DiagramSession.create(Fixtures.eure(), Fixtures.description(Fixtures.ARTICULATION));
        DiagramSession later = DiagramSession.create(model, Fixtures.description(Fixtures.ARTICULATION), false);
        LayoutPlan plan = later.pendingLayout();
        assertNotNull(plan, "a diagram made without layout has one to run");
        assertNull(later.pendingLayout(), "taken once");
        assertEquals(later.allNodes().size(), plan.size());

        Map<String, double[]> untouched = positions(later.diagram());
        assertTrue(CompletableFuture.supplyAsync(() -> plan.compute(null)).get(60, TimeUnit.SECONDS));
        assertEquals(untouched.keySet(), positions(later.diagram()).keySet());
        untouched.forEach((id, p) -> assertEquals(p[0] + "," + p[1], at(positions(later.diagram()).get(id)),
                "computing on another thread does not touch the diagram: " + id));

        int[] told = new int[1];
        later.addListener((session, result) -> told[0]++);
        later.applyLayout(plan);
        assertEquals(1, told[0], "the listeners are told once the positions are in");
        Map<String, double[]> expected = positions(now.diagram());
        positions(later.diagram()).forEach((id, p) -> assertEquals(at(expected.get(id)), at(p), id));
        LayoutAndPersistenceTest.checkInvariants(later.diagram());
        now.dispose();
        later.dispose();
    }

    @Test
    void cancelledPlanChangesNothingAndCannotBeApplied() {
        DiagramSession session = DiagramSession.create(Fixtures.eure(), Fixtures.description(Fixtures.DECLINAISON));
        Map<String, double[]> before = positions(session.diagram());
        LayoutPlan plan = session.planLayout(null);
        assertFalse(plan.compute(() -> true), "asked to stop, it does not finish");
        assertThrows(IllegalStateException.class, () -> session.applyLayout(plan));
        positions(session.diagram()).forEach((id, p) -> assertEquals(at(before.get(id)), at(p), id));
        session.dispose();
    }

    @Test
    void nodesAddedOrRemovedWhileComputingAreLeftToTheRefresh() {
        ModeleMaillage model = Fixtures.eure();
        DiagramSession session = DiagramSession.create(model, Fixtures.description(Fixtures.ARTICULATION));
        LayoutPlan plan = session.planLayout(null);
        assertTrue(plan.compute(null));

        Dac dac = DispositifFactory.eINSTANCE.createDac();
        dac.setNom("DAC ajouté pendant l'organisation");
        model.getDispositifs().add(dac);
        DNode added = session.elementsOf(dac).stream().map(DNode.class::cast).findFirst().orElseThrow();
        double x = added.getX();
        double y = added.getY();
        DNode removed = Fixtures.nodes(session.diagram(), "cpts").get(0);
        model.getDispositifs().remove(session.semanticElement(removed));

        session.applyLayout(plan);
        assertEquals(x, added.getX(), "placed by the refresh that added it, not by the older plan");
        assertEquals(y, added.getY());
        assertFalse(session.allNodes().contains(removed));
        LayoutAndPersistenceTest.checkInvariants(session.diagram());
        session.dispose();
    }

    @Test
    void reopenedDiagramPlansOnlyTheElementsNewSinceItWasSaved() {
        ModeleMaillage model = Fixtures.eure();
        DiagramSession first = DiagramSession.create(model, Fixtures.description(Fixtures.ARTICULATION));
        Diagram saved = EcoreUtil.copy(first.diagram());
        first.dispose();
        Dac dac = DispositifFactory.eINSTANCE.createDac();
        dac.setNom("DAC nouveau");
        model.getDispositifs().add(dac);

        DiagramSession reopened = DiagramSession.open(saved, model.eResource(), Fixtures.registry(), false);
        Map<String, double[]> kept = positions(reopened.diagram());
        LayoutPlan plan = reopened.pendingLayout();
        assertNotNull(plan, "the new DAC waits for its place");
        assertTrue(plan.compute(null));
        reopened.applyLayout(plan);
        DNode placed = (DNode) reopened.elementsOf(dac).get(0);
        kept.forEach((id, p) -> {
            if (!id.equals(placed.getId())) {
                assertEquals(at(p), at(positions(reopened.diagram()).get(id)), "saved position kept: " + id);
            }
        });
        LayoutAndPersistenceTest.checkInvariants(reopened.diagram());
        reopened.dispose();
    }

    @Test
    void moveIsUndoableAndLeavesTheRoadmapClean() {
        DiagramSession session = DiagramSession.create(Fixtures.eure(), Fixtures.description(Fixtures.ARTICULATION));
        BasicCommandStack stack = new BasicCommandStack();
        session.bindCommandStack(stack);
        DNode node = Fixtures.nodes(session.diagram(), "dac").get(0);
        DEdge edge = session.diagram().getEdges().stream().filter(e -> e.getSource() == node || e.getTarget() == node)
                .findFirst().orElseThrow();
        double x = node.getX();
        double y = node.getY();
        String route = route(edge);
        Map<String, double[]> before = positions(session.diagram());

        Command move = session.viewChange("Déplacer", () -> session.moveNode(node, x + 300, y + 40), null);
        stack.execute(move);
        assertTrue(session.isViewChange(move));
        assertEquals(x + 300, node.getX());
        assertTrue(node.isPinned());
        assertNotEquals(route, route(edge), "its edges follow");
        assertFalse(stack.isSaveNeeded(), "moving a node does not change the roadmap");
        assertEquals("Déplacer", stack.getUndoCommand().getLabel());

        stack.undo();
        assertEquals(x, node.getX());
        assertEquals(y, node.getY());
        assertFalse(node.isPinned(), "undo takes the pin back");
        assertEquals(route, route(edge), "and the route");
        stack.redo();
        assertEquals(x + 300, node.getX());
        assertTrue(node.isPinned());

        stack.execute(session.viewChange("Organiser tout", session::arrangeAll, null));
        stack.undo();
        assertEquals(x + 300, node.getX(), "undoing the arrangement puts back the move");
        stack.undo();
        positions(session.diagram()).forEach((id, p) -> assertEquals(at(before.get(id)), at(p), id));
        session.dispose();
    }

    @Test
    void layerSwitchIsUndoable() {
        DiagramSession session = DiagramSession.create(Fixtures.eure(), Fixtures.description(Fixtures.ARTICULATION));
        BasicCommandStack stack = new BasicCommandStack();
        int nodes = session.allNodes().size();
        stack.execute(session.viewChange("Afficher", () -> session.setLayerActive("porteurs", true),
                () -> session.setLayerActive("porteurs", false)));
        int withLayer = session.allNodes().size();
        assertTrue(withLayer > nodes, "the layer adds the organisations");
        stack.undo();
        assertFalse(session.isLayerActive("porteurs"));
        assertEquals(nodes, session.allNodes().size());
        stack.redo();
        assertTrue(session.isLayerActive("porteurs"));
        assertEquals(withLayer, session.allNodes().size());
        assertFalse(stack.isSaveNeeded());
        session.dispose();
    }

    private static Map<String, double[]> positions(Diagram diagram) {
        Map<String, double[]> result = new HashMap<>();
        for (DNode node : Fixtures.nodes(diagram)) {
            result.put(node.getId(), new double[] { node.getX(), node.getY() });
        }
        return result;
    }

    private static String at(double[] p) {
        return p[0] + "," + p[1];
    }

    private static String route(DEdge edge) {
        return String.join(" ", edge.getPoints().stream().map(p -> p.getX() + "," + p.getY()).toList());
    }
}
