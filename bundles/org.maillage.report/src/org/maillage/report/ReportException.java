/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report;

/** A report could not be produced; the message says which design and why. */
public class ReportException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, for a person
     * @param cause the underlying BIRT exception
     */
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
