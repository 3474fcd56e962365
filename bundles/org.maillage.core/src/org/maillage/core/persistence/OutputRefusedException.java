/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.persistence;

import java.nio.file.Path;

/**
 * An output path was refused before any work was done: it names an input, a folder, a device or a FIFO, or its
 * folder cannot exist. The message is for a person, in the user's language, and names the path. Nothing was
 * written.
 */
public class OutputRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    /**
     * @param path the refused output
     * @param message the complete, localised message
     */
    public OutputRefusedException(Path path, String message) {
        super(message);
        this.path = path;
    }

    /** @return the refused output path */
    public Path getPath() {
        return path;
    }
}
