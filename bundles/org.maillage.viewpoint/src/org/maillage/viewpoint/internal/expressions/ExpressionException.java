/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.expressions;

/** An expression could not be parsed or evaluated; the message says why, in the user's language. */
public final class ExpressionException extends Exception {

    private static final long serialVersionUID = 1L;

    ExpressionException(String message, Throwable cause) {
        super(message, cause);
    }
}
