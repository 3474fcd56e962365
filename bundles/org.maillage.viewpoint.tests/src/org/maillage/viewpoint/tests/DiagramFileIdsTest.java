/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.ExitCodes;
import org.maillage.examples.Examples;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.FrenchLocale;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.ViewpointResources;
import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.Diagram;

/**
 * Covered cases: a roadmap's diagram file holds several diagrams whose elements share ids (the articulation diagram
 * and the articulation of a CLS both draw that CLS with the same mapping id). Edge ends were stored as references by
 * id: read back, an edge of the second diagram ended in the first, and saving the second diagram lost the ends of
 * the first one's edges. Now the file stores no ends (the edge's id names them); after saving both diagrams and
 * reading the file again, each diagram opened as the editor does has all its edges, each joining two nodes of its
 * own diagram.
 */
@ExtendWith(FrenchLocale.class)
class DiagramFileIdsTest {

    @TempDir
    Path folder;

    @Test
    void edgesStayInTheirDiagramAfterReload() throws Exception {
        Examples.eure().copyTo(folder);
        for (List<String> args : List.of(
                List.of("diagram", "--viewpoint", Fixtures.ARTICULATION, "--save", "eure.maillage"),
                List.of("diagram", "--viewpoint", DiagramsOnElementsTest.CLS, "--on", "eure-cls-evreux", "--save",
                        "eure.maillage"))) {
            CliRunner.Result result = CliRunner.run(folder, args.toArray(String[]::new));
            assertEquals(ExitCodes.OK, result.code(), result.err());
        }
        String text = Files.readString(folder.resolve("eure.maillagediag"));
        assertFalse(text.contains(" source=") || edgeTargets(text), "edge ends are not stored");
        Resource file = ViewpointResources.loadDiagrams(ViewpointResources.newResourceSet(),
                folder.resolve("eure.maillagediag"));
        List<Diagram> diagrams = file.getContents().stream().map(Diagram.class::cast).toList();
        assertEquals(2, diagrams.size());
        Set<String> shared = new HashSet<>();
        Set<String> firstIds = ids(diagrams.get(0));
        for (String id : ids(diagrams.get(1))) {
            if (firstIds.contains(id)) {
                shared.add(id);
            }
        }
        assertTrue(!shared.isEmpty(), "the case this test is about: ids shared by the two diagrams");
        Resource roadmap = MaillageFiles.load(folder.resolve("eure.maillage")).eResource();
        for (Diagram diagram : diagrams) {
            int saved = diagram.getEdges().size();
            DiagramSession.open(diagram, roadmap, Fixtures.registry()).dispose();
            assertTrue(saved > 0, diagram.getName());
            assertEquals(saved, diagram.getEdges().size(), diagram.getName() + ": every saved edge is kept");
            for (DEdge edge : diagram.getEdges()) {
                assertSame(diagram, EcoreUtil.getRootContainer(edge.getSource()),
                        diagram.getName() + ", " + edge.getId() + ": source in another diagram");
                assertSame(diagram, EcoreUtil.getRootContainer(edge.getTarget()),
                        diagram.getName() + ", " + edge.getId() + ": target in another diagram");
            }
        }
    }

    /** @return whether an {@code <edges>} element carries a {@code target} reference (a diagram's target is fine) */
    private static boolean edgeTargets(String text) {
        return java.util.regex.Pattern.compile("<edges[^>]* target=").matcher(text).find();
    }

    private static Set<String> ids(Diagram diagram) {
        Set<String> ids = new HashSet<>();
        for (var it = diagram.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            String id = EcoreUtil.getID(object);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }
}
