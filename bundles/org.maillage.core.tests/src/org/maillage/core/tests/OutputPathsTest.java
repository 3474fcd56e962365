/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.persistence.OutputPaths;
import org.maillage.core.persistence.OutputRefusedException;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: a new file, a new file in folders still to create and an existing other file are accepted; the
 * input itself, a symbolic link to it, a hard link to it, its backup and its diagram file are refused; a folder,
 * the character device /dev/null (only its type is read) and a FIFO are refused; a path below a regular file is
 * refused; an output folder that is a file is refused; every refusal is in French and names the output.
 */
@ExtendWith(FrenchLocale.class)
class OutputPathsTest {

    @TempDir
    Path folder;

    private Path input() throws IOException {
        return Files.writeString(folder.resolve("v.maillage"), "feuille de route");
    }

    private static OutputRefusedException refused(Path output, List<Path> inputs) {
        OutputRefusedException e = assertThrows(OutputRefusedException.class,
                () -> OutputPaths.checkFile(output, OutputPaths.protectedFilesOf(inputs)));
        assertTrue(e.getMessage().startsWith(output.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(" : "), "French punctuation: " + e.getMessage());
        return e;
    }

    @Test
    void newAndOtherFilesAreAccepted() throws IOException {
        Path input = input();
        List<Path> inputs = OutputPaths.protectedFilesOf(List.of(input));
        assertDoesNotThrow(() -> OutputPaths.checkFile(folder.resolve("rapport.pdf"), inputs));
        assertDoesNotThrow(() -> OutputPaths.checkFile(folder.resolve("a/b/rapport.pdf"), inputs));
        Path other = Files.writeString(folder.resolve("ancien.pdf"), "x");
        assertDoesNotThrow(() -> OutputPaths.checkFile(other, inputs));
        assertDoesNotThrow(() -> OutputPaths.checkFolder(folder.resolve("nouveau")));
        assertDoesNotThrow(() -> OutputPaths.checkFolder(folder));
    }

    @Test
    void theInputUnderAnyNameIsRefused() throws IOException {
        Path input = input();
        assertTrue(refused(input, List.of(input)).getMessage().contains("entrée"));
        refused(folder.resolve("sub/../v.maillage"), List.of(input));
        refused(Files.createSymbolicLink(folder.resolve("lien.pdf"), input), List.of(input));
        refused(Files.createLink(folder.resolve("physique.pdf"), input), List.of(input));
        Path backup = Files.writeString(folder.resolve("v.maillage.bak"), "ancienne");
        refused(backup, List.of(input));
        Path diagrams = Files.writeString(folder.resolve("v.maillagediag"), "positions");
        refused(diagrams, List.of(input));
    }

    @Test
    void foldersDevicesAndFifosAreRefused() throws Exception {
        Path input = input();
        assertTrue(refused(folder, List.of(input)).getMessage().contains("dossier"));
        Path devNull = Path.of("/dev/null");
        if (!Files.exists(devNull) || Files.isRegularFile(devNull)) {
            return; // not a Unix system: no device to try
        }
        assertTrue(refused(devNull, List.of(input)).getMessage().contains("fichier ordinaire"));
        Path fifo = folder.resolve("tube");
        if (mkfifo(fifo)) {
            refused(fifo, List.of(input));
        }
        refused(input.resolve("dessous.pdf"), List.of());
        OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> OutputPaths.checkFolder(input));
        assertTrue(e.getMessage().contains("n'est pas un dossier"), e.getMessage());
    }

    /** Java cannot create a FIFO; the system's mkfifo can, where there is one. */
    static boolean mkfifo(Path fifo) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
            return p.waitFor() == 0 && Files.exists(fifo);
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void refusalsNameTheOutput() throws IOException {
        Path input = input();
        OutputRefusedException e = refused(input, List.of(input));
        assertEquals(input, e.getPath());
    }
}
