/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.RepositoryState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * Covered cases: share a folder (first version, .gitignore of backups), record versions, history (id, author, date,
 * message) and content at a version; clone a bare repository on a "shared drive"; synchronise: push to an empty
 * remote, fast-forward, concurrent commits from two clones merged through the FileMerger (model files) with nothing
 * lost and both clones ending equal, model conflicts kept and reported, a non-model file changed both ways kept
 * both ways (FILE.distant); nothing lost on failure: uncommitted changes refused, a missing remote, a folder that is
 * not a repository, conflict markers from a plain text merge, a push refused because the remote moved meanwhile
 * (then the next synchronisation completes), a cancelled merge undone, a merge killed half-way finished by the next
 * synchronisation, a clone into a non-empty folder and a clone of a missing remote; French messages. A repository
 * just created on a shared drive (no branch yet) clones as an empty repository on main, whose first
 * version and synchronisation send the roadmap, which a colleague's clone then gets.
 */
class TeamRepositoryTest {

    private static final Author ALICE = new Author("Alice Martin", "alice@ars.example");
    private static final Author BRUNO = new Author("Bruno Petit", "bruno@ars.example");

    @TempDir
    Path temp;

    private Locale previous;
    private final List<TeamRepository> opened = new ArrayList<>();

    @BeforeEach
    void french() {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE);
    }

    @AfterEach
    void restore() {
        opened.forEach(TeamRepository::close);
        Locale.setDefault(previous);
    }

    /**
     * A stand-in for the model merge: a "model" is lines {@code uuid=value}; changes to different uuids merge, the
     * same uuid changed two ways keeps both values ({@code uuid=ours|theirs}) and reports a conflict.
     */
    static final class LineMerger implements FileMerger {
        int calls;

        @Override
        public boolean merge(Path base, Path ours, Path theirs, Path out) throws IOException {
            calls++;
            Map<String, String> b = read(base);
            Map<String, String> o = read(ours);
            Map<String, String> t = read(theirs);
            TreeSet<String> keys = new TreeSet<>(o.keySet());
            keys.addAll(t.keySet());
            keys.addAll(b.keySet());
            boolean clean = true;
            StringBuilder merged = new StringBuilder();
            for (String key : keys) {
                String bv = b.get(key);
                String ov = o.get(key);
                String tv = t.get(key);
                String value;
                if (java.util.Objects.equals(ov, tv) || java.util.Objects.equals(bv, tv)) {
                    value = ov;
                } else if (java.util.Objects.equals(bv, ov)) {
                    value = tv;
                } else {
                    value = ov + "|" + tv;
                    clean = false;
                }
                if (value != null) {
                    merged.append(key).append('=').append(value).append('\n');
                }
            }
            Files.writeString(out, merged, StandardCharsets.UTF_8);
            return clean;
        }

        private static Map<String, String> read(Path file) throws IOException {
            Map<String, String> values = new TreeMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return values;
        }
    }

    private final LineMerger merger = new LineMerger();

    private TeamRepository track(TeamRepository repository) {
        opened.add(repository);
        return repository;
    }

    private Path bareRemote(String name) throws Exception {
        Path bare = temp.resolve("partage").resolve(name);
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        return bare;
    }

    /** A roadmap folder shared and pushed to a new bare repository; returns the remote. */
    private Path sharedRemote() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("origine"));
        Files.writeString(folder.resolve("eure.maillage"), "a=1\nb=1\nc=1\n");
        Files.writeString(folder.resolve("notes.txt"), "ligne\n");
        Path remote = bareRemote("eure.git");
        TeamRepository origin = track(TeamRepository.share(folder, ALICE));
        origin.setRemote(remote.toString());
        SyncResult first = origin.synchronise(merger, ALICE, null, null);
        assertTrue(first.pushed());
        return remote;
    }

    private TeamRepository cloneOf(Path remote, String name) throws IOException {
        return track(TeamRepository.cloneFrom(remote.toString(), temp.resolve(name), null, null));
    }

    private static void edit(TeamRepository repository, String file, String content) throws IOException {
        Files.writeString(repository.getWorkTree().resolve(file), content, StandardCharsets.UTF_8);
    }

    private static String read(TeamRepository repository, String file) throws IOException {
        return Files.readString(repository.getWorkTree().resolve(file), StandardCharsets.UTF_8);
    }

    /**
     * Alice records {@code aliceText} in {@code file} and sends it; Bruno records {@code brunoText} in his clone
     * without synchronising: the next synchronisation of Bruno merges.
     */
    private void diverge(TeamRepository alice, TeamRepository bruno, String file, String aliceText, String brunoText)
            throws IOException {
        edit(alice, file, aliceText);
        alice.commit("Alice", ALICE);
        alice.synchronise(merger, ALICE, null, null);
        edit(bruno, file, brunoText);
        bruno.commit("Bruno", BRUNO);
    }

    @Test
    void anEmptyRemoteClonesAndTheFirstSynchronisationFillsIt() throws Exception {
        Path remote = bareRemote("nouveau.git");
        TeamRepository first = cloneOf(remote, "premier");
        assertTrue(first.history(first.getWorkTree().resolve("eure.maillage")).isEmpty());
        edit(first, "eure.maillage", "a=1\n");
        first.commit("Première version", ALICE);
        assertTrue(first.synchronise(merger, ALICE, null, null).pushed());
        TeamRepository second = cloneOf(remote, "second");
        assertEquals("a=1\n", Files.readString(second.getWorkTree().resolve("eure.maillage")));
    }

    @Test
    void shareRecordsAFirstVersionAndHistoryListsVersions() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("feuille"));
        Path roadmap = Files.writeString(folder.resolve("eure.maillage"), "a=1\n");
        TeamRepository repository = track(TeamRepository.share(folder, ALICE));
        assertTrue(repository.uncommittedChanges().isEmpty(), "everything is in the first version");
        assertTrue(Files.readString(folder.resolve(".gitignore")).contains("*.bak"));

        Files.writeString(roadmap, "a=2\n");
        Files.writeString(folder.resolve("eure.maillage.bak"), "a=1\n");
        String id = repository.commit("Chantier 1 : avancement", BRUNO).orElseThrow();
        assertTrue(repository.commit("rien", BRUNO).isEmpty(), "nothing changed: no empty version");
        assertTrue(repository.uncommittedChanges().isEmpty(), "the atomic save's backup is ignored");

        List<Version> versions = repository.history(roadmap);
        assertEquals(2, versions.size());
        assertEquals(id, versions.get(0).id());
        assertEquals("Bruno Petit", versions.get(0).author());
        assertEquals("bruno@ars.example", versions.get(0).email());
        assertEquals("Chantier 1 : avancement", versions.get(0).message());
        assertEquals("Partage de la feuille de route", versions.get(1).message());
        assertFalse(versions.get(0).date().isBefore(versions.get(1).date()));
        assertEquals("a=1\n", new String(repository.contentAt(roadmap, versions.get(1).id()), StandardCharsets.UTF_8));
        assertEquals("a=2\n", new String(repository.contentAt(roadmap, id), StandardCharsets.UTF_8));

        TeamException absent = assertThrows(TeamException.class,
                () -> repository.contentAt(folder.resolve("autre.maillage"), id));
        assertEquals(TeamException.Kind.NOT_IN_VERSION, absent.getKind());
        TeamException again = assertThrows(TeamException.class, () -> TeamRepository.share(folder, ALICE));
        assertEquals(TeamException.Kind.ALREADY_SHARED, again.getKind());
    }

    @Test
    void concurrentCommitsFromTwoClonesMergeWithoutLoss() throws Exception {
        Path remote = sharedRemote();
        TeamRepository alice = cloneOf(remote, "alice");
        TeamRepository bruno = cloneOf(remote, "bruno");
        assertEquals("a=1\nb=1\nc=1\n", read(bruno, "eure.maillage"));

        edit(alice, "eure.maillage", "a=2\nb=1\nc=1\n");
        alice.commit("a par Alice", ALICE);
        edit(bruno, "eure.maillage", "a=1\nb=1\nc=3\nd=3\n");
        bruno.commit("c et d par Bruno", BRUNO);

        SyncResult first = alice.synchronise(merger, ALICE, null, new NullProgressMonitor());
        assertEquals(SyncResult.Outcome.UP_TO_DATE, first.outcome());
        assertTrue(first.pushed());

        SyncResult second = bruno.synchronise(merger, BRUNO, null, new NullProgressMonitor());
        assertEquals(SyncResult.Outcome.MERGED, second.outcome());
        assertTrue(second.pushed());
        assertFalse(second.hasConflicts());
        assertEquals(1, merger.calls, "the model file went through the FileMerger");
        assertEquals("a=2\nb=1\nc=3\nd=3\n", read(bruno, "eure.maillage"));

        SyncResult third = alice.synchronise(merger, ALICE, null, null);
        assertEquals(SyncResult.Outcome.FAST_FORWARD, third.outcome());
        assertFalse(third.pushed());
        assertEquals(read(bruno, "eure.maillage"), read(alice, "eure.maillage"));
        assertTrue(alice.uncommittedChanges().isEmpty());
        assertTrue(bruno.uncommittedChanges().isEmpty());
        List<String> messages = alice.history(alice.getWorkTree().resolve("eure.maillage")).stream()
                .map(Version::message).toList();
        assertTrue(messages.contains("a par Alice") && messages.contains("c et d par Bruno"), messages::toString);
    }

    @Test
    void conflictsKeepBothValuesAndBothFiles() throws Exception {
        Path remote = sharedRemote();
        TeamRepository alice = cloneOf(remote, "alice");
        TeamRepository bruno = cloneOf(remote, "bruno");
        edit(alice, "eure.maillage", "a=alice\nb=1\nc=1\n");
        edit(alice, "notes.txt", "version d'Alice\n");
        alice.commit("Alice", ALICE);
        alice.synchronise(merger, ALICE, null, null);
        edit(bruno, "eure.maillage", "a=bruno\nb=1\nc=1\n");
        edit(bruno, "notes.txt", "version de Bruno\n");
        bruno.commit("Bruno", BRUNO);

        SyncResult result = bruno.synchronise(merger, BRUNO, null, null);
        assertEquals(List.of("eure.maillage"), result.modelConflicts());
        assertEquals(List.of("notes.txt"), result.keptBoth());
        assertTrue(result.pushed());
        assertEquals("a=bruno|alice\nb=1\nc=1\n", read(bruno, "eure.maillage"));
        assertEquals("version de Bruno\n", read(bruno, "notes.txt"));
        assertEquals("version d'Alice\n", read(bruno, "notes.txt" + TeamRepository.THEIRS_SUFFIX));
        assertTrue(bruno.uncommittedChanges().isEmpty(), "the merge version holds everything");
    }

    @Test
    void uncommittedChangesAreRefusedAndKept() throws Exception {
        Path remote = sharedRemote();
        TeamRepository alice = cloneOf(remote, "alice");
        edit(alice, "eure.maillage", "a=non enregistré\n");
        TeamException refused = assertThrows(TeamException.class,
                () -> alice.synchronise(merger, ALICE, null, null));
        assertEquals(TeamException.Kind.UNCOMMITTED_CHANGES, refused.getKind());
        assertTrue(refused.getMessage().contains("enregistrez une version"), refused.getMessage());
        assertEquals("a=non enregistré\n", read(alice, "eure.maillage"));
    }

    @Test
    void aMissingRemoteChangesNothing() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("seul"));
        Files.writeString(folder.resolve("eure.maillage"), "a=1\n");
        TeamRepository repository = track(TeamRepository.share(folder, ALICE));
        TeamException none = assertThrows(TeamException.class,
                () -> repository.synchronise(merger, ALICE, null, null));
        assertEquals(TeamException.Kind.NO_REMOTE, none.getKind());

        repository.setRemote(temp.resolve("lecteur-absent/eure.git").toString());
        TeamException unreachable = assertThrows(TeamException.class,
                () -> repository.synchronise(merger, ALICE, null, null));
        assertEquals(TeamException.Kind.REMOTE_UNREACHABLE, unreachable.getKind());
        assertTrue(unreachable.getMessage().contains("injoignable"), unreachable.getMessage());
        assertEquals("a=1\n", Files.readString(folder.resolve("eure.maillage")));
        assertTrue(repository.uncommittedChanges().isEmpty());
    }

    @Test
    void aFolderThatIsNotARepositoryIsNamed() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("pas-un-depot"));
        TeamException refused = assertThrows(TeamException.class, () -> TeamRepository.open(folder));
        assertEquals(TeamException.Kind.NOT_A_REPOSITORY, refused.getKind());
        assertTrue(refused.getMessage().contains("n'est dans aucun dépôt Git"), refused.getMessage());
        assertTrue(refused.getMessage().contains(folder.toString()), refused.getMessage());
        Path bare = bareRemote("nu.git");
        assertEquals(TeamException.Kind.NOT_A_REPOSITORY,
                assertThrows(TeamException.class, () -> TeamRepository.open(bare)).getKind());
    }

    @Test
    void conflictMarkersAreRefusedBeforeRecordingOrSynchronising() throws Exception {
        Path remote = sharedRemote();
        TeamRepository alice = cloneOf(remote, "alice");
        edit(alice, "eure.maillage", "a=1\n<<<<<<< HEAD\nb=2\n=======\nb=3\n>>>>>>> autre\n");
        TeamException commit = assertThrows(TeamException.class, () -> alice.commit("cassé", ALICE));
        assertEquals(TeamException.Kind.CONFLICT_MARKERS, commit.getKind());
        assertTrue(commit.getMessage().contains("eure.maillage") && commit.getMessage().contains("ligne 2"),
                commit.getMessage());
        assertEquals(1, alice.history(alice.getWorkTree().resolve("eure.maillage")).size(), "nothing recorded");
        assertThrows(TeamException.class, () -> alice.synchronise(merger, ALICE, null, null));
    }

    @Test
    void aPushRefusedBecauseTheRemoteMovedKeepsTheMergeAndTheNextSyncCompletes() throws Exception {
        Path remote = sharedRemote();
        TeamRepository alice = cloneOf(remote, "alice");
        TeamRepository bruno = cloneOf(remote, "bruno");
        TeamRepository chloe = cloneOf(remote, "chloe");
        diverge(alice, bruno, "eure.maillage", "a=2\nb=1\nc=1\n", "a=1\nb=2\nc=1\n");
        // While Bruno merges, Chloé sends a version: Bruno's push is then refused by the remote.
        FileMerger racing = (base, ours, theirs, out) -> {
            edit(chloe, "eure.maillage", "a=1\nb=1\nc=3\n");
            chloe.commit("Chloé", ALICE);
            chloe.synchronise(merger, ALICE, null, null);
            return merger.merge(base, ours, theirs, out);
        };
        TeamException refused = assertThrows(TeamException.class,
                () -> bruno.synchronise(racing, BRUNO, null, null));
        assertEquals(TeamException.Kind.PUSH_REFUSED, refused.getKind());
        assertTrue(refused.getMessage().contains("synchronisez à nouveau"), refused.getMessage());
        assertTrue(bruno.uncommittedChanges().isEmpty());
        assertEquals("a=2\nb=2\nc=1\n", read(bruno, "eure.maillage"), "the merge is kept locally");

        SyncResult again = bruno.synchronise(merger, BRUNO, null, null);
        assertTrue(again.pushed());
        assertEquals("a=2\nb=2\nc=3\n", read(bruno, "eure.maillage"));
        alice.synchronise(merger, ALICE, null, null);
        assertEquals("a=2\nb=2\nc=3\n", read(alice, "eure.maillage"));
    }

    @Test
    void aCancelledMergeIsUndone() throws Exception {
        Path remote = sharedRemote();
        TeamRepository alice = cloneOf(remote, "alice");
        TeamRepository bruno = cloneOf(remote, "bruno");
        diverge(alice, bruno, "eure.maillage", "a=2\nb=1\nc=1\n", "a=1\nb=2\nc=1\n");
        String before = read(bruno, "eure.maillage");
        NullProgressMonitor monitor = new NullProgressMonitor();
        FileMerger cancelling = (base, ours, theirs, out) -> {
            monitor.setCanceled(true);
            return merger.merge(base, ours, theirs, out);
        };
        assertThrows(OperationCanceledException.class, () -> bruno.synchronise(cancelling, BRUNO, null, monitor));
        assertEquals(before, read(bruno, "eure.maillage"));
        assertTrue(bruno.uncommittedChanges().isEmpty());
        assertTrue(bruno.synchronise(merger, BRUNO, null, null).pushed());
        assertEquals("a=2\nb=2\nc=1\n", read(bruno, "eure.maillage"));
    }

    @Test
    void aMergeKilledHalfWayIsFinishedByTheNextSync() throws Exception {
        Path remote = sharedRemote();
        TeamRepository alice = cloneOf(remote, "alice");
        TeamRepository bruno = cloneOf(remote, "bruno");
        diverge(alice, bruno, "notes.txt", "Alice\n", "Bruno\n");
        // What a process killed inside the merge leaves: MERGING, with Git's text markers in the file.
        try (Git git = Git.open(bruno.getWorkTree().toFile())) {
            git.fetch().call();
            git.merge().include(git.getRepository().resolve("refs/remotes/origin/main")).setCommit(false).call();
            assertEquals(RepositoryState.MERGING, git.getRepository().getRepositoryState());
        }
        SyncResult result = bruno.synchronise(merger, BRUNO, null, null);
        assertEquals(List.of("notes.txt"), result.keptBoth());
        assertEquals("Bruno\n", read(bruno, "notes.txt"));
        assertEquals("Alice\n", read(bruno, "notes.txt" + TeamRepository.THEIRS_SUFFIX));
        try (Git git = Git.open(bruno.getWorkTree().toFile())) {
            assertEquals(RepositoryState.SAFE, git.getRepository().getRepositoryState());
            assertNotNull(git.getRepository().resolve(Constants.HEAD));
        }
    }

    @Test
    void cloneRefusesANonEmptyFolderAndLeavesNothingOfAFailedClone() throws Exception {
        Path full = Files.createDirectories(temp.resolve("plein"));
        Files.writeString(full.resolve("mien.txt"), "à moi");
        TeamException notEmpty = assertThrows(TeamException.class,
                () -> TeamRepository.cloneFrom(bareRemote("x.git").toString(), full, null, null));
        assertEquals(TeamException.Kind.FOLDER_NOT_EMPTY, notEmpty.getKind());
        assertEquals("à moi", Files.readString(full.resolve("mien.txt")));

        Path target = temp.resolve("nouveau");
        TeamException missing = assertThrows(TeamException.class,
                () -> TeamRepository.cloneFrom(temp.resolve("absent.git").toString(), target, null, null));
        assertEquals(TeamException.Kind.REMOTE_UNREACHABLE, missing.getKind());
        assertFalse(Files.exists(target), "a failed clone leaves no folder");
    }
}
