/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.ui.internal;

import java.util.Locale;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.swt.widgets.Shell;
import org.maillage.team.Author;
import org.maillage.merge.ModelMerge;
import org.maillage.team.FileMerger;
import org.maillage.team.SshSettings;
import org.maillage.team.SshSettings.HostKeyPolicy;

/**
 * Where the Équipe menu finds what it needs besides the repository: the author (instance preferences), the remotes'
 * credentials (Equinox secure storage, encrypted; asked once per remote) and the model merger (org.maillage.merge).
 */
final class TeamSettings {

    static final String QUALIFIER = "org.maillage.team.ui";
    static final String AUTHOR_NAME = "author.name";
    static final String AUTHOR_EMAIL = "author.email";
    /** What to do with an SSH server missing from known_hosts: a {@link HostKeyPolicy} name. */
    static final String SSH_HOST_KEYS = "ssh.hostKeys";
    private static final String SECURE_NODE = "org.maillage.team";

    private TeamSettings() {
    }

    /** @return the author from the preferences (possibly incomplete) */
    static Author author() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(QUALIFIER);
        return new Author(node.get(AUTHOR_NAME, "").strip(), node.get(AUTHOR_EMAIL, "").strip());
    }

    /**
     * @return the user's SSH keys and known hosts ({@code ~/.ssh}), with the policy of the preferences for an
     *         unknown server (« Le refuser : hôtes connus seulement » unless the user chose otherwise)
     */
    static SshSettings ssh() {
        String name = InstanceScope.INSTANCE.getNode(QUALIFIER).get(SSH_HOST_KEYS, "");
        HostKeyPolicy policy = java.util.Arrays.stream(HostKeyPolicy.values())
                .filter(p -> p.name().equals(name)).findFirst().orElse(HostKeyPolicy.KNOWN_HOSTS_ONLY);
        return SshSettings.defaults().withHostKeys(policy);
    }

    /**
     * The model merger: Maillage's three-way merge by uuid ({@link ModelMerge}), which keeps both sides of a conflict
     * in the merged file. Git's line merge is never used for roadmaps: it could join two valid files into an
     * invalid one.
     */
    static FileMerger merger() {
        return (base, ours, theirs, out) -> ModelMerge.mergeFiles(base, ours, theirs, out).isClean();
    }

    /** @return whether the remote needs credentials (HTTPS, SSH); a folder or shared drive does not */
    static boolean needsCredentials(String uri) {
        String lower = uri == null ? "" : uri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("ssh://")
                || lower.matches("^[^/]+@[^/:]+:.*");
    }

    /**
     * The credentials for an operation on {@code uri}: those stored for it, else for HTTPS asked now, else for SSH
     * asked only if the server wants a password or a key's passphrase (keys in ~/.ssh usually need none). Nothing
     * is stored before the remote accepts them: call {@link RemoteCredentials#accepted()} after the operation
     * succeeded, {@link RemoteCredentials#refused()} when the remote refused them.
     *
     * @param shell for the question, on the UI thread
     * @param uri the remote
     * @return the credentials; {@code null} when none are needed or the user cancels
     */
    static RemoteCredentials credentials(Shell shell, String uri) {
        if (!needsCredentials(uri)) {
            return null;
        }
        ISecurePreferences node = secureNode(uri);
        RemoteCredentials stored = RemoteCredentials.stored(node);
        if (stored != null) {
            return stored;
        }
        if (isSsh(uri)) {
            return RemoteCredentials.askedOnDemand(node, () -> ask(shell, uri));
        }
        String[] given = ask(shell, uri);
        return given == null ? null : RemoteCredentials.given(node, given[0], given[1], Boolean.parseBoolean(given[2]));
    }

    /** @return user, password and whether to remember them, or {@code null} when the user cancels */
    private static String[] ask(Shell shell, String uri) {
        String[][] answer = new String[1][];
        shell.getDisplay().syncExec(() -> {
            CredentialsDialog dialog = new CredentialsDialog(shell, uri);
            if (dialog.open() == CredentialsDialog.OK) {
                answer[0] = new String[] { dialog.user(), dialog.password(), Boolean.toString(dialog.remember()) };
            }
        });
        return answer[0];
    }

    private static boolean isSsh(String uri) {
        String lower = uri.toLowerCase(Locale.ROOT);
        return lower.startsWith("ssh://") || lower.matches("^[^/]+@[^/:]+:.*");
    }

    /**
     * The credentials of one operation on a remote, kept in Eclipse secure storage only once the remote accepted
     * them, and removed from it when the remote refuses them: wrong credentials are never kept, and the user is
     * asked again next time.
     */
    static final class RemoteCredentials {

        private final ISecurePreferences node;
        private final boolean fromStorage;
        private final java.util.function.Supplier<String[]> asker;
        private String user;
        private String password;
        private boolean remember;
        private boolean asked;

        private RemoteCredentials(ISecurePreferences node, boolean fromStorage,
                java.util.function.Supplier<String[]> asker) {
            this.node = node;
            this.fromStorage = fromStorage;
            this.asker = asker;
        }

        /** @return those stored in {@code node}, or {@code null} when none are or the storage cannot be read */
        static RemoteCredentials stored(ISecurePreferences node) {
            try {
                String user = node.get("user", null);
                String password = node.get("password", null);
                if (user != null && password != null) {
                    RemoteCredentials stored = new RemoteCredentials(node, true, null);
                    stored.set(user, password, true);
                    return stored;
                }
            } catch (StorageException e) {
                // The storage cannot be opened (no master password): ask, and keep them for this session only.
            }
            return null;
        }

        /** @return credentials given by the user now, to store in {@code node} once accepted if {@code remember} */
        static RemoteCredentials given(ISecurePreferences node, String user, String password, boolean remember) {
            RemoteCredentials given = new RemoteCredentials(node, false, null);
            given.set(user, password, remember);
            return given;
        }

        /** @return credentials asked through {@code asker} the first time the remote wants them (SSH) */
        static RemoteCredentials askedOnDemand(ISecurePreferences node, java.util.function.Supplier<String[]> asker) {
            return new RemoteCredentials(node, false, asker);
        }

        private void set(String newUser, String newPassword, boolean keep) {
            this.user = newUser;
            this.password = newPassword;
            this.remember = keep;
            this.asked = true;
        }

        /** @return what JGit asks the user or password from */
        CredentialsProvider provider() {
            if (asker == null) {
                return new UsernamePasswordCredentialsProvider(user, password);
            }
            return new CredentialsProvider() {
                @Override
                public boolean isInteractive() {
                    return true;
                }

                @Override
                public boolean supports(CredentialItem... items) {
                    return java.util.Arrays.stream(items).allMatch(item -> item instanceof CredentialItem.Username
                            || item instanceof CredentialItem.Password || item instanceof CredentialItem.StringType
                            || item instanceof CredentialItem.InformationalMessage);
                }

                @Override
                public boolean get(URIish uri, CredentialItem... items) {
                    synchronized (RemoteCredentials.this) {
                        if (!asked) {
                            String[] answer = asker.get();
                            asked = true;
                            if (answer != null) {
                                set(answer[0], answer[1], Boolean.parseBoolean(answer[2]));
                            }
                        }
                    }
                    if (password == null) {
                        return false;
                    }
                    for (CredentialItem item : items) {
                        if (item instanceof CredentialItem.Username name) {
                            name.setValue(user == null || user.isBlank() ? uri.getUser() : user);
                        } else if (item instanceof CredentialItem.Password secret) {
                            secret.setValue(password.toCharArray());
                        } else if (item instanceof CredentialItem.StringType text) {
                            text.setValue(text.isValueSecure() ? password : user);
                        }
                    }
                    return true;
                }
            };
        }

        /** The remote accepted them: keep them if the user asked to and they are not already kept. */
        void accepted() {
            if (fromStorage || !remember || password == null) {
                return;
            }
            try {
                node.put("user", user == null ? "" : user, true);
                node.put("password", password, true);
                node.flush();
            } catch (StorageException | java.io.IOException e) {
                // Not remembered: they served this operation; the next one asks again.
            }
        }

        /** The remote refused them: forget those stored, so that the next operation asks again. */
        void refused() {
            ISecurePreferences parent = node.parent();
            node.removeNode();
            try {
                if (parent != null) {
                    parent.flush();
                }
            } catch (java.io.IOException e) {
                // Removed from memory at least: this session asks again.
            }
        }
    }

    /** Forgets every stored credential (preference page). */
    static void forgetAll() {
        ISecurePreferences root = SecurePreferencesFactory.getDefault();
        if (root != null && root.nodeExists(SECURE_NODE)) {
            root.node(SECURE_NODE).removeNode();
            try {
                root.flush();
            } catch (java.io.IOException e) {
                // Nothing to tell: the next start reads what was written.
            }
        }
    }

    private static ISecurePreferences secureNode(String uri) {
        return SecurePreferencesFactory.getDefault().node(SECURE_NODE).node(EncodingUtils.encodeSlashes(uri));
    }
}
