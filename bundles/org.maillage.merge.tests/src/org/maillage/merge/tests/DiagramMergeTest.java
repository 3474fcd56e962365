/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.persistence.ModelFiles;
import org.maillage.core.persistence.SealedResourceSet;
import org.maillage.merge.Conflicts;
import org.maillage.merge.MergeResult;
import org.maillage.merge.ModelMerge;
import org.maillage.model.Conflit;
import org.maillage.model.MaillagePackage;
import org.maillage.viewpoint.model.description.DescriptionPackage;
import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.DPoint;
import org.maillage.viewpoint.model.diagram.Diagram;
import org.maillage.viewpoint.model.diagram.DiagramFactory;
import org.maillage.viewpoint.model.diagram.DiagramPackage;
import org.maillage.viewpoint.model.diagram.util.DiagramResourceFactoryImpl;

/*
 * Covered cases:
 * - .maillagediag files merge like roadmaps: we move one node, they move another and bend an edge, both positions
 *   and the bend points are in the merged file;
 * - a node moved to two different places is a conflict: ours is kept, theirs is in a Conflit stored as an extra root
 *   of the diagram file, and the file still loads with its Diagram first;
 * - a node they added appears, a node they deleted that we did not touch disappears with its edge;
 * - diagrams of a file are matched by what makes them unique (viewpoint, description, target), not by rank: we add
 *   the diagram of one CLS and move a node of the second diagram, they delete the first diagram and add the diagram
 *   of another CLS: the merged file has the second diagram with our move and both new diagrams, with no conflict.
 */
class DiagramMergeTest {

    @TempDir
    Path folder;

    private static Diagram diagram() {
        DiagramFactory factory = DiagramFactory.eINSTANCE;
        Diagram diagram = factory.createDiagram();
        diagram.setName("Articulation");
        diagram.setViewpointId("articulation");
        diagram.setDescriptionId("dispositifs");
        diagram.setTarget("eure");
        for (int i = 1; i <= 3; i++) {
            DNode node = factory.createDNode();
            node.setId("n" + i);
            node.setLabel("Nœud " + i);
            node.setX(100 * i);
            node.setY(50);
            diagram.getNodes().add(node);
        }
        DEdge edge = factory.createDEdge();
        edge.setId("e1");
        edge.setSource(diagram.getNodes().get(0));
        edge.setTarget(diagram.getNodes().get(1));
        diagram.getEdges().add(edge);
        DEdge edge2 = factory.createDEdge();
        edge2.setId("e2");
        edge2.setSource(diagram.getNodes().get(1));
        edge2.setTarget(diagram.getNodes().get(2));
        diagram.getEdges().add(edge2);
        return diagram;
    }

