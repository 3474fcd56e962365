/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet;

/**
 * A spreadsheet that cannot be read or written: unreadable, protected, too large, in another encoding. The message
 * is for people, in their language, and names the file and what to do.
 */
public class SpreadsheetException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the message for people */
    public SpreadsheetException(String message) {
        super(message);
    }

    /**
     * @param message the message for people
     * @param cause what failed underneath
     */
    public SpreadsheetException(String message, Throwable cause) {
        super(message, cause);
    }
}
