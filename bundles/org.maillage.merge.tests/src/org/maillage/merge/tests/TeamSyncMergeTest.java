/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.examples.Examples;
import org.maillage.merge.Conflicts;
import org.maillage.merge.ModelMerge;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.team.Author;
import org.maillage.team.FileMerger;
import org.maillage.team.SyncResult;
import org.maillage.team.TeamRepository;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: two colleagues' clones of a roadmap shared through a bare repository on a "shared drive",
 * synchronised with the model merge the workbench uses (Fichier &gt; Équipe &gt; Synchroniser): Alice renames one
 * chantier, Bruno another, both record a version and synchronise; both clones end with both renames, nothing lost.
 * Then both rename the same chantier two ways: the synchronisation reports the roadmap in conflict, the file keeps
 * Bruno's name (his side) and a conflict record with Alice's, loadable, and Alice gets the same file on her next
 * synchronisation.
 */
@ExtendWith(FrenchLocale.class)
class TeamSyncMergeTest {

    private static final Author ALICE = new Author("Alice Martin", "alice@ars.example");
    private static final Author BRUNO = new Author("Bruno Petit", "bruno@ars.example");
    /** What the workbench's Synchroniser uses (team.ui TeamSettings.merger()). */
    private static final FileMerger MERGER = (base, ours, theirs, out) -> ModelMerge.mergeFiles(base, ours, theirs,
            out).isClean();

    @TempDir
    Path temp;

    @Test
    void colleaguesEditsMergeThroughGitAndConflictsKeepBothSides() throws Exception {
        Path remote = temp.resolve("partage").resolve("eure.git");
        Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
        Path aliceFolder = Files.createDirectories(temp.resolve("alice"));
        Path aliceFile = Examples.eure().copyTo(aliceFolder);
        try (TeamRepository alice = TeamRepository.share(aliceFolder, ALICE)) {
            alice.setRemote(remote.toString());
            alice.synchronise(MERGER, ALICE, null, null);
            try (TeamRepository bruno = TeamRepository.cloneFrom(remote.toString(), temp.resolve("bruno"), null,
                    null)) {
                Path brunoFile = bruno.getWorkTree().resolve(aliceFile.getFileName());

                rename(aliceFile, 0, "Renommé par Alice");
                alice.commit("Chantier 1", ALICE);
                alice.synchronise(MERGER, ALICE, null, null);
                rename(brunoFile, 1, "Renommé par Bruno");
                bruno.commit("Chantier 2", BRUNO);
                SyncResult merged = bruno.synchronise(MERGER, BRUNO, null, null);
                assertEquals(SyncResult.Outcome.MERGED, merged.outcome());
                assertEquals(List.of(), merged.modelConflicts());
                alice.synchronise(MERGER, ALICE, null, null);
                for (Path file : List.of(aliceFile, brunoFile)) {
                    ModeleMaillage model = MaillageFiles.load(file);
                    assertEquals("Renommé par Alice", chantier(model, 0), file.toString());
                    assertEquals("Renommé par Bruno", chantier(model, 1), file.toString());
                }

                rename(aliceFile, 2, "Nom d'Alice");
                alice.commit("Chantier 3 par Alice", ALICE);
                alice.synchronise(MERGER, ALICE, null, null);
                rename(brunoFile, 2, "Nom de Bruno");
                bruno.commit("Chantier 3 par Bruno", BRUNO);
                SyncResult conflicting = bruno.synchronise(MERGER, BRUNO, null, null);
                assertEquals(List.of(aliceFile.getFileName().toString()), conflicting.modelConflicts());
                ModeleMaillage withConflict = MaillageFiles.load(brunoFile);
                assertEquals("Nom de Bruno", chantier(withConflict, 2));
                assertEquals("Nom d'Alice", Conflicts.of(withConflict.eResource()).get(0).getValeurEux());
                alice.synchronise(MERGER, ALICE, null, null);
                assertTrue(Files.mismatch(aliceFile, brunoFile) < 0, "Alice has the merged file too");
            }
        }
    }

    private static String chantier(ModeleMaillage model, int index) {
        return model.getFeuillesDeRoute().get(0).getChantiers().get(index).getNom();
    }

    private static void rename(Path file, int index, String name) throws Exception {
        ModeleMaillage model = MaillageFiles.load(file);
        model.getFeuillesDeRoute().get(0).getChantiers().get(index).setNom(name);
        MaillageFiles.save(model, file);
    }
}
