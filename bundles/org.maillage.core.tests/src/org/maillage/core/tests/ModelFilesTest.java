/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.persistence.AtomicFileWriter;
import org.maillage.core.persistence.ModelFiles;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.core.persistence.SealedResourceSet;
import org.maillage.core.persistence.ModelLoadException.Problem;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: EMF works inside OSGi through {@link ModelFiles}: a model saved then loaded is equal to the
 * original; a second save keeps a backup of the first; a DOCTYPE (external entity or entity expansion) and a
 * truncated file are refused with a French message naming the file and the line, and leave the resource set as it
 * was; a valid file nested deeper than newer JDKs' default limit loads; a missing file is reported; an unknown
 * encoding and a NUL character are reported in French, naming the file.
 */
@ExtendWith(FrenchLocale.class)
class ModelFilesTest {

    @TempDir
    Path folder;


    /** An Ecore model is a convenient EMF model that needs no generated code: a package with two classes. */
    private static EPackage sampleModel() {
        EPackage pkg = EcoreFactory.eINSTANCE.createEPackage();
        pkg.setName("territoire");
        pkg.setNsPrefix("territoire");
        pkg.setNsURI("urn:maillage:test:territoire");
        EClass commune = EcoreFactory.eINSTANCE.createEClass();
        commune.setName("Commune");
        EClass epci = EcoreFactory.eINSTANCE.createEClass();
        epci.setName("Epci");
        commune.getESuperTypes().add(epci);
        pkg.getEClassifiers().add(commune);
        pkg.getEClassifiers().add(epci);
        return pkg;
    }

    private static ResourceSet resourceSet() {
        ResourceSet set = new SealedResourceSet(EcorePackage.eINSTANCE);
        return set;
    }

    @Test
    void savedModelLoadsBackEqual() throws Exception {
        Path file = folder.resolve("territoire.ecore");
        EPackage original = sampleModel();
        Resource resource = resourceSet().createResource(org.eclipse.emf.common.util.URI.createFileURI(
                file.toString()));
        resource.getContents().add(original);
        ModelFiles.save(resource, file);

        Resource loaded = ModelFiles.load(resourceSet(), file);
        EObject root = loaded.getContents().get(0);
        assertTrue(EcoreUtil.equals(original, root), "the loaded model equals the saved one");
        assertEquals("Commune", ((EPackage) root).getEClassifiers().get(0).getName());
    }

    @Test
    void secondSaveKeepsBackupOfFirst() throws Exception {
        Path file = folder.resolve("territoire.ecore");
        EPackage model = sampleModel();
        Resource resource = resourceSet().createResource(org.eclipse.emf.common.util.URI.createFileURI(
                file.toString()));
        resource.getContents().add(model);
        ModelFiles.save(resource, file);
        String first = Files.readString(file);
        model.setName("territoire2");
        ModelFiles.save(resource, file);

        assertEquals(first, Files.readString(AtomicFileWriter.backupOf(file)));
        assertTrue(Files.readString(file).contains("territoire2"));
        try (var files = Files.list(folder)) {
            assertEquals(2, files.count(), "only the file and its backup remain, no temporary file");
        }
    }

    @Test
    void doctypeIsRefusedWithoutReadingEntities() throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "confidentiel");
        Path file = folder.resolve("hostile.ecore");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE x [<!ENTITY xxe SYSTEM "%s">]>
                <ecore:EPackage xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="&xxe;"/>
                """.formatted(secret.toUri()), StandardCharsets.UTF_8);
        ResourceSet set = resourceSet();

        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(set, file));
        assertEquals(Problem.DOCTYPE_REFUSED, e.getProblem());
        assertTrue(e.getMessage().contains("hostile.ecore"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(e.getMessage().contains("refusée"), "message in French: " + e.getMessage());
        assertTrue(set.getResources().isEmpty(), "a failed load leaves nothing in the resource set");
    }

    @Test
    void truncatedFileNamesFileAndLine() throws IOException {
        Path file = folder.resolve("tronque.ecore");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <ecore:EPackage xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="a">
                  <eClassifiers xsi:type="ecore:EClass" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                """);
        byte[] before = Files.readAllBytes(file);

        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(resourceSet(), file));
        assertEquals(Problem.MALFORMED, e.getProblem());
        assertTrue(e.getLine() > 0, "the line is known");
        assertTrue(e.getMessage().contains("tronque.ecore, ligne " + e.getLine()), e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "a failed load changes nothing");
    }

    /**
     * JDK 24 lowered the default maximum element depth to 100: valid deep models must still load, because the
     * limits are set explicitly.
     */
    @Test
    void deeplyNestedValidFileLoads() throws Exception {
        EPackage root = sampleModel();
        EPackage current = root;
        for (int depth = 0; depth < 150; depth++) {
            EPackage sub = EcoreFactory.eINSTANCE.createEPackage();
            sub.setName("niveau" + depth);
            current.getESubpackages().add(sub);
            current = sub;
        }
        Path file = folder.resolve("profond.ecore");
        Resource resource = resourceSet().createResource(org.eclipse.emf.common.util.URI.createFileURI(
                file.toString()));
        resource.getContents().add(root);
        ModelFiles.save(resource, file);

        Resource loaded = ModelFiles.load(resourceSet(), file);
        assertTrue(EcoreUtil.equals(root, loaded.getContents().get(0)), "all 150 levels are back");
    }

    @Test
    void entityExpansionIsRefused() throws IOException {
        Path file = folder.resolve("milliard.ecore");
        Files.writeString(file, """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <ecore:EPackage xmlns:ecore="http://www.eclipse.org/emf/2002/Ecore" name="&lol3;"/>
                """);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(resourceSet(), file));
        assertEquals(Problem.DOCTYPE_REFUSED, e.getProblem());
    }

    @Test
    void missingFileIsReported() {
        Path file = folder.resolve("absent.ecore");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(resourceSet(), file));
        assertEquals(Problem.NOT_READABLE, e.getProblem());
        assertTrue(e.getMessage().contains("n'existe pas"), e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void unknownEncodingIsReportedInFrench() throws IOException {
        Path file = folder.resolve("encodage.ecore");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"x-inconnu-42\"?>\n<ecore:EPackage "
                + "xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"p\"/>\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(resourceSet(), file));
        assertTrue(e.getMessage().contains("encodage.ecore"), e.getMessage());
        assertTrue(e.getMessage().contains("encodage « x-inconnu-42 »"), e.getMessage());
    }

    @Test
    void nulCharacterIsReportedInFrench() throws IOException {
        Path file = folder.resolve("nul.ecore");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ecore:EPackage "
                + "xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"p\u0000q\"/>\n");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(resourceSet(), file));
        assertTrue(e.getMessage().contains("nul.ecore, ligne 2"), e.getMessage());
        assertTrue(e.getMessage().contains("caractère"), e.getMessage());
    }
}
