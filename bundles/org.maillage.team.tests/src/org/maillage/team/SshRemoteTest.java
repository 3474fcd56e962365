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
import java.security.KeyPair;
import java.time.Duration;
import java.util.Locale;

import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.team.SshSettings.HostKeyPolicy;

/*
 * Covered cases: against a real SSH server in-process (Apache MINA sshd serving JGit's upload-pack and
 * receive-pack): clone over ssh:// with a key from the settings' .ssh folder, record a version and synchronise
 * (push) over SSH; a key protected by a passphrase, given through the credentials; password authentication; a
 * wrong key and a wrong password give the French credentials message naming the remote, nothing is lost and the
 * next synchronisation with the right key completes; known hosts policy: an unknown server is refused by default
 * (French message, no clone left), accepted and recorded in known_hosts with « accepter un nouvel hôte », and a
 * server whose key changed is refused under both policies; a connection cut half-way through a fetch and through a
 * push gives a French message, leaves the clone loadable and the next synchronisation completes.
 */
class SshRemoteTest {

    private static final Duration DOES_NOT_HANG = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private Locale previous;
    private GitSshServer server;
    private Path bare;
    private KeyPair key;
    private SshSettings ssh;

    @BeforeEach
    void start() throws Exception {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.FRANCE);
        Path root = Files.createDirectories(temp.resolve("serveur"));
        bare = RemoteFixture.seed(root, "eure.git", temp, 256 * 1024);
        server = new GitSshServer(root);
        key = GitSshServer.newKeyPair();
        server.authorize(key.getPublic());
        Path home = Files.createDirectories(temp.resolve("maison"));
        Path dotSsh = home.resolve(".ssh");
        GitSshServer.writePrivateKey(key, null, dotSsh.resolve("id_ecdsa"));
        Files.writeString(dotSsh.resolve("known_hosts"), server.knownHostsLine() + "\n", StandardCharsets.UTF_8);
        ssh = new SshSettings(home, dotSsh, HostKeyPolicy.KNOWN_HOSTS_ONLY);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        Locale.setDefault(previous);
    }

    private TeamRepository cloneOverSsh(String name) throws Exception {
        return assertTimeoutPreemptively(DOES_NOT_HANG,
                () -> TeamRepository.cloneFrom(server.url("eure.git"), temp.resolve(name), null, ssh, null));
    }

    private SyncResult sync(TeamRepository repository, UsernamePasswordCredentialsProvider credentials) {
        return assertTimeoutPreemptively(DOES_NOT_HANG, () -> repository.synchronise(
                new TeamRepositoryTest.LineMerger(), BRUNO, credentials, null));
    }

    @Test
    void cloneAndSynchroniseOverSshWithAKey() throws Exception {
        try (TeamRepository clone = cloneOverSsh("bruno")) {
            assertEquals("a=1\nb=1\nc=1\n", RemoteFixture.read(clone));
            assertEquals(server.url("eure.git"), clone.getRemoteUri());
            RemoteFixture.edit(clone, "a=2\nb=1\nc=1\n");
            clone.commit("Bruno change a", BRUNO);
            SyncResult result = sync(clone, null);
            assertTrue(result.pushed());
            assertEquals(RemoteFixture.head(clone), RemoteFixture.main(bare));
        }
    }

    @Test
    void aKeyWithAPassphraseAndAPasswordComeFromTheCredentials() throws Exception {
        GitSshServer.writePrivateKey(key, "sel de Guérande", ssh.sshDirectory().resolve("id_ecdsa"));
        TeamRepository clone = assertTimeoutPreemptively(DOES_NOT_HANG, () -> TeamRepository.cloneFrom(
                server.url("eure.git"), temp.resolve("phrase"), new UsernamePasswordCredentialsProvider("git",
                        "sel de Guérande"), ssh, null));
        clone.close();

        Files.delete(ssh.sshDirectory().resolve("id_ecdsa"));
        Files.delete(ssh.sshDirectory().resolve("id_ecdsa.pub"));
        server.authorize(null);
        server.acceptPassword("motdepasse");
        try (TeamRepository byPassword = assertTimeoutPreemptively(DOES_NOT_HANG, () -> TeamRepository.cloneFrom(
                server.url("eure.git"), temp.resolve("mdp"), new UsernamePasswordCredentialsProvider("git",
                        "motdepasse"), ssh, null))) {
            assertEquals("a=1\nb=1\nc=1\n", RemoteFixture.read(byPassword));
        }
        TeamException wrong = assertThrows(TeamException.class, () -> assertTimeoutPreemptively(DOES_NOT_HANG,
                () -> TeamRepository.cloneFrom(server.url("eure.git"), temp.resolve("faux"),
                        new UsernamePasswordCredentialsProvider("git", "faux"), ssh, null)));
        assertEquals(TeamException.Kind.CREDENTIALS, wrong.getKind(), wrong::getMessage);
        assertTrue(wrong.getMessage().contains(server.url("eure.git")), wrong::getMessage);
        assertFalse(Files.exists(temp.resolve("faux")) && Files.list(temp.resolve("faux")).findAny().isPresent());
    }

    @Test
    void aWrongKeyIsRefusedInFrenchAndNothingIsLost() throws Exception {
        try (TeamRepository clone = cloneOverSsh("bruno")) {
            RemoteFixture.edit(clone, "a=1\nb=2\nc=1\n");
            clone.commit("Bruno change b", BRUNO);
            var local = RemoteFixture.head(clone);
            server.authorize(GitSshServer.newKeyPair().getPublic());

            TeamException refused = assertThrows(TeamException.class, () -> sync(clone, null));
            assertEquals(TeamException.Kind.CREDENTIALS, refused.getKind(), refused::getMessage);
            assertTrue(refused.getMessage().contains("a refusé vos clés"), refused::getMessage);
            assertTrue(refused.getMessage().contains(server.url("eure.git")), refused::getMessage);
            RemoteFixture.assertNothingLost(clone, "a=1\nb=2\nc=1\n");
            assertEquals(local, RemoteFixture.head(clone));
            assertNotEquals(local, RemoteFixture.main(bare));

            server.authorize(key.getPublic());
            assertTrue(sync(clone, null).pushed());
            assertEquals(local, RemoteFixture.main(bare));
        }
    }

    @Test
    void anUnknownServerIsRefusedByDefaultAndAcceptedOnlyWhenNew() throws Exception {
        Path knownHosts = ssh.sshDirectory().resolve("known_hosts");
        Files.writeString(knownHosts, "", StandardCharsets.UTF_8);
        TeamException unknown = assertThrows(TeamException.class, () -> cloneOverSsh("inconnu"));
        assertEquals(TeamException.Kind.HOST_KEY, unknown.getKind(), unknown::getMessage);
        assertTrue(unknown.getMessage().contains("n'est pas dans vos hôtes connus"), unknown::getMessage);
        assertTrue(unknown.getMessage().contains("[127.0.0.1]:"), unknown::getMessage);
        assertFalse(Files.exists(temp.resolve("inconnu")));
        assertEquals("", Files.readString(knownHosts));

        ssh = ssh.withHostKeys(HostKeyPolicy.ACCEPT_NEW);
        try (TeamRepository clone = cloneOverSsh("nouveau")) {
            assertEquals("a=1\nb=1\nc=1\n", RemoteFixture.read(clone));
        }
        String recorded = Files.readString(knownHosts);
        assertTrue(recorded.contains(GitSshServer.publicKeyLine(server.hostKey())), recorded);

        // Another key for the same host and port: refused whatever the policy.
        String other = "[127.0.0.1]:" + server.port() + " "
                + GitSshServer.publicKeyLine(GitSshServer.newKeyPair().getPublic()) + "\n";
        for (HostKeyPolicy policy : HostKeyPolicy.values()) {
            Files.writeString(knownHosts, other, StandardCharsets.UTF_8);
            ssh = ssh.withHostKeys(policy);
            TeamException changed = assertThrows(TeamException.class, () -> cloneOverSsh("change-" + policy));
            assertEquals(TeamException.Kind.HOST_KEY, changed.getKind(), changed::getMessage);
            assertTrue(changed.getMessage().contains("une autre clé"), changed::getMessage);
            assertEquals(other, Files.readString(knownHosts));
        }
    }

    @Test
    void aConnectionCutDuringAFetchOrAPushLosesNothing() throws Exception {
        try (TeamRepository clone = cloneOverSsh("bruno")) {
            // Alice sends a large version: Bruno's fetch is cut in the middle of its pack.
            RemoteFixture.aliceSendsALargeFile(bare, temp.resolve("alice"), "annexe2.bin");
            RemoteFixture.edit(clone, "a=1\nb=1\nc=3\n");
            clone.commit("Bruno change c", BRUNO);
            var local = RemoteFixture.head(clone);

            server.cutAfter.set(32 * 1024);
            TeamException cut = assertThrows(TeamException.class, () -> sync(clone, null));
            assertEquals(TeamException.Kind.REMOTE_UNREACHABLE, cut.getKind(), cut::getMessage);
            assertTrue(cut.getMessage().contains("injoignable"), cut::getMessage);
            RemoteFixture.assertNothingLost(clone, "a=1\nb=1\nc=3\n");
            assertEquals(local, RemoteFixture.head(clone));

            server.cutAfter.set(0);
            assertTrue(sync(clone, null).pushed());
            assertTrue(Files.exists(clone.getWorkTree().resolve("annexe2.bin")));

            // Now Bruno sends a large version and the connection is cut while the server receives it.
            RemoteFixture.writeNoise(clone.getWorkTree().resolve("annexe3.bin"), 256 * 1024, 5);
            clone.commit("Bruno annexe", BRUNO);
            var big = RemoteFixture.head(clone);
            server.cutAfter.set(32 * 1024);
            TeamException pushCut = assertThrows(TeamException.class, () -> sync(clone, null));
            assertTrue(pushCut.getMessage().contains(server.url("eure.git")), pushCut::getMessage);
            RemoteFixture.assertNothingLost(clone, "a=1\nb=1\nc=3\n");
            assertEquals(big, RemoteFixture.head(clone));
            assertNotEquals(big, RemoteFixture.main(bare));

            server.cutAfter.set(0);
            sync(clone, null);
            assertEquals(big, RemoteFixture.main(bare));
        }
    }
}
