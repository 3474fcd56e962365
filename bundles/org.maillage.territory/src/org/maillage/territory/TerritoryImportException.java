/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory;

import java.nio.file.Path;

/**
 * A territory import failed. The message is for a person, in the user's language: it names the file and, for a
 * JSON problem, the JSON path of the value (e.g. {@code $[1532].membres[4].code}) and the record's code when known.
 * The target model is left as it was only when the import created it; see {@link TerritoryImport}.
 */
public class TerritoryImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file the file or folder concerned, or {@code null} when the problem is in the arguments
     * @param message the complete, localised message
     * @param cause the underlying exception, or {@code null}
     */
    public TerritoryImportException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** @return the file or folder concerned, or {@code null} when the problem is in the requested codes */
    public Path getFile() {
        return file;
    }
}
