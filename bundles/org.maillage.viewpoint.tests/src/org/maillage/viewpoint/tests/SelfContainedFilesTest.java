/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.core.persistence.ModelLoadException.Problem;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.testsupport.FrenchLocale;
import org.maillage.viewpoint.DiagramSession;
import org.maillage.viewpoint.ViewpointResources;
import org.maillage.viewpoint.render.SvgRenderer;

/**
 * Covered cases: diagram ({@code .maillagediag}) and viewpoint ({@code .viewpoint}) files are self-contained: a
 * namespace that is a FIFO, and a reference to a FIFO or to another file with a DOCTYPE, are refused with the file,
 * the line and a French message, without hanging; a viewpoint read from a stream gets the same refusals; the three
 * shipped diagrams are drawn (refresh and SVG) on a roadmap holding a proxy to a FIFO, which stays a proxy.
 */
@ExtendWith(FrenchLocale.class)
class SelfContainedFilesTest {

    private static final Duration NO_HANG = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    private Path fifo(String name) throws IOException, InterruptedException {
        Path path = folder.resolve(name);
        assertEquals(0, new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor(), "mkfifo");
        return path;
    }

    private Path doctypeFile(String name) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "confidentiel");
        return Files.writeString(folder.resolve(name), "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY s SYSTEM \""
                + secret.toUri() + "\">]>\n<vpdiagram:Diagram xmlns:vpdiagram=\"http://maillage.org/viewpoint/1.0/"
                + "diagram\" name=\"&s;\"/>\n");
    }

    /** A diagram file with two nodes and an edge whose source is {@code source}, on line 6. */
    private Path diagramFile(String name, String namespace, String source) throws IOException {
        return Files.writeString(folder.resolve(name), """
                <?xml version="1.0" encoding="UTF-8"?>
                <vpdiagram:Diagram xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:vpdiagram="%s" name="d" viewpointId="v" descriptionId="d" target="m">
                  <nodes id="n1" label="a"/>
                  <nodes id="n2" label="b"/>
                  <edges id="e" source="%s" target="n2"/>
                </vpdiagram:Diagram>
                """.formatted(namespace, source));
    }

    /** A viewpoint file; {@code extra} is on line 4. */
    private static String viewpoint(String namespace, String extra) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <vpdescription:Viewpoint xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:vpdescription="%s" id="t" label="x">
                  %s
                </vpdescription:Viewpoint>
                """.formatted(namespace, extra);
    }

    private static void refused(Executable load, Path file, Problem problem, int line) {
        ModelLoadException e = assertTimeoutPreemptively(NO_HANG, () -> assertThrows(ModelLoadException.class, load));
        assertEquals(problem, e.getProblem(), e.getMessage());
        assertEquals(line, e.getLine(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ", ligne " + line + " : "), e.getMessage());
    }

    @Test
    void diagramFilesNameNothingOutside() throws Exception {
        Path pipe = fifo("pipe.maillagediag");
        doctypeFile("other.maillagediag");
        String ns = "http://maillage.org/viewpoint/1.0/diagram";
        Path valid = diagramFile("ok.maillagediag", ns, "n1");
        assertEquals(1, ViewpointResources.loadDiagrams(ViewpointResources.newResourceSet(), valid).getContents()
                .size());
        Path fifoNs = diagramFile("ns.maillagediag", pipe.toUri().toString(), "n1");
        refused(() -> ViewpointResources.loadDiagrams(ViewpointResources.newResourceSet(), fifoNs), fifoNs,
                Problem.UNKNOWN_NAMESPACE, 3);
        Path other = diagramFile("other-ref.maillagediag", ns, "other.maillagediag#n1");
        refused(() -> ViewpointResources.loadDiagrams(ViewpointResources.newResourceSet(), other), other,
                Problem.EXTERNAL_REFERENCE, 6);
        Path toFifo = diagramFile("fifo-ref.maillagediag", ns, "pipe.maillagediag#n1");
        refused(() -> ViewpointResources.loadDiagrams(ViewpointResources.newResourceSet(), toFifo), toFifo,
                Problem.EXTERNAL_REFERENCE, 6);
    }

    @Test
    void viewpointFilesNameNothingOutside() throws Exception {
        Path pipe = fifo("pipe.viewpoint");
        String ns = "http://maillage.org/viewpoint/1.0/description";
        Path fifoNs = Files.writeString(folder.resolve("ns.viewpoint"), viewpoint(pipe.toUri().toString(), ""));
        refused(() -> ViewpointResources.loadViewpoint(fifoNs), fifoNs, Problem.UNKNOWN_NAMESPACE, 3);
        String diagramsWithHref = "<diagrams id=\"d\" label=\"d\" domainClass=\"ModeleMaillage\">"
                + "<layers id=\"l\" label=\"l\"><nodeMappings id=\"n\" label=\"n\" domainClass=\"Chantier\">"
                + "<parentMappings href=\"pipe.viewpoint#//@diagrams.0\"/></nodeMappings></layers></diagrams>";
        Path href = Files.writeString(folder.resolve("href.viewpoint"), viewpoint(ns, diagramsWithHref));
        refused(() -> ViewpointResources.loadViewpoint(href), href, Problem.EXTERNAL_REFERENCE, 4);
        refused(() -> ViewpointResources.loadViewpoint(new ByteArrayInputStream(viewpoint(ns, diagramsWithHref)
                .getBytes(StandardCharsets.UTF_8)), "contrib/href.viewpoint"), Path.of("contrib/href.viewpoint"),
                Problem.EXTERNAL_REFERENCE, 4);
        refused(() -> ViewpointResources.loadViewpoint(new ByteArrayInputStream(viewpoint(pipe.toUri().toString(), "")
                .getBytes(StandardCharsets.UTF_8)), "contrib/ns.viewpoint"), Path.of("contrib/ns.viewpoint"),
                Problem.UNKNOWN_NAMESPACE, 3);
    }

    @Test
    void diagramsOfARoadmapWithAProxyLoadNothing() throws Exception {
        Path pipe = fifo("pipe.maillage");
        ModeleMaillage model = Fixtures.eure();
        Commune proxy = TerritoireFactory.eINSTANCE.createCommune();
        ((InternalEObject) proxy).eSetProxyURI(URI.createFileURI(pipe.toString()).appendFragment("c"));
        Organisation organisation = model.getOrganisations().get(0);
        organisation.setTerritoire(proxy);
        int resources = model.eResource().getResourceSet().getResources().size();
        assertTimeoutPreemptively(NO_HANG, () -> {
            for (String id : new String[] { Fixtures.ARTICULATION, Fixtures.DECLINAISON, Fixtures.TERRITOIRES }) {
                DiagramSession session = DiagramSession.create(model, Fixtures.description(id));
                assertFalse(new SvgRenderer().render(session.diagram()).isEmpty());
            }
        });
        assertTrue(organisation.getTerritoire().eIsProxy(), "the proxy stays a proxy");
        assertEquals(resources, model.eResource().getResourceSet().getResources().size(), "nothing was loaded");
    }
}
