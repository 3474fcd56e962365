/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Merges three versions of a model file (`*.maillage`, `*.maillagediag`) for {@link TeamRepository#synchronise}:
 * Git's line merge knows nothing of XMI and could join two valid files into an invalid one, so the model files
 * changed on both sides go through this instead.
 * <p>
 * Contract: read the three inputs, write the whole merged file to {@code out} (a new file in a temporary folder);
 * never drop a side: a conflict keeps both values in {@code out} (the model merge's conflict records). Return
 * {@code false} when conflicts remain for the user to resolve, {@code true} when the merge is clean. Throw only when
 * no merged file could be written; the synchronisation then leaves the repository as it was.
 */
@FunctionalInterface
public interface FileMerger {

    /**
     * @param base the common ancestor's version (an empty file when both sides added the file)
     * @param ours the local version
     * @param theirs the remote version
     * @param out where to write the merged file
     * @return {@code true} when the merge is clean, {@code false} when conflicts remain in {@code out}
     * @throws IOException when no merged file could be written
     */
    boolean merge(Path base, Path ours, Path theirs, Path out) throws IOException;
}
