/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.expressions;

/** An expression could not be parsed or evaluated; the message says why, in the user's language. */
public final class ExpressionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean timedOut;

    ExpressionException(String message, Throwable cause) {
        this(message, cause, false);
    }

    ExpressionException(String message, Throwable cause, boolean timedOut) {
        super(message, cause);
        this.timedOut = timedOut;
    }

    /**
     * @return whether the evaluation was stopped at its time limit: evaluating the same expression on the next
     *         element is likely to take as long, so a refresh reports it once and does not try again
     */
    public boolean timedOut() {
        return timedOut;
    }
}
