/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;

/** What the network remote tests share: a bare repository seeded with a roadmap, and checks that nothing is lost. */
final class RemoteFixture {

    static final Author ALICE = new Author("Alice Martin", "alice@ars.example");
    static final Author BRUNO = new Author("Bruno Petit", "bruno@ars.example");
    static final String ROADMAP = "eure.maillage";

    private RemoteFixture() {
    }

    /**
     * A bare repository {@code root/name} holding a first version of a roadmap, pushed from a local clone through a
     * plain path, plus {@code padding} bytes of incompressible data so that packs are large enough to be cut
     * half-way.
     */
    static Path seed(Path root, String name, Path scratch, int padding) throws Exception {
        Path bare = root.resolve(name);
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        Path folder = Files.createDirectories(scratch.resolve("origine-" + name));
        Files.writeString(folder.resolve(ROADMAP), "a=1\nb=1\nc=1\n");
        if (padding > 0) {
            writeNoise(folder.resolve("annexe.bin"), padding, 16);
        }
        try (TeamRepository origin = TeamRepository.share(folder, ALICE)) {
            origin.setRemote(bare.toString());
            assertTrue(origin.synchronise(new TeamRepositoryTest.LineMerger(), ALICE, null, null).pushed());
        }
        return bare;
    }

    /** Writes {@code size} incompressible bytes: a pack holding them cannot be smaller. */
    static void writeNoise(Path file, int size, long seed) throws IOException {
        byte[] noise = new byte[size];
        new Random(seed).nextBytes(noise);
        Files.write(file, noise);
    }

    /**
     * Alice, from a clone of her own through a plain path, sends a version adding a large file {@code name}: the
     * next fetch of the others carries a pack large enough to be cut half-way.
     */
    static void aliceSendsALargeFile(Path bare, Path folder, String name) throws IOException {
        try (TeamRepository alice = TeamRepository.cloneFrom(bare.toString(), folder, null, null)) {
            writeNoise(alice.getWorkTree().resolve(name), 256 * 1024, name.hashCode());
            alice.commit("Alice " + name, ALICE);
            alice.synchronise(new TeamRepositoryTest.LineMerger(), ALICE, null, null);
        }
    }

    static void edit(TeamRepository repository, String content) throws IOException {
        Files.writeString(repository.getWorkTree().resolve(ROADMAP), content, StandardCharsets.UTF_8);
    }

    static String read(TeamRepository repository) throws IOException {
        return Files.readString(repository.getWorkTree().resolve(ROADMAP), StandardCharsets.UTF_8);
    }

    /** @return the id of {@code main} in a bare repository */
    static ObjectId main(Path bare) throws Exception {
        try (Git git = Git.open(bare.toFile())) {
            return git.getRepository().resolve("refs/heads/main");
        }
    }

    /** @return the id of the local version (HEAD) of a clone */
    static ObjectId head(TeamRepository repository) throws Exception {
        try (Git git = Git.open(repository.getWorkTree().toFile())) {
            return git.getRepository().resolve("HEAD");
        }
    }

    /**
     * Nothing lost after a failure: the working file holds {@code expected}, the repository opens again, has no
     * change left unrecorded and is not in the middle of a merge.
     */
    static void assertNothingLost(TeamRepository repository, String expected) throws Exception {
        assertEquals(expected, read(repository));
        try (TeamRepository again = TeamRepository.open(repository.getWorkTree())) {
            assertTrue(again.uncommittedChanges().isEmpty(), () -> "changes left: " + repository.getWorkTree());
        }
        try (Git git = Git.open(repository.getWorkTree().toFile())) {
            assertEquals(org.eclipse.jgit.lib.RepositoryState.SAFE, git.getRepository().getRepositoryState());
        }
    }
}
