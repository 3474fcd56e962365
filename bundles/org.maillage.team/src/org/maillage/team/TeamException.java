/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team;

import java.io.IOException;

/**
 * A team operation refused or failed; the message is for users (French, English fallback) and says what was kept.
 * Whatever the kind, the repository and the working files are left loadable.
 */
public class TeamException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why the operation stopped, for callers that react differently (ask to record a version first...). */
    public enum Kind {
        /** The folder is not in a Git repository. */
        NOT_A_REPOSITORY,
        /** The folder is already a Git repository (sharing it again). */
        ALREADY_SHARED,
        /** The target folder of a clone exists and is not empty. */
        FOLDER_NOT_EMPTY,
        /** Changes not recorded as a version: a synchronisation would mix them with the merge. */
        UNCOMMITTED_CHANGES,
        /** A model file holds Git conflict markers from a plain text merge. */
        CONFLICT_MARKERS,
        /** The repository has no remote to synchronise with. */
        NO_REMOTE,
        /** The remote cannot be reached or is not a repository. */
        REMOTE_UNREACHABLE,
        /** The remote refused the credentials. */
        CREDENTIALS,
        /** An SSH server whose host key is not in {@code known_hosts}, or differs from the one recorded there. */
        HOST_KEY,
        /** The remote refused the push (another person sent versions meanwhile, or a rule of the remote). */
        PUSH_REFUSED,
        /** A file is absent from the version asked for. */
        NOT_IN_VERSION,
        /** Any other failure of Git or of the disk. */
        FAILED
    }

    private final Kind kind;

    /**
     * @param kind why the operation stopped
     * @param message the message for users
     * @param cause the underlying failure, or {@code null}
     */
    public TeamException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** @return why the operation stopped */
    public Kind getKind() {
        return kind;
    }
}
