/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.persistence.AtomicFileWriter;
import org.maillage.core.persistence.ModelFiles;
import org.maillage.core.persistence.SealedResourceSet;

/**
 * Covered cases: a real process saving a large model in a loop is killed (SIGKILL) at random moments, several
 * times; after each kill the file loads completely and holds one of the versions the process saved; the next
 * save removes the temporary file a killed save left behind.
 */
class AtomicSaveKillTest {

    private static final int KILLS = 6;

    @TempDir
    Path folder;

    @Test
    void killedSaveLeavesALoadableFile() throws Exception {
        Path file = folder.resolve("feuille-de-route.xmi");
        Random random = new Random(27);
        int lastSeen = 0;
        for (int round = 0; round < KILLS; round++) {
            Process child = startSaveLoop(file);
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String first = out.readLine();
                if (first == null || !first.startsWith("saved ")) {
                    child.destroyForcibly();
                    throw new AssertionError("the child did not save: " + first + " "
                            + Files.readString(file.resolveSibling("saveloop-errors.txt")));
                }
                // Land somewhere in a later save: writing, forcing to disk, copying the backup or renaming.
                Thread.sleep(random.nextInt(400));
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child died");
            }
            int version = loadedVersion(file);
            assertTrue(version >= 1, "round " + round + ": the file holds a version the child saved");
            lastSeen = version;
        }
        assertTrue(lastSeen >= 1);

        // A normal save afterwards cleans what killed saves left.
        ResourceSet set = resourceSet();
        var resource = ModelFiles.load(set, file);
        ModelFiles.save(resource, file);
        try (Stream<Path> files = Files.list(folder)) {
            // The file and its backups (older ones rotate: FILE.bak.1 ...), nothing else.
            List<String> expected = new java.util.ArrayList<>(List.of("feuille-de-route.xmi"));
            for (Path backup : AtomicFileWriter.backupsOf(file)) {
                if (Files.exists(backup)) {
                    expected.add(backup.getFileName().toString());
                }
            }
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("saveloop-errors.txt")).sorted().toList();
            assertEquals(expected.stream().sorted().toList(), names, "no temporary file remains");
        }
    }

    private static ResourceSet resourceSet() {
        ResourceSet set = new SealedResourceSet(EcorePackage.eINSTANCE);
        return set;
    }

    /** Loads the file fully (a truncated file fails here) and returns the version number in its name. */
    private static int loadedVersion(Path file) throws Exception {
        var resource = ModelFiles.load(resourceSet(), file);
        EPackage pkg = (EPackage) resource.getContents().get(0);
        assertEquals(30_000, pkg.getEClassifiers().size(), "every element is there");
        return Integer.parseInt(pkg.getName().substring(1));
    }

    private static Process startSaveLoop(Path file) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = Stream.of(org.eclipse.emf.common.util.URI.class, EPackage.class, XMIResource.class,
                ModelFiles.class, SaveLoop.class).map(AtomicSaveKillTest::codeLocation).distinct()
                .collect(Collectors.joining(File.pathSeparator));
        // Standard error goes to a file: an unread pipe could fill up and block the child.
        return new ProcessBuilder(java, "-cp", classpath, SaveLoop.class.getName(), file.toString())
                .redirectError(file.resolveSibling("saveloop-errors.txt").toFile()).start();
    }

    /** Where a class was loaded from: a jar, or a folder of classes, as the OSGi framework installed it. */
    private static String codeLocation(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path classes = location.resolve("target/classes");
            return Files.isDirectory(classes) ? classes.toString() : location.toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
