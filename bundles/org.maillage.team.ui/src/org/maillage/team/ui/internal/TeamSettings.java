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
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.swt.widgets.Shell;
import org.maillage.team.Author;
import org.maillage.merge.ModelMerge;
import org.maillage.team.FileMerger;

/**
 * Where the Équipe menu finds what it needs besides the repository: the author (instance preferences), the remotes'
 * credentials (Equinox secure storage, encrypted; asked once per remote) and the model merger (org.maillage.merge).
 */
final class TeamSettings {

    static final String QUALIFIER = "org.maillage.team.ui";
    static final String AUTHOR_NAME = "author.name";
    static final String AUTHOR_EMAIL = "author.email";
    private static final String SECURE_NODE = "org.maillage.team";

    private TeamSettings() {
    }

    /** @return the author from the preferences (possibly incomplete) */
    static Author author() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(QUALIFIER);
        return new Author(node.get(AUTHOR_NAME, "").strip(), node.get(AUTHOR_EMAIL, "").strip());
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
     * @param shell for the question, on the UI thread
     * @param uri the remote
     * @return the credentials stored for it, or asked now; {@code null} when none are needed or the user cancels
     */
    static CredentialsProvider credentials(Shell shell, String uri) {
        if (!needsCredentials(uri)) {
            return null;
        }
        ISecurePreferences node = secureNode(uri);
        try {
            String user = node.get("user", null);
            String password = node.get("password", null);
            if (user != null && password != null) {
                return new UsernamePasswordCredentialsProvider(user, password);
            }
        } catch (StorageException e) {
            // The storage cannot be opened (no master password): ask, and keep them for this session only.
        }
        CredentialsDialog dialog = new CredentialsDialog(shell, uri);
        if (dialog.open() != CredentialsDialog.OK) {
            return null;
        }
        if (dialog.remember()) {
            try {
                node.put("user", dialog.user(), true);
                node.put("password", dialog.password(), true);
                node.flush();
            } catch (StorageException | java.io.IOException e) {
                // Not remembered: they still serve this operation.
            }
        }
        return new UsernamePasswordCredentialsProvider(dialog.user(), dialog.password());
    }

    /** Forgets the credentials of a remote, after the remote refused them. */
    static void forget(String uri) {
        secureNode(uri).removeNode();
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
