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
import org.maillage.team.FileMerger;
import org.maillage.team.TeamException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Where the Équipe menu finds what it needs besides the repository: the author (instance preferences), the remotes'
 * credentials (Equinox secure storage, encrypted; asked once per remote) and the model merger (an OSGi service).
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
     * The model merger. The seam with the model merge (issue #16, point 1): a bundle registers an OSGi service of
     * type {@link FileMerger}; until one does, synchronising two diverged roadmaps is refused (the repository goes
     * back to the local version) rather than merging XMI line by line.
     */
    static FileMerger merger() {
        Bundle bundle = FrameworkUtil.getBundle(TeamSettings.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        ServiceReference<FileMerger> reference = context == null ? null
                : context.getServiceReference(FileMerger.class);
        FileMerger service = reference == null ? null : context.getService(reference);
        if (service != null) {
            return service;
        }
        return (base, ours, theirs, out) -> {
            throw new TeamException(TeamException.Kind.FAILED, Messages.get("sync.noMerger"), null);
        };
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
