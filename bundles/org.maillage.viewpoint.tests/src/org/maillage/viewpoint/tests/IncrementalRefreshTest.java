/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.Test;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.territoire.Qpv;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.RefreshResult;
import org.maillage.viewpoint.internal.DiagramInterpreter;
import org.maillage.viewpoint.internal.expressions.ExpressionEngine;
import org.maillage.viewpoint.model.description.DirectEditTool;
import org.maillage.viewpoint.model.description.EdgeCreationTool;
import org.maillage.viewpoint.model.description.NodeCreationTool;
import org.maillage.viewpoint.model.diagram.DDiagramElement;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.DiagramFactory;

/**
 * Covered cases: renaming one element recomputes only the diagram elements that read it (far fewer than the
 * diagram holds) and changes exactly its label, other nodes keep their identity and position; adding a fiche
 * action that targets the QPV Navarre turns it from red to normal and adds one edge, undo brings both back;
 * fifty renames of one element leave the quick path's dependency maps as the first left them; listeners hear each
 * refresh once per command with a bound command stack; tools: node creation adds a node,
 * direct edit renames, edge creation links a contrat de ville to a QPV, delete removes the element, and each is
 * undone by the command stack; a tool that does not apply cannot execute.
 */
class IncrementalRefreshTest {

    private final ModeleMaillage model = Fixtures.eure();
    private final DiagramSession session = DiagramSession.create(model,
            Fixtures.description(Fixtures.ARTICULATION));

    private Cls clsEvreux() {
        return (Cls) model.getDispositifs().stream().filter(d -> d.getUuid().equals("eure-cls-evreux")).findFirst()
                .orElseThrow();
    }

    private Qpv qpv(String nom) {
        return model.getQpvs().stream().filter(q -> q.getNom().equals(nom)).findFirst().orElseThrow();
    }

    @Test
    void repeatedEditsOfOneElementDoNotGrowTheDependencyMaps() {
        ModeleMaillage own = Fixtures.eure();
        DiagramInterpreter interpreter = new DiagramInterpreter(ExpressionEngine.shared(),
                Fixtures.description(Fixtures.ARTICULATION), DiagramFactory.eINSTANCE.createDiagram(), own);
        interpreter.refresh(null, true);
        Cls cls = (Cls) own.getDispositifs().stream().filter(Cls.class::isInstance).findFirst().orElseThrow();
        cls.setNom("Nom 0");
        RefreshResult first = interpreter.refresh(Set.of(cls), false);
        int registrations = interpreter.dependencyRegistrations();
        assertTrue(registrations > 0, "the quick path built its maps");
        for (int i = 1; i <= 50; i++) {
            cls.setNom("Nom " + i);
            RefreshResult again = interpreter.refresh(Set.of(cls), false);
            assertEquals(first.recomputed(), again.recomputed(), "each edit recomputes as much as the first");
        }
        assertEquals(registrations, interpreter.dependencyRegistrations(),
                "the 51st edit costs what the first did: the maps did not grow");
    }

    @Test
    void renameRecomputesOnlyWhatReadsTheElement() {
        int total = Fixtures.nodes(session.diagram()).size() + session.diagram().getEdges().size();
        DNode other = (DNode) session.elementsOf(qpv("Navarre")).get(0);
        double x = other.getX();
        double y = other.getY();
        List<RefreshResult> heard = new ArrayList<>();
        session.addListener((s, r) -> heard.add(r));

        clsEvreux().setNom("CLS renommé");

        assertEquals(1, heard.size());
        RefreshResult result = heard.get(0);
        assertFalse(result.full());
        assertTrue(result.recomputed() >= 1 && result.recomputed() < total / 4,
                result.recomputed() + " recomputed of " + total);
        assertEquals(List.of(session.elementsOf(clsEvreux()).get(0)), result.changed());
        assertEquals("CLS renommé", ((DNode) session.elementsOf(clsEvreux()).get(0)).getLabel());
        assertSame(other, session.elementsOf(qpv("Navarre")).get(0));
        assertEquals(x, other.getX());
        assertEquals(y, other.getY());
        assertTrue(result.created().isEmpty());
        assertEquals(0, result.removed());
    }

