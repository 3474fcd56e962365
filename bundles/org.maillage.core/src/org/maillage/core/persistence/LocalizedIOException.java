/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file operation refused or abandoned by Maillage itself (not the JDK), with a reason already written for a
 * person in the user's language. The message is {@code FILE : REASON}.
 */
public class LocalizedIOException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    /**
     * @param file the file concerned
     * @param reason the localised reason, without the file name
     */
    public LocalizedIOException(Path file, String reason) {
        super(file + " : " + reason);
        this.file = file;
        this.reason = reason;
    }

    /** @return the file concerned */
    public Path getFile() {
        return file;
    }

    /** @return the localised reason, without the file name */
    public String reason() {
        return reason;
    }
}
