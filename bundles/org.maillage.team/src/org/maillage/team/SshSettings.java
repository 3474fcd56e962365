/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How SSH remotes ({@code ssh://user@host/path} or {@code user@host:path}) are reached: the folder that holds the
 * user's keys and {@code known_hosts} (like OpenSSH, {@code ~/.ssh}), and what to do with a server whose host key is
 * not known yet. Passwords and key passphrases come from the operation's {@code CredentialsProvider} (the password
 * asked by the workbench serves as either).
 *
 * @param home the user's home folder (OpenSSH's {@code ~})
 * @param sshDirectory the folder of the keys ({@code id_ed25519}, {@code id_ecdsa}, {@code id_rsa}...), of
 *            {@code known_hosts} and of {@code config}
 * @param hostKeys what happens on an unknown host key
 */
public record SshSettings(Path home, Path sshDirectory, HostKeyPolicy hostKeys) {

    /**
     * What to do when the server's host key is not in {@code known_hosts}. A host key that differs from the one
     * recorded is refused under every policy: it is what an impersonated server looks like.
     */
    public enum HostKeyPolicy {
        /**
         * « Le refuser : hôtes connus seulement » (the default): a server missing from {@code known_hosts} is
         * refused with a message saying how to add it (connect once with {@code ssh}, or ask the administrator for
         * its key).
         */
        KNOWN_HOSTS_ONLY,
        /**
         * « L'accepter la première fois » (OpenSSH's {@code accept-new}): a server missing from
         * {@code known_hosts} is trusted on first connection and its key added to {@code known_hosts}; later
         * connections must match.
         */
        ACCEPT_NEW
    }

    /**
     * @param home the user's home folder
     * @param sshDirectory the folder of the keys and {@code known_hosts}
     * @param hostKeys what happens on an unknown host key
     */
    public SshSettings {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(sshDirectory, "sshDirectory");
        Objects.requireNonNull(hostKeys, "hostKeys");
    }

    /**
     * @return the user's own: {@code user.home} and its {@code .ssh}, known hosts only (nothing is trusted without
     *         the user's say)
     */
    public static SshSettings defaults() {
        Path home = Path.of(System.getProperty("user.home"));
        return new SshSettings(home, home.resolve(".ssh"), HostKeyPolicy.KNOWN_HOSTS_ONLY);
    }

    /**
     * @param policy what happens on an unknown host key
     * @return these settings with that policy
     */
    public SshSettings withHostKeys(HostKeyPolicy policy) {
        return new SshSettings(home, sshDirectory, policy);
    }
}
