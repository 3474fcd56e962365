/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.expressions;

import org.maillage.viewpoint.internal.Messages;

/**
 * Size limits of one evaluation, besides its time limit. A viewpoint file comes from a plug-in or a modeller and
 * may be hostile: without loops an expression can still ask a helper to walk {@code 1..2000000000} or build a
 * string of gigabytes, which runs out of memory long before the deadline (and the resulting OutOfMemoryError
 * can hit any thread of the workbench). The limits are far above what a roadmap needs (the Eure example has
 * under 900 elements).
 */
final class Limits {

    /** Items a {@code vp:} function may read from one collection or range, and put in its result. */
    static final int MAX_ITEMS = 100_000;

    /** Characters of a string built by a {@code vp:} function (about 1 MB). */
    static final int MAX_STRING = 1_000_000;

    /** Characters of a regular expression; real patterns in descriptions are a few dozen. */
    static final int MAX_PATTERN = 1_000;

    /** Characters of the text a regular expression is matched against. */
    static final int MAX_MATCHED = MAX_STRING;

    private Limits() {
    }

    /**
     * Counts one more item read or produced by {@code function} (as the modeller wrote it, e.g. {@code vp:join}).
     *
     * @return {@code count + 1}
     * @throws LimitException past {@link #MAX_ITEMS}
     */
    static int item(String function, int count) {
        if (count >= MAX_ITEMS) {
            throw new LimitException(Messages.get("expression.tooManyItems", function,
                    String.valueOf(MAX_ITEMS)));
        }
        return count + 1;
    }

    /** @throws LimitException when a string built by {@code function} grew past {@link #MAX_STRING} */
    static void length(String function, int length) {
        if (length > MAX_STRING) {
            throw new LimitException(Messages.get("expression.tooLong", function,
                    String.valueOf(MAX_STRING)));
        }
    }

    /**
     * An evaluation went past a size limit or used a refused regular expression. Thrown inside JEXL (which wraps
     * it); the engine finds it in the causes and reports its message, already in the user's language.
     */
    static final class LimitException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitException(String message) {
            super(message, null, false, false);
        }
    }
}
