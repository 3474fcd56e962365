/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.persistence.ModelFiles;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.core.persistence.ModelLoadException.Problem;
import org.maillage.core.persistence.SealedResourceSet;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: a file names nothing that gets opened. An unregistered namespace (on the root or on a nested
 * element) that is a FIFO, an {@code http:} address of a local server, or a path to a file with a DOCTYPE is refused
 * as an unknown namespace, quickly, without the FIFO blocking, the server seeing a connection or the file being
 * parsed; a reference to another file (attribute or {@code href}, to a file with a DOCTYPE or to a FIFO) and a
 * schema location are refused with the file, the line and a French message; a reference to a registered package's
 * class by namespace URI loads; the sealed set never demand-loads (a proxy stays a proxy, {@code getResource(uri,
 * true)} gives nothing, a resource cannot be loaded through its URI) and cannot be unsealed; loading into an unsealed
 * set is refused before anything is read.
 */
@ExtendWith(FrenchLocale.class)
class SealedLoadingTest {

    private static final Duration NO_HANG = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    static Path fifo(Path path) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, process.waitFor(), "mkfifo");
        return path;
    }

    private static ResourceSet sealed() {
        return new SealedResourceSet(EcorePackage.eINSTANCE);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private Path doctypeFile(String name) throws IOException {
        Path secret = write("secret.txt", "confidentiel");
        return write(name, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri()
                + "\">]>\n<ecore:EPackage xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"&s;\">"
                + "<eClassifiers xsi:type=\"ecore:EClass\" name=\"B\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/></ecore:EPackage>\n");
    }

    /** An Ecore file whose root is in {@code rootNs} and holds one class {@code A} with {@code extra} inside. */
    private Path ecoreFile(String name, String rootNs, String extra) throws IOException {
        return write(name, """
                <?xml version="1.0" encoding="UTF-8"?>
                <ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ecore="%s" name="p" nsURI="urn:p">
                  <eClassifiers xsi:type="ecore:EClass" name="A" %s
                </ecore:EPackage>
                """.formatted(rootNs, extra));
    }

    /** The line is where the parser reports the element: the end of its start tag (line 3 for the root here). */
    private static ModelLoadException refused(ResourceSet set, Path file, Problem problem, int line) {
        ModelLoadException e = assertTimeoutPreemptively(NO_HANG,
                () -> assertThrows(ModelLoadException.class, () -> ModelFiles.load(set, file)));
        assertEquals(problem, e.getProblem(), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), "names the file: " + e.getMessage());
        if (line > 0) {
            assertEquals(line, e.getLine(), e.getMessage());
            assertTrue(e.getMessage().contains("ligne " + line), "French, with the line: " + e.getMessage());
        }
        assertTrue(set.getResources().isEmpty(), "the set is left as it was");
        return e;
    }

    @Test
    void fifoNamespaceIsRefusedWithoutOpeningIt() throws Exception {
        Path pipe = fifo(folder.resolve("pipe"));
        ModelLoadException e = refused(sealed(), ecoreFile("root.ecore", pipe.toUri().toString(), "/>"),
                Problem.UNKNOWN_NAMESPACE, 3);
        assertTrue(e.getMessage().contains("espace de noms inconnu"), e.getMessage());
        assertTrue(e.getMessage().contains(pipe.toUri().toString()), e.getMessage());

        Path nested = write("nested.ecore", """
                <?xml version="1.0" encoding="UTF-8"?>
                <ecore:EPackage xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="p">
                  <eClassifiers xsi:type="evil:EClass" xmlns:evil="%s" name="A"/>
                </ecore:EPackage>
                """.formatted(pipe.toUri()));
        refused(sealed(), nested, Problem.UNKNOWN_NAMESPACE, 5);
    }

    @Test
    void httpNamespaceOpensNoConnection() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String address = "http://127.0.0.1:" + server.getLocalPort() + "/model.ecore";
            refused(sealed(), ecoreFile("http.ecore", address, "/>"), Problem.UNKNOWN_NAMESPACE, 3);
            refused(sealed(), ecoreFile("httpref.ecore", EcorePackage.eNS_URI,
                    "eSuperTypes=\"" + address + "#//B\"/>"), Problem.EXTERNAL_REFERENCE, 4);
            server.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, server::accept, "no connection was made");
        }
    }

    @Test
    void pathNamespaceIsNotParsed() throws Exception {
        doctypeFile("other.ecore");
        // A DOCTYPE_REFUSED would mean the other file was parsed; an unknown namespace means it was not opened.
        refused(sealed(), ecoreFile("relative.ecore", "other.ecore", "/>"), Problem.UNKNOWN_NAMESPACE, 3);
        refused(sealed(), ecoreFile("absolute.ecore", folder.resolve("other.ecore").toString(), "/>"),
                Problem.UNKNOWN_NAMESPACE, 3);
        fifo(folder.resolve("pipe.ecore"));
        refused(sealed(), ecoreFile("pipens.ecore", "pipe.ecore", "/>"), Problem.UNKNOWN_NAMESPACE, 3);
    }

    @Test
    void referencesToOtherFilesAreRefusedWithTheirLine() throws Exception {
        doctypeFile("other.ecore");
        fifo(folder.resolve("pipe.ecore"));
        ModelLoadException e = refused(sealed(), ecoreFile("attribute.ecore", EcorePackage.eNS_URI,
                "eSuperTypes=\"other.ecore#//B\"/>"), Problem.EXTERNAL_REFERENCE, 4);
        assertTrue(e.getMessage().contains("other.ecore"), e.getMessage());
        assertTrue(e.getMessage().contains("autonome"), "French: " + e.getMessage());
        refused(sealed(), ecoreFile("href.ecore", EcorePackage.eNS_URI,
                ">\n\n    <eSuperTypes href=\"pipe.ecore#//B\"/>\n  </eClassifiers>"), Problem.EXTERNAL_REFERENCE, 6);
        refused(sealed(), ecoreFile("absolute.ecore", EcorePackage.eNS_URI,
                "eSuperTypes=\"" + folder.resolve("pipe.ecore").toUri() + "#//B\"/>"), Problem.EXTERNAL_REFERENCE, 4);
    }

    @Test
    void schemaLocationIsRefused() throws Exception {
        fifo(folder.resolve("pipe.xsd"));
        Path file = write("schema.ecore", """
                <?xml version="1.0" encoding="UTF-8"?>
                <ecore:EPackage xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="p"
                    xsi:schemaLocation="http://www.eclipse.org/emf/2002/Ecore pipe.xsd"/>
                """);
        ModelLoadException e = refused(sealed(), file, Problem.EXTERNAL_REFERENCE, 4);
        assertTrue(e.getMessage().contains("pipe.xsd"), e.getMessage());
    }

    @Test
    void registeredPackageReferencesStillLoad() throws Exception {
        Path file = ecoreFile("registered.ecore", EcorePackage.eNS_URI,
                "eSuperTypes=\"http://www.eclipse.org/emf/2002/Ecore#//EModelElement\"/>");
        Resource resource = ModelFiles.load(sealed(), file);
        EClass a = (EClass) ((EPackage) resource.getContents().get(0)).getEClassifiers().get(0);
        assertSame(EcorePackage.Literals.EMODEL_ELEMENT, a.getESuperTypes().get(0));
    }

    @Test
    void sealedSetNeverDemandLoads() throws Exception {
        Path pipe = fifo(folder.resolve("pipe.ecore"));
        Path other = doctypeFile("other.ecore");
        ResourceSet set = sealed();
        assertTimeoutPreemptively(NO_HANG, () -> {
            assertNull(set.getResource(URI.createFileURI(pipe.toString()), true));
            assertNull(set.getResource(URI.createFileURI(other.toString()), true));
            assertNull(set.getEObject(URI.createFileURI(other.toString()).appendFragment("//B"), true));
            assertTrue(set.getResources().isEmpty(), "nothing was created");

            // A model built in memory with a proxy to a FIFO: resolving it (as any late access would) does nothing.
            Resource resource = set.createResource(URI.createFileURI(folder.resolve("m.ecore").toString()));
            EPackage pkg = EcoreFactory.eINSTANCE.createEPackage();
            EClass a = EcoreFactory.eINSTANCE.createEClass();
            EClass proxy = EcoreFactory.eINSTANCE.createEClass();
            ((InternalEObject) proxy).eSetProxyURI(URI.createFileURI(pipe.toString()).appendFragment("//B"));
            a.getESuperTypes().add(proxy);
            pkg.getEClassifiers().add(a);
            resource.getContents().add(pkg);
            EcoreUtil.resolveAll(set);
            assertTrue(a.getESuperTypes().get(0).eIsProxy(), "the proxy stays a proxy");
            assertEquals(1, set.getResources().size());

            Resource byUri = set.createResource(URI.createFileURI(other.toString()));
            assertThrows(IOException.class, () -> byUri.load(null), "EMF opens no URI itself");
        });
        assertThrows(UnsupportedOperationException.class, () -> set.setURIConverter(new ResourceSetImpl()
                .getURIConverter()));
        assertThrows(UnsupportedOperationException.class, () -> set.setPackageRegistry(EPackage.Registry.INSTANCE));
    }

    @Test
    void unsealedSetIsRefused() throws Exception {
        Path file = ecoreFile("plain.ecore", EcorePackage.eNS_URI, "/>");
        assertThrows(IllegalArgumentException.class, () -> ModelFiles.load(new ResourceSetImpl(), file));
        assertFalse(ModelFiles.load(sealed(), file).getContents().isEmpty());
    }
}