    @Test
    void coveringAGapChangesItsStyleAndAddsAnEdgeAndUndoRestores() {
        BasicCommandStack stack = new BasicCommandStack();
        session.bindCommandStack(stack);
        List<RefreshResult> heard = new ArrayList<>();
        session.addListener((s, r) -> heard.add(r));
        Qpv navarre = qpv("Navarre");
        DNode node = (DNode) session.elementsOf(navarre).get(0);
        assertEquals("#C00000", node.getStyle().getBorderColor());
        long ficheEdges = Fixtures.edges(session.diagram(), "ficheQpv");

        Command add = new org.eclipse.emf.edit.command.ChangeCommand(model) {
            @Override
            protected void doExecute() {
                FicheAction fiche = DispositifFactory.eINSTANCE.createFicheAction();
                fiche.setNom("Aller-vers à Navarre");
                fiche.getQpvCibles().add(navarre);
                clsEvreux().getAxes().get(0).getFichesActions().add(fiche);
            }
        };
        stack.execute(add);

        assertEquals(1, heard.size(), "one refresh per command");
        assertTrue(!"#C00000".equals(((DNode) session.elementsOf(navarre).get(0)).getStyle().getBorderColor()));
        assertEquals(ficheEdges + 1, Fixtures.edges(session.diagram(), "ficheQpv"));
        stack.undo();
        assertEquals("#C00000", ((DNode) session.elementsOf(navarre).get(0)).getStyle().getBorderColor());
        assertEquals(ficheEdges, Fixtures.edges(session.diagram(), "ficheQpv"));
    }

    @Test
    void toolsRunAsUndoableCommands() {
        BasicCommandStack stack = new BasicCommandStack();
        session.bindCommandStack(stack);
        int clsNodes = Fixtures.nodes(session.diagram(), "cls").size();
        NodeCreationTool createCls = (NodeCreationTool) session.tools().stream()
                .filter(t -> t.getId().equals("nouveauCls")).findFirst().orElseThrow();
        Command create = session.createNodeCommand(createCls, null);
        assertTrue(create.canExecute());
        stack.execute(create);
        assertEquals(clsNodes + 1, Fixtures.nodes(session.diagram(), "cls").size());
        DNode created = Fixtures.nodes(session.diagram(), "cls").stream()
                .filter(n -> n.getLabel().equals("Nouveau CLS")).findFirst().orElseThrow();
        assertTrue(created.getWidth() > 0 && created.getHeight() > 0);

        Command rename = session.directEditCommand(created, "CLS du Vexin");
        assertTrue(rename.canExecute());
        stack.execute(rename);
        assertEquals("CLS du Vexin", ((DNode) session.elementsOf(session.semanticElement(created)).get(0))
                .getLabel());

        DNode contrat = Fixtures.nodes(session.diagram(), "contratDeVille").get(0);
        DNode navarre = (DNode) session.elementsOf(qpv("Navarre")).get(0);
        long links = Fixtures.edges(session.diagram(), "contratQpv");
        EdgeCreationTool link = (EdgeCreationTool) session.tools().stream()
                .filter(t -> t.getId().equals("qpvDuContrat")).findFirst().orElseThrow();
        boolean already = session.semanticElement(contrat).eGet(session.semanticElement(contrat).eClass()
                .getEStructuralFeature("qpvs")) instanceof List<?> l && l.contains(qpv("Navarre"));
        stack.execute(session.createEdgeCommand(link, contrat, navarre));
        assertEquals(already ? links : links + 1, Fixtures.edges(session.diagram(), "contratQpv"));
        assertFalse(session.createEdgeCommand(link, navarre, contrat).canExecute(), "wrong direction");

        Command delete = session.deleteCommand(List.of(Fixtures.nodes(session.diagram(), "cls").stream()
                .filter(n -> n.getLabel().equals("CLS du Vexin")).findFirst().orElseThrow()));
        assertTrue(delete.canExecute());
        stack.execute(delete);
        assertEquals(clsNodes, Fixtures.nodes(session.diagram(), "cls").size());

        while (stack.canUndo()) {
            stack.undo();
        }
        assertEquals(clsNodes, Fixtures.nodes(session.diagram(), "cls").size());
        assertEquals(links, Fixtures.edges(session.diagram(), "contratQpv"));
        stack.redo();
        assertEquals(clsNodes + 1, Fixtures.nodes(session.diagram(), "cls").size());
    }

    @Test
    void toolsThatDoNotApplyCannotExecute() {
        DirectEditTool rename = (DirectEditTool) session.tools().stream().filter(DirectEditTool.class::isInstance)
                .findFirst().orElseThrow();
        assertNotNull(rename);
        DDiagramElement praps = Fixtures.nodes(session.diagram(), "praps").get(0);
        assertFalse(session.deleteCommand(List.of(praps)).canExecute(), "no delete tool for the PRAPS");
        assertFalse(session.deleteCommand(List.of()).canExecute());
    }
}
