/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.internal;

import java.io.File;
import java.net.InetSocketAddress;
import java.security.PublicKey;
import java.util.List;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.KeyPasswordProvider;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.maillage.team.SshSettings;
import org.maillage.team.SshSettings.HostKeyPolicy;

/**
 * JGit's Apache MINA sshd transport, set on each command explicitly: in OSGi, JGit's own lookup of an SSH
 * implementation (ServiceLoader) does not see the org.eclipse.jgit.ssh.apache bundle reliably. One instance per
 * operation; closing it ends its sessions and forgets the decrypted keys.
 * <p>
 * The host key check is JGit's, over {@code known_hosts} in the settings' folder, with OpenSSH's
 * {@code StrictHostKeyChecking} fixed by the {@link HostKeyPolicy} whatever {@code ~/.ssh/config} says, so that what
 * happens on an unknown host is always the documented policy. A refused host is remembered, so that the failure
 * can be told in French ({@link #refusedHost()}).
 */
public final class SshSessions implements AutoCloseable {

    private final Factory factory;
    private final SshSettings settings;

    /** @param settings where the keys and known hosts are, and the host key policy */
    public SshSessions(SshSettings settings) {
        this.settings = settings;
        factory = new Factory(settings);
        factory.setHomeDirectory(settings.home().toFile());
        factory.setSshDirectory(settings.sshDirectory().toFile());
    }

    /**
     * Uses this SSH implementation for {@code command} (other transports are left alone).
     *
     * @param command a clone, fetch or push
     */
    public void configure(TransportCommand<?, ?> command) {
        command.setTransportConfigCallback(transport -> {
            if (transport instanceof SshTransport ssh) {
                ssh.setSshSessionFactory(factory);
            }
        });
    }

    /** @return the settings this SSH implementation uses */
    public SshSettings settings() {
        return settings;
    }

    /** @return the host whose key was refused during this operation and why, or {@code null} */
    public Refusal refusedHost() {
        return factory.refusal;
    }

    @Override
    public void close() {
        factory.close();
    }

    /**
     * A host key refused.
     *
     * @param host the host as connected to ({@code host} or {@code [host]:port})
     * @param changed {@code true} when {@code known_hosts} holds another key for it, {@code false} when it holds none
     */
    public record Refusal(String host, boolean changed) {
    }

    private static final class Factory extends SshdSessionFactory {

        private final HostKeyPolicy policy;
        private volatile Refusal refusal;

        Factory(SshSettings settings) {
            super(new JGitKeyCache(), null);
            this.policy = settings.hostKeys();
        }

        @Override
        protected KeyPasswordProvider createKeyPasswordProvider(CredentialsProvider provider) {
            return new PassphraseFromCredentials(provider);
        }

        @Override
        protected ServerKeyDatabase getServerKeyDatabase(File homeDir, File sshDir) {
            ServerKeyDatabase known = super.getServerKeyDatabase(homeDir, sshDir);
            return new ServerKeyDatabase() {
                @Override
                public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress,
                        Configuration config) {
                    return known.lookup(connectAddress, remoteAddress, config);
                }

                @Override
                public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey,
                        Configuration config, CredentialsProvider provider) {
                    Configuration fixed = new PolicyConfiguration(config, policy);
                    if (known.accept(connectAddress, remoteAddress, serverKey, fixed, provider)) {
                        return true;
                    }
                    boolean changed = !known.lookup(connectAddress, remoteAddress, config).isEmpty();
                    refusal = new Refusal(connectAddress, changed);
                    return false;
                }
            };
        }
    }

    /**
     * A key's passphrase is the password of the operation's credentials, asked as a plain password item: JGit's
     * default asks with extra message items that a user/password provider does not support, and the key was then
     * skipped. One attempt only: the provider would give the same passphrase again.
     */
    private static final class PassphraseFromCredentials implements KeyPasswordProvider {

        private final CredentialsProvider provider;
        private final java.util.Set<String> asked = java.util.concurrent.ConcurrentHashMap.newKeySet();

        PassphraseFromCredentials(CredentialsProvider provider) {
            this.provider = provider;
        }

        @Override
        public char[] getPassphrase(URIish uri, int attempt) {
            if (provider == null || !asked.add(String.valueOf(uri))) {
                return null;
            }
            CredentialItem.Password item = new CredentialItem.Password(Messages.get("ssh.passphrase", uri));
            if (provider.supports(item) && provider.get(uri, item)) {
                return item.getValue();
            }
            return null;
        }

        @Override
        public void setAttempts(int attempts) {
            // Always one: see the class comment.
        }

        @Override
        public int getAttempts() {
            return 1;
        }

        @Override
        public boolean keyLoaded(URIish uri, int attempt, Exception error) {
            return false;
        }
    }

    /** The user's SSH configuration, but for the host key check, which is the policy's. */
    private record PolicyConfiguration(ServerKeyDatabase.Configuration config, HostKeyPolicy policy)
            implements ServerKeyDatabase.Configuration {

        @Override
        public List<String> getUserKnownHostsFiles() {
            return config.getUserKnownHostsFiles();
        }

        @Override
        public List<String> getGlobalKnownHostsFiles() {
            return config.getGlobalKnownHostsFiles();
        }

        @Override
        public StrictHostKeyChecking getStrictHostKeyChecking() {
            // Never ASK: a question in the middle of a background job would be answered by whatever the
            // credentials provider does with a yes/no item, i.e. by chance.
            return policy == HostKeyPolicy.ACCEPT_NEW ? StrictHostKeyChecking.ACCEPT_NEW
                    : StrictHostKeyChecking.REQUIRE_MATCH;
        }

        @Override
        public boolean getHashKnownHosts() {
            return config.getHashKnownHosts();
        }

        @Override
        public String getUsername() {
            return config.getUsername();
        }
    }
}