    private static ResourceSet set() {
        ResourceSet set = new SealedResourceSet(DiagramPackage.eINSTANCE, DescriptionPackage.eINSTANCE,
                MaillagePackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("maillagediag",
                new DiagramResourceFactoryImpl());
        return set;
    }

    private Path save(String name, Diagram diagram) throws Exception {
        Path file = folder.resolve(name + ".maillagediag");
        Resource resource = set().createResource(URI.createFileURI(file.toString()));
        resource.getContents().add(diagram);
        ModelFiles.save(resource, file);
        return file;
    }

    private static Diagram load(Path file) throws Exception {
        return (Diagram) ModelFiles.load(set(), file).getContents().get(0);
    }

    private static DNode node(Diagram diagram, String id) {
        return diagram.getNodes().stream().filter(n -> id.equals(n.getId())).findFirst().orElse(null);
    }

    @Test
    void positionsOfBothSidesAreKept() throws Exception {
        Path base = save("base", diagram());
        Diagram ours = diagram();
        node(ours, "n1").setX(500);
        Diagram theirs = diagram();
        node(theirs, "n2").setY(400);
        DPoint bend = DiagramFactory.eINSTANCE.createDPoint();
        bend.setX(250);
        bend.setY(300);
        theirs.getEdges().get(0).getPoints().add(bend);
        DNode added = DiagramFactory.eINSTANCE.createDNode();
        added.setId("n4");
        added.setX(42);
        theirs.getNodes().add(added);
        Path out = folder.resolve("fusion.maillagediag");

        MergeResult result = ModelMerge.mergeFiles(base, save("notre", ours), save("leur", theirs), out);

        assertTrue(result.isClean(), RandomMergeTest.describe(result.conflicts()));
        Diagram merged = load(out);
        assertEquals(500, node(merged, "n1").getX());
        assertEquals(400, node(merged, "n2").getY());
        assertEquals(42, node(merged, "n4").getX());
        assertEquals(1, merged.getEdges().get(0).getPoints().size());
        assertEquals(300, merged.getEdges().get(0).getPoints().get(0).getY());
        // Edge ends are not stored (the interpreter finds them from the edge's id): the edges are all there.
        assertEquals(List.of("e1", "e2"), merged.getEdges().stream().map(DEdge::getId).toList());
    }

    @Test
    void nodeMovedTwoWaysIsAConflictStoredInTheFile() throws Exception {
        Path base = save("base", diagram());
        Diagram ours = diagram();
        node(ours, "n1").setX(500);
        Diagram theirs = diagram();
        node(theirs, "n1").setX(700);
        theirs.getEdges().remove(1);
        theirs.getNodes().remove(2);
        Path out = folder.resolve("fusion.maillagediag");

        MergeResult result = ModelMerge.mergeFiles(base, save("notre", ours), save("leur", theirs), out);

        assertEquals(1, result.conflicts().size(), RandomMergeTest.describe(result.conflicts()));
        Resource reloaded = ModelFiles.load(set(), out);
        Diagram merged = assertInstanceOf(Diagram.class, reloaded.getContents().get(0));
        assertEquals(500, node(merged, "n1").getX());
        assertEquals(List.of("n1", "n2"), merged.getNodes().stream().map(DNode::getId).toList());
        assertEquals(List.of("e1"), merged.getEdges().stream().map(DEdge::getId).toList());
        List<Conflit> conflicts = Conflicts.of(reloaded);
        assertEquals(1, conflicts.size());
        assertEquals("x", conflicts.get(0).getAttribut());
        assertEquals("500.0", conflicts.get(0).getValeurNous());
        assertEquals("700.0", conflicts.get(0).getValeurEux());
        assertEquals("n1", conflicts.get(0).getElementUuid());
        assertEquals("Nœud 1", conflicts.get(0).getElementNom());
    }

    @Test
    void diagramsAreMatchedByDescriptionAndTargetNotByRank() throws Exception {
        Path base = save("base", List.of(diagram("eure"), diagram("cls-evreux")));
        List<Diagram> ours = List.of(diagram("eure"), diagram("cls-evreux"), diagram("cls-vernon"));
        node(ours.get(1), "n1").setX(500);
        List<Diagram> theirs = List.of(diagram("cls-evreux"), diagram("cls-louviers"));
        Path out = folder.resolve("fusion.maillagediag");

        MergeResult result = ModelMerge.mergeFiles(base, save("notre", ours), save("leur", theirs), out);

        assertTrue(result.isClean(), RandomMergeTest.describe(result.conflicts()));
        List<Diagram> merged = ModelFiles.load(set(), out).getContents().stream().map(Diagram.class::cast).toList();
        assertEquals(java.util.Set.of("cls-evreux", "cls-vernon", "cls-louviers"),
                merged.stream().map(Diagram::getTarget).collect(java.util.stream.Collectors.toSet()));
        assertEquals(3, merged.size());
        for (Diagram diagram : merged) {
            assertEquals("cls-evreux".equals(diagram.getTarget()) ? 500 : 100, node(diagram, "n1").getX(),
                    "our move is on the diagram we moved it on, and only there: " + diagram.getTarget());
        }
    }

    private static Diagram diagram(String target) {
        Diagram diagram = diagram();
        diagram.setTarget(target);
        return diagram;
    }

    private Path save(String name, List<Diagram> diagrams) throws Exception {
        Path file = folder.resolve(name + ".maillagediag");
        Resource resource = set().createResource(URI.createFileURI(file.toString()));
        resource.getContents().addAll(diagrams);
        ModelFiles.save(resource, file);
        return file;
    }
}
