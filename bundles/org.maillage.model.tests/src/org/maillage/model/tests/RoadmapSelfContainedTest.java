/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.core.persistence.ModelLoadException.Problem;
import org.maillage.core.persistence.SealedResourceSet;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.organisation.OrganisationFactory;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.model.MaillageFactory;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: a roadmap file is self-contained. A namespace that is a FIFO or the address of a local server is
 * refused (no hang, no connection); a reference to another roadmap (with a DOCTYPE) or to a FIFO, as an element
 * {@code href} or in an attribute, is refused with the file, the line and a French message, quickly; the workbench's
 * document moves a model built in a plain resource set into a sealed one, where a proxy to a FIFO stays a proxy.
 */
@ExtendWith(FrenchLocale.class)
class RoadmapSelfContainedTest {

    private static final Duration NO_HANG = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    private static Path fifo(Path path) throws IOException, InterruptedException {
        assertEquals(0, new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor(), "mkfifo");
        return path;
    }

    /** A roadmap with one organisation; {@code organisation} is its element, on line 5. */
    private Path roadmap(String name, String rootNs, String organisation) throws IOException {
        return Files.writeString(folder.resolve(name), """
                <?xml version="1.0" encoding="UTF-8"?>
                <maillage:ModeleMaillage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:maillage="%s"
                    xmlns:territoire="http://maillage.org/model/1.0/territoire" uuid="m" nom="M" formatVersion="1.0">
                  %s
                </maillage:ModeleMaillage>
                """.formatted(rootNs, organisation));
    }

    private ModelLoadException refused(Path file, Problem problem, int line) {
        ModelLoadException e = assertTimeoutPreemptively(NO_HANG,
                () -> assertThrows(ModelLoadException.class, () -> MaillageFiles.load(file)));
        assertEquals(problem, e.getProblem(), e.getMessage());
        assertEquals(line, e.getLine(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ", ligne " + line + " : "), e.getMessage());
        return e;
    }

    @Test
    void fifoAndHttpNamespacesAreRefusedWithoutOpening() throws Exception {
        Path pipe = fifo(folder.resolve("pipe"));
        ModelLoadException e = refused(roadmap("fifo.maillage", pipe.toUri().toString(), ""),
                Problem.UNKNOWN_NAMESPACE, 4);
        assertTrue(e.getMessage().contains("espace de noms inconnu « " + pipe.toUri()), e.getMessage());
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            refused(roadmap("http.maillage", "http://127.0.0.1:" + server.getLocalPort() + "/m", ""),
                    Problem.UNKNOWN_NAMESPACE, 4);
            refused(roadmap("nested.maillage", "http://maillage.org/model/1.0",
                    "<organisations xsi:type=\"x:O\" xmlns:x=\"http://127.0.0.1:" + server.getLocalPort() + "/\"/>"),
                    Problem.UNKNOWN_NAMESPACE, 5);
            server.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, server::accept, "no connection was made");
        }
    }

    @Test
    void referencesToOtherFilesAreRefused() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "confidentiel");
        Files.writeString(folder.resolve("other.maillage"), "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY s SYSTEM \""
                + secret.toUri() + "\">]>\n<maillage:ModeleMaillage xmlns:maillage=\"http://maillage.org/model/1.0\""
                + " uuid=\"&s;\"/>\n");
        fifo(folder.resolve("pipe.maillage"));
        String ns = "http://maillage.org/model/1.0";
        ModelLoadException e = refused(roadmap("href.maillage", ns, "<organisations uuid=\"o\" nom=\"O\">\n"
                + "    <territoire xsi:type=\"territoire:Commune\" href=\"other.maillage#c\"/></organisations>"),
                Problem.EXTERNAL_REFERENCE, 6);
        assertTrue(e.getMessage().contains("other.maillage#c"), e.getMessage());
        assertTrue(e.getMessage().contains("doit être autonome"), e.getMessage());
        refused(roadmap("attribute.maillage", ns,
                "<organisations uuid=\"o\" nom=\"O\" territoire=\"territoire:Commune pipe.maillage#c\"/>"),
                Problem.EXTERNAL_REFERENCE, 5);
        refused(roadmap("fifo.maillage", ns, "<organisations uuid=\"o\" nom=\"O\">\n"
                + "    <territoire xsi:type=\"territoire:Commune\" href=\"pipe.maillage#c\"/></organisations>"),
                Problem.EXTERNAL_REFERENCE, 6);
    }

    @Test
    void documentSealsAModelBuiltInAPlainSet() throws Exception {
        Path pipe = fifo(folder.resolve("pipe.maillage"));
        ModeleMaillage model = MaillageFactory.eINSTANCE.createModeleMaillage();
        Organisation organisation = OrganisationFactory.eINSTANCE.createOrganisation();
        Commune proxy = TerritoireFactory.eINSTANCE.createCommune();
        ((InternalEObject) proxy).eSetProxyURI(URI.createFileURI(pipe.toString()).appendFragment("c"));
        organisation.setTerritoire(proxy);
        model.getOrganisations().add(organisation);
        Resource resource = new ResourceSetImpl().createResource(URI.createFileURI(folder.resolve("m.maillage")
                .toString()));
        resource.getContents().add(model);

        RoadmapDocument document = RoadmapDocument.of(model, folder.resolve("m.maillage"));
        assertInstanceOf(SealedResourceSet.class, document.getResource().getResourceSet());
        assertTimeoutPreemptively(NO_HANG, () -> {
            EcoreUtil.resolveAll(document.getResource());
            assertTrue(organisation.getTerritoire().eIsProxy(), "the proxy stays a proxy");
        });
        assertEquals(1, document.getResource().getResourceSet().getResources().size(), "nothing was loaded");
    }
}
