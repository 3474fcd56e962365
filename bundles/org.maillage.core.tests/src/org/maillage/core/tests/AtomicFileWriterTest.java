/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.persistence.AtomicFileWriter;
import org.maillage.core.persistence.LocalizedIOException;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: a new file gets the permissions the system gives any new file in its folder (umask applied),
 * not owner-only, and so does its backup after a second save (POSIX file systems only, by assumption); a replaced
 * file keeps its permissions (a shared roadmap stays readable by the group); writing
 * through a symbolic link updates the file it points to and keeps the link; a writer that fails leaves the
 * previous content, no backup change and no temporary file; a device (/dev/null, only its type is read), a FIFO
 * and a folder are refused before anything is written, with a French message; an existing backup with other
 * content rotates to FILE.bak.1 ... instead of being lost, up to a bounded count; two threads saving the same
 * file at once leave one whole version, no temporary file, and any loser gets a French message.
 */
@ExtendWith(FrenchLocale.class)
class AtomicFileWriterTest {

    @TempDir
    Path folder;

    private static void write(Path file, String text) throws IOException {
        AtomicFileWriter.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void newFileGetsTheUsualPermissions() throws IOException {
        assumeTrue(Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null,
                "POSIX permissions only");
        // What the system gives any program's new file here: rw for everyone filtered by the umask.
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(folder.resolve("témoin")));
        Path file = folder.resolve("nouveau.maillage");
        write(file, "v1");
        assertEquals(PosixFilePermissions.toString(usual),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        write(file, "v2");
        assertEquals(PosixFilePermissions.toString(usual), PosixFilePermissions.toString(
                Files.getPosixFilePermissions(AtomicFileWriter.backupOf(file))));
        assertEquals(PosixFilePermissions.toString(usual),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void replacedFileKeepsItsPermissions() throws IOException {
        Path file = folder.resolve("partage.maillage");
        write(file, "v1");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        write(file, "v2");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("v2", Files.readString(file));
    }

    @Test
    void writingThroughALinkUpdatesItsTarget() throws IOException {
        Path real = folder.resolve("vrai.maillage");
        write(real, "v1");
        Path link = Files.createSymbolicLink(folder.resolve("lien.maillage"), real);
        write(link, "v2");
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("v2", Files.readString(real));
        assertEquals("v1", Files.readString(AtomicFileWriter.backupOf(real)));
    }

    @Test
    void failingWriterChangesNothing() throws IOException {
        Path file = folder.resolve("feuille.maillage");
        write(file, "v1");
        write(file, "v2");
        assertThrows(IOException.class, () -> AtomicFileWriter.write(file, out -> {
            out.write("début".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disque plein");
        }));
        assertEquals("v2", Files.readString(file));
        assertEquals("v1", Files.readString(AtomicFileWriter.backupOf(file)));
        try (var files = Files.list(folder)) {
            assertEquals(2, files.count(), "no temporary file remains");
        }
    }

    @Test
    void devicesFifosAndFoldersAreRefused() throws Exception {
        Path devNull = Path.of("/dev/null");
        if (!Files.exists(devNull) || Files.isRegularFile(devNull)) {
            return; // not a Unix system: no device to try
        }
        // Nothing reaches the device: the writer would fail the test if it were called.
        LocalizedIOException e = assertThrows(LocalizedIOException.class,
                () -> AtomicFileWriter.write(devNull, out -> { throw new AssertionError("written to a device"); }));
        assertTrue(e.getMessage().contains("/dev/null") && e.getMessage().contains("fichier ordinaire"),
                e.getMessage());
        Path fifo = folder.resolve("tube");
        if (OutputPathsTest.mkfifo(fifo)) {
            assertThrows(LocalizedIOException.class, () -> write(fifo, "x"));
            assertFalse(Files.exists(AtomicFileWriter.backupOf(fifo)), "nothing copied from a FIFO");
        }
        Path sub = Files.createDirectory(folder.resolve("dossier"));
        e = assertThrows(LocalizedIOException.class, () -> write(sub, "x"));
        assertTrue(e.getMessage().contains("dossier"), e.getMessage());
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(p -> !p.equals(fifo) && !p.equals(sub)).toList(),
                    "no backup, no temporary file");
        }
    }

    @Test
    void olderBackupsRotateInsteadOfBeingLost() throws IOException {
        Path file = folder.resolve("feuille.maillage");
        for (int i = 1; i <= 7; i++) {
            write(file, "v" + i);
        }
        List<Path> backups = AtomicFileWriter.backupsOf(file);
        assertEquals(1 + AtomicFileWriter.OLDER_BACKUPS, backups.size());
        assertEquals("v7", Files.readString(file));
        assertEquals("v6", Files.readString(backups.get(0)));
        assertEquals("v5", Files.readString(backups.get(1)));
        assertEquals("v4", Files.readString(backups.get(2)));
        assertEquals("v3", Files.readString(backups.get(3)));
        try (var files = Files.list(folder)) {
            assertEquals(5, files.count(), "bounded: the file and four backups");
        }
        // Saving the same content again does not push a backup out.
        write(file, "v7");
        assertEquals("v7", Files.readString(backups.get(0)));
        write(file, "v8");
        assertEquals("v7", Files.readString(backups.get(0)));
        assertEquals("v6", Files.readString(backups.get(1)));
    }

    @Test
    void concurrentSavesLeaveOneWholeVersion() throws Exception {
        Path file = folder.resolve("partagee.maillage");
        write(file, "initial");
        String a = "A".repeat(200_000);
        String b = "B".repeat(300_000);
        List<String> failures = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 30; round++) {
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<?>> saves = new ArrayList<>();
                    for (String content : List.of(a, b)) {
                        saves.add(pool.submit(() -> {
                            start.await();
                            write(file, content);
                            return null;
                        }));
                    }
                    start.countDown();
                    for (Future<?> save : saves) {
                        try {
                            save.get();
                        } catch (java.util.concurrent.ExecutionException e) {
                            assertTrue(e.getCause() instanceof LocalizedIOException, String.valueOf(e.getCause()));
                            failures.add(e.getCause().getMessage());
                        }
                    }
                    String now = Files.readString(file);
                    assertTrue(now.equals(a) || now.equals(b), "a whole version, round " + round);
                }
            } finally {
                pool.shutdownNow();
            }
        });
        for (String failure : failures) {
            assertTrue(failure.contains("partagee.maillage") && failure.contains("enregistré par ailleurs"),
                    failure);
        }
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
                    "no temporary file remains");
        }
    }
}
