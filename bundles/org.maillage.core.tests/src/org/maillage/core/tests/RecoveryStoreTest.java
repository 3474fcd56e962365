/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.persistence.RecoveryStore;

/**
 * Covered cases: a copy written for a file is listed with that file and its content; writing again replaces it
 * (one entry per file, the same id for the same path); a roadmap never saved gets its own entry without a file;
 * delete removes the entry and its backups; an entry whose info is missing or broken is never offered; the folder
 * is owner-only; ids that are not ours (path traversal) are refused; a home folder where ~/.maillage cannot be
 * created gives a French message naming the folder.
 */
class RecoveryStoreTest {

    @TempDir
    Path home;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void copyIsListedWithItsFileAndReplacedByTheNextOne() throws IOException {
        RecoveryStore store = new RecoveryStore(home.resolve("recuperation"));
        Path original = home.resolve("dossier").resolve("eure.maillage");
        String id = RecoveryStore.idOf(original);
        assertEquals(id, RecoveryStore.idOf(home.resolve("dossier/../dossier/eure.maillage")), "same file, same id");
        assertNotEquals(id, RecoveryStore.idOf(home.resolve("autre.maillage")));

        store.write(id, original, bytes("v1"));
        store.write(id, original, bytes("v2"));

        List<RecoveryStore.Copy> copies = store.list();
        assertEquals(1, copies.size(), "one entry per file");
        RecoveryStore.Copy copy = copies.get(0);
        assertEquals(id, copy.id());
        assertEquals(original.toAbsolutePath().normalize(), copy.original());
        assertArrayEquals(bytes("v2"), Files.readAllBytes(copy.content()));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.folder())));
    }

    @Test
    void untitledRoadmapHasItsOwnEntryWithoutFile() throws IOException {
        RecoveryStore store = new RecoveryStore(home);
        String first = RecoveryStore.newUntitledId();
        String second = RecoveryStore.newUntitledId();
        assertNotEquals(first, second);
        store.write(first, null, bytes("a"));
        store.write(second, null, bytes("b"));
        List<RecoveryStore.Copy> copies = store.list();
        assertEquals(2, copies.size());
        assertNull(copies.get(0).original());
    }

    @Test
    void deleteRemovesTheEntryAndItsBackups() throws IOException {
        RecoveryStore store = new RecoveryStore(home);
        Path original = home.resolve("eure.maillage");
        String id = RecoveryStore.idOf(original);
        store.write(id, original, bytes("v1"));
        store.write(id, original, bytes("v2"));
        store.delete(id);
        assertTrue(store.list().isEmpty());
        try (var files = Files.list(home)) {
            assertEquals(List.of(), files.toList(), "no file left behind");
        }
        store.delete(id);
    }

    @Test
    void incompleteOrBrokenEntriesAreNotOffered() throws IOException {
        RecoveryStore store = new RecoveryStore(home);
        store.write("abc", home.resolve("a.maillage"), bytes("a"));
        Files.delete(home.resolve("abc.properties"));
        store.write("def", home.resolve("d.maillage"), bytes("d"));
        Files.writeString(home.resolve("def.properties"), "written=pas-un-nombre\n");
        Files.writeString(home.resolve("ghi.properties"), "written=1\n");
        assertTrue(store.list().isEmpty(), "content without info, broken info, info without content");
    }

    @Test
    void foreignIdsAreRefused() {
        RecoveryStore store = new RecoveryStore(home);
        assertThrows(IllegalArgumentException.class, () -> store.write("../evil", null, bytes("x")));
        assertThrows(IllegalArgumentException.class, () -> store.delete("/etc/passwd"));
    }

    @Test
    void missingFolderListsNothing() throws IOException {
        assertTrue(new RecoveryStore(home.resolve("absent")).list().isEmpty());
    }

    @Test
    void unwritableHomeGivesAFrenchMessageNamingTheFolder() throws IOException {
        // A home that is a file cannot hold ~/.maillage, even for root (for whom every folder is writable).
        Path readOnlyHome = Files.writeString(home.resolve("maison"), "pas un dossier");
        String saved = System.getProperty("user.home");
        Locale locale = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            // Java reads user.home from the password file: the property is how a test moves it.
            System.setProperty("user.home", readOnlyHome.toString());
            RecoveryStore store = RecoveryStore.forUser();
            IOException e = assertThrows(IOException.class,
                    () -> store.write(RecoveryStore.newUntitledId(), null, new byte[] { 1 }));
            assertTrue(e.getMessage().contains(store.folder().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("dossier personnel"), e.getMessage());
        } finally {
            System.setProperty("user.home", saved);
            Locale.setDefault(locale);
        }
    }
}
