/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.persistence.AtomicFileWriter;

/**
 * Covered cases: a replaced file keeps its permissions (a shared roadmap stays readable by the group); writing
 * through a symbolic link updates the file it points to and keeps the link; a writer that fails leaves the
 * previous content, no backup change and no temporary file.
 */
class AtomicFileWriterTest {

    @TempDir
    Path folder;

    private static void write(Path file, String text) throws IOException {
        AtomicFileWriter.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
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
}
