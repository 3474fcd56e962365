/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.team.RemoteFixture.BRUNO;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/*
 * Covered cases: against a real smart-HTTP server (the git command line's http-backend behind the JDK's HTTP
 * server, HTTP Basic authentication): clone and synchronise with the right credentials; wrong credentials, and
 * none, give the French credentials message naming the remote, leave no clone behind, and a synchronisation
 * refused that way loses nothing and completes with the right ones; a remote whose pre-receive hook refuses the
 * push gives the French refusal with the hook's reason, keeps the local version, and the next synchronisation after
 * the remote accepts completes; a connection cut half-way through a fetch's pack gives a French message, leaves
 * the clone loadable and the next synchronisation completes (a push cut half-way is SshRemoteTest's).
 */
class HttpRemoteTest {

    private static final Duration DOES_NOT_HANG = Duration.ofSeconds(30);
    private static final CredentialsProvider RIGHT = new UsernamePasswordCredentialsProvider("bruno", "Évreux-27");
    private static final CredentialsProvider WRONG = new UsernamePasswordCredentialsProvider("bruno", "Rouen-76");

    @TempDir
    Path temp;

    private Locale previous;
    private GitHttpServer server;
    private Path bare;

    @BeforeEach
    void start() throws Exception {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE);
        Path root = Files.createDirectories(temp.resolve("serveur"));
        bare = RemoteFixture.seed(root, "eure.git", temp, 0);
        server = new GitHttpServer(root, "bruno", "Évreux-27");
    }

    @AfterEach
    void stop() {
        server.close();
        Locale.setDefault(previous);
    }

    private TeamRepository cloneOverHttp(String name, CredentialsProvider credentials) {
        return assertTimeoutPreemptively(DOES_NOT_HANG,
                () -> TeamRepository.cloneFrom(server.url("eure.git"), temp.resolve(name), credentials, null));
    }

    private SyncResult sync(TeamRepository repository, CredentialsProvider credentials) {
        return assertTimeoutPreemptively(DOES_NOT_HANG, () -> repository.synchronise(
                new TeamRepositoryTest.LineMerger(), BRUNO, credentials, null));
    }

    @Test
    void cloneAndSynchroniseWithTheRightCredentials() throws Exception {
        try (TeamRepository clone = cloneOverHttp("bruno", RIGHT)) {
            assertEquals("a=1\nb=1\nc=1\n", RemoteFixture.read(clone));
            RemoteFixture.edit(clone, "a=2\nb=1\nc=1\n");
            clone.commit("Bruno change a", BRUNO);
            assertTrue(sync(clone, RIGHT).pushed());
            assertEquals(RemoteFixture.head(clone), RemoteFixture.main(bare));
        }
    }

    @Test
    void wrongCredentialsAreRefusedInFrenchAndNothingIsLost() throws Exception {
        for (CredentialsProvider credentials : new CredentialsProvider[] { WRONG, null }) {
            TeamException refused = assertThrows(TeamException.class, () -> cloneOverHttp("refus", credentials));
            assertEquals(TeamException.Kind.CREDENTIALS, refused.getKind(), refused::getMessage);
            assertTrue(refused.getMessage().contains("a refusé l'identifiant ou le mot de passe"),
                    refused::getMessage);
            assertTrue(refused.getMessage().contains(server.url("eure.git")), refused::getMessage);
            assertFalse(Files.exists(temp.resolve("refus")));
        }
        try (TeamRepository clone = cloneOverHttp("bruno", RIGHT)) {
            RemoteFixture.edit(clone, "a=1\nb=2\nc=1\n");
            clone.commit("Bruno change b", BRUNO);
            var local = RemoteFixture.head(clone);
            TeamException refused = assertThrows(TeamException.class, () -> sync(clone, WRONG));
            assertEquals(TeamException.Kind.CREDENTIALS, refused.getKind(), refused::getMessage);
            RemoteFixture.assertNothingLost(clone, "a=1\nb=2\nc=1\n");
            assertEquals(local, RemoteFixture.head(clone));
            assertTrue(sync(clone, RIGHT).pushed());
            assertEquals(local, RemoteFixture.main(bare));
        }
    }

    @Test
    void aPushRefusedByTheRemoteKeepsTheLocalVersion() throws Exception {
        Path hook = bare.resolve("hooks").resolve("pre-receive");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "#!/bin/sh\necho 'gel des feuilles de route jusqu au 15' >&2\nexit 1\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (TeamRepository clone = cloneOverHttp("bruno", RIGHT)) {
            RemoteFixture.edit(clone, "a=1\nb=1\nc=2\n");
            clone.commit("Bruno change c", BRUNO);
            var local = RemoteFixture.head(clone);
            var remoteBefore = RemoteFixture.main(bare);

            TeamException refused = assertThrows(TeamException.class, () -> sync(clone, RIGHT));
            assertEquals(TeamException.Kind.PUSH_REFUSED, refused.getKind(), refused::getMessage);
            assertTrue(refused.getMessage().contains("a refusé vos versions"), refused::getMessage);
            assertTrue(refused.getMessage().contains("gardées ici"), refused::getMessage);
            RemoteFixture.assertNothingLost(clone, "a=1\nb=1\nc=2\n");
            assertEquals(local, RemoteFixture.head(clone));
            assertEquals(remoteBefore, RemoteFixture.main(bare));

            Files.delete(hook);
            assertTrue(sync(clone, RIGHT).pushed());
            assertEquals(local, RemoteFixture.main(bare));
        }
    }

    @Test
    void aConnectionCutDuringAFetchLosesNothing() throws Exception {
        try (TeamRepository clone = cloneOverHttp("bruno", RIGHT)) {
            RemoteFixture.aliceSendsALargeFile(bare, temp.resolve("alice"), "annexe.bin");
            RemoteFixture.edit(clone, "a=1\nb=1\nc=3\n");
            clone.commit("Bruno change c", BRUNO);
            var local = RemoteFixture.head(clone);

            server.cutAfter.set(32 * 1024);
            TeamException cut = assertThrows(TeamException.class, () -> sync(clone, RIGHT));
            assertTrue(cut.getMessage().contains(server.url("eure.git")), cut::getMessage);
            RemoteFixture.assertNothingLost(clone, "a=1\nb=1\nc=3\n");
            assertEquals(local, RemoteFixture.head(clone));

            server.cutAfter.set(0);
            assertTrue(sync(clone, RIGHT).pushed());
            assertTrue(Files.exists(clone.getWorkTree().resolve("annexe.bin")));
            assertEquals(RemoteFixture.head(clone), RemoteFixture.main(bare));
        }
    }
}
