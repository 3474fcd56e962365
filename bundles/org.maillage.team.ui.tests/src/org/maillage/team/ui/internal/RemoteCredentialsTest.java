/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.team.ui.internal.TeamSettings.RemoteCredentials;

/*
 * Covered cases: credentials typed for a remote reach secure storage only after the remote accepted them, and only
 * when « Retenir » was ticked; credentials the remote refused are never stored, and stored ones it refuses are
 * removed so that the next operation asks again; stored credentials are found again; for SSH the question is asked
 * only when the server wants a password or passphrase, once per operation, and the SSH user of the address is used
 * when none is typed; a cancelled question stores nothing.
 */
class RemoteCredentialsTest {

    private static final String URI = "https://forge.ars.example/eure.git";

    @TempDir
    Path temp;

    private ISecurePreferences root;

    @BeforeEach
    void storage() throws Exception {
        // A storage of its own, with a fixed master password: no question, and the user's storage untouched.
        root = SecurePreferencesFactory.open(temp.resolve("secure_storage").toUri().toURL(),
                Map.of(IProviderHints.PROMPT_USER, Boolean.FALSE, IProviderHints.DEFAULT_PASSWORD,
                        new PBEKeySpec("maitre".toCharArray())));
    }

    /** As the workbench does for each operation: a removed node is gone, the next operation looks it up again. */
    private ISecurePreferences node() {
        return root.node("org.maillage.team").node(EncodingUtils.encodeSlashes(URI));
    }

    @Test
    void typedCredentialsAreStoredOnlyOnceAccepted() throws Exception {
        RemoteCredentials typed = RemoteCredentials.given(node(), "bruno", "Évreux-27", true);
        assertNull(RemoteCredentials.stored(node()), "nothing before the remote answered");
        typed.refused();
        assertNull(RemoteCredentials.stored(node()), "refused credentials are not kept");

        typed = RemoteCredentials.given(node(), "bruno", "Évreux-27", true);
        typed.accepted();
        RemoteCredentials stored = RemoteCredentials.stored(node());
        assertEquals("Évreux-27", password(stored.provider()));

        stored.refused();
        assertNull(RemoteCredentials.stored(node()), "removed once refused: the next operation asks again");

        RemoteCredentials notRemembered = RemoteCredentials.given(node(), "bruno", "Évreux-27", false);
        notRemembered.accepted();
        assertNull(RemoteCredentials.stored(node()), "« Retenir » not ticked");
    }

    @Test
    void sshAsksOnlyWhenTheServerWantsAPasswordAndOnce() throws Exception {
        AtomicInteger questions = new AtomicInteger();
        RemoteCredentials ssh = RemoteCredentials.askedOnDemand(node(), () -> {
            questions.incrementAndGet();
            return new String[] { "", "phrase de passe", "true" };
        });
        CredentialsProvider provider = ssh.provider();
        ssh.accepted();
        assertEquals(0, questions.get(), "a key without passphrase: no question");
        assertNull(RemoteCredentials.stored(node()));

        URIish uri = new URIish("ssh://git@forge.ars.example/eure.git");
        CredentialItem.Username user = new CredentialItem.Username();
        CredentialItem.Password passphrase = new CredentialItem.Password();
        assertTrue(provider.supports(new CredentialItem.InformationalMessage("clé"), passphrase));
        assertTrue(provider.get(uri, user, passphrase));
        assertTrue(provider.get(uri, new CredentialItem.Password()));
        assertEquals(1, questions.get());
        assertEquals("git", user.getValue());
        assertArrayEquals("phrase de passe".toCharArray(), passphrase.getValue());
        ssh.accepted();
        assertEquals("phrase de passe", password(RemoteCredentials.stored(node()).provider()));

        RemoteCredentials cancelled = RemoteCredentials.askedOnDemand(root.node("autre"), () -> null);
        assertFalse(cancelled.provider().get(uri, new CredentialItem.Password()));
        cancelled.accepted();
        assertNull(RemoteCredentials.stored(root.node("autre")));
    }

    private static String password(CredentialsProvider provider) throws Exception {
        CredentialItem.Password item = new CredentialItem.Password();
        assertTrue(provider.get(new URIish(URI), item));
        return new String(item.getValue());
    }
}
