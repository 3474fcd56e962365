/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.ExitCodes;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.FrenchLocale;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.ViewpointResources;
import org.maillage.viewpoint.model.diagram.DEdge;
import org.maillage.viewpoint.model.diagram.DPoint;
import org.maillage.viewpoint.model.diagram.Diagram;

/**
 * Covered cases: {@code maillage diagram --viewpoint ID --save FILE} creates the diagram file beside the roadmap
 * without writing the roadmap; after the roadmap changed (a fiche action targeting a QPV added), a second
 * {@code --save} adds the new edge, routed around the nodes, and keeps the other edges' routes exactly; a later
 * {@code --out} render draws the saved layout with the roadmap's changes (the new edge, the kept routes); a diagram
 * file that cannot be read is not overwritten by {@code --save} (input exit code, file named); {@code --save} with
 * {@code --list} is a usage error.
 */
@ExtendWith(FrenchLocale.class)
class DiagramSaveCommandTest {

    @TempDir
    Path folder;

    @BeforeEach
    void copyExample() throws Exception {
        Examples.eure().copyTo(folder);
    }

    @Test
    void saveCreatesThenUpdatesTheDiagramKeepingRoutes() throws Exception {
        Path roadmap = folder.resolve("eure.maillage");
        byte[] roadmapBytes = Files.readAllBytes(roadmap);
        CliRunner.Result first = CliRunner.run(folder, "diagram", "--viewpoint", Fixtures.ARTICULATION, "--save",
                "eure.maillage");
        assertEquals(ExitCodes.OK, first.code(), first.err());
        assertTrue(first.err().contains("eure.maillagediag"), first.err());
        assertArrayEquals(roadmapBytes, Files.readAllBytes(roadmap), "the roadmap is not written");
        Map<String, double[]> before = routes(saved(roadmap));

        ModeleMaillage model = MaillageFiles.load(roadmap);
        Cls evreux = (Cls) model.getDispositifs().stream().filter(d -> d.getUuid().equals("eure-cls-evreux"))
                .findFirst().orElseThrow();
        FicheAction fiche = DispositifFactory.eINSTANCE.createFicheAction();
        fiche.setNom("Aller-vers à Navarre");
        fiche.getQpvCibles().add(model.getQpvs().stream().filter(q -> q.getNom().equals("Navarre")).findFirst()
                .orElseThrow());
        evreux.getAxes().get(0).getFichesActions().add(fiche);
        MaillageFiles.save(model, roadmap);
        roadmapBytes = Files.readAllBytes(roadmap);

        CliRunner.Result second = CliRunner.run(folder, "diagram", "--viewpoint", Fixtures.ARTICULATION, "--save",
                "eure.maillage");
        assertEquals(ExitCodes.OK, second.code(), second.err());
        assertArrayEquals(roadmapBytes, Files.readAllBytes(roadmap), "the roadmap is not written");
        Diagram updated = saved(roadmap);
        // Opened as the editor does (ends found again): the saved routes hold on the saved boxes.
        DiagramSession reopened = DiagramSession.open(updated, MaillageFiles.load(roadmap).eResource(),
                Fixtures.registry());
        reopened.dispose();
        RoutesKeptTest.checkRoutes(updated);
        Map<String, double[]> after = routes(updated);
        assertEquals(before.size() + 1, after.size(), "the new edge is saved");
        int kept = 0;
        for (var entry : before.entrySet()) {
            if (java.util.Arrays.equals(entry.getValue(), after.get(entry.getKey()))) {
                kept++;
            }
        }
        assertTrue(kept >= before.size() - 4, "routes kept: " + kept + " of " + before.size());

        CliRunner.Result render = CliRunner.run(folder, "diagram", "--viewpoint", Fixtures.ARTICULATION, "--out",
                "articulation.svg", "eure.maillage");
        assertEquals(ExitCodes.OK, render.code(), render.err());
        assertTrue(render.err().contains("eure.maillagediag"), render.err());
        Map<String, String> paths = RoutesKeptTest.svgPaths(Files.readString(folder.resolve("articulation.svg")));
        assertEquals(after.size(), paths.size());
        for (DEdge edge : updated.getEdges()) {
            DPoint first0 = edge.getPoints().get(0);
            assertTrue(paths.get(edge.getId()).startsWith("M" + num(first0.getX()) + ',' + num(first0.getY())),
                    edge.getId() + " drawn from its saved route: " + paths.get(edge.getId()));
        }
    }

    @Test
    void unreadableDiagramFileIsNotOverwritten() throws Exception {
        Path diagrams = folder.resolve("eure.maillagediag");
        Files.writeString(diagrams, "<?xml version=\"1.0\"?><tronqué");
        CliRunner.Result result = CliRunner.run(folder, "diagram", "--viewpoint", Fixtures.ARTICULATION, "--save",
                "eure.maillage");
        assertEquals(ExitCodes.INPUT_ERROR, result.code(), result.err());
        assertTrue(result.err().contains("eure.maillagediag"), result.err());
        assertEquals("<?xml version=\"1.0\"?><tronqué", Files.readString(diagrams));
        assertEquals(ExitCodes.USAGE, CliRunner.run(folder, "diagram", "--list", "--save", "eure.maillage").code());
    }

    private static Diagram saved(Path roadmap) throws Exception {
        List<Diagram> diagrams = ViewpointResources.loadDiagrams(ViewpointResources.newResourceSet(),
                ViewpointResources.diagramFileFor(roadmap)).getContents().stream().filter(Diagram.class::isInstance)
                .map(Diagram.class::cast).toList();
        assertEquals(1, diagrams.size());
        assertFalse(diagrams.get(0).getEdges().isEmpty());
        return diagrams.get(0);
    }

    private static Map<String, double[]> routes(Diagram diagram) {
        Map<String, double[]> routes = new HashMap<>();
        for (DEdge edge : diagram.getEdges()) {
            double[] xy = new double[edge.getPoints().size() * 2];
            for (int i = 0; i < edge.getPoints().size(); i++) {
                xy[2 * i] = edge.getPoints().get(i).getX();
                xy[2 * i + 1] = edge.getPoints().get(i).getY();
            }
            routes.put(edge.getId(), xy);
        }
        return routes;
    }

    private static String num(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
