/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Dispositif;
import org.maillage.testsupport.greffon.GreffonPackage;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.model.description.NodeCreationTool;
import org.maillage.viewpoint.model.description.Tool;
import org.maillage.viewpoint.model.diagram.DNode;

/**
 * Covered cases: the articulation diagram's palette lists a plug-in's kind of dispositif (contributed to
 * {@code org.maillage.model.schemeTypes} by this fragment) as a tool named after the kind, next to the tools the
 * description designs for Maillage's kinds; the generic tool itself is not shown; the tool creates an element of the
 * plug-in's class in the roadmap's dispositifs, drawn by the « greffon » mapping, and undo removes it.
 */
class PluginKindPaletteTest {

    private final ModeleMaillage model = Fixtures.eure();
    private final DiagramSession session = DiagramSession.create(model,
            Fixtures.description(Fixtures.ARTICULATION));

    @Test
    void paletteListsThePluginKindAndItsToolCreatesOne() {
        List<String> labels = session.tools().stream().map(Tool::getLabel).toList();
        assertTrue(labels.contains("Réseau d'essai"), labels.toString());
        assertTrue(session.tools().stream().noneMatch(t -> t.getId().equals("nouveauGreffon")), labels.toString());
        assertTrue(session.tools().stream().anyMatch(t -> t.getId().equals("nouveauCls")), labels.toString());

        NodeCreationTool tool = (NodeCreationTool) session.tools().stream()
                .filter(t -> "Réseau d'essai".equals(t.getLabel())).findFirst().orElseThrow();
        BasicCommandStack stack = new BasicCommandStack();
        session.bindCommandStack(stack);
        int before = model.getDispositifs().size();
        Command create = session.createNodeCommand(tool, null);
        assertTrue(create.canExecute());
        stack.execute(create);
        assertEquals(before + 1, model.getDispositifs().size());
        Dispositif created = model.getDispositifs().get(model.getDispositifs().size() - 1);
        assertSame(GreffonPackage.RESEAU_ESSAI, created.eClass());
        List<DNode> nodes = Fixtures.nodes(session.diagram(), "greffon");
        assertEquals(1, nodes.size());
        EObject shown = session.semanticElement(nodes.get(0));
        assertSame(created, shown);

        stack.undo();
        assertEquals(before, model.getDispositifs().size());
        assertEquals(0, Fixtures.nodes(session.diagram(), "greffon").size());
    }
}
