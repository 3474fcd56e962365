/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli;

/**
 * Exit codes of the command line, documented in the README. Scripts depend on them: never renumber.
 */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** The command ran and found problems in the input (e.g. validation errors). */
    public static final int PROBLEMS_FOUND = 1;
    /** Wrong usage: unknown command, missing or invalid argument. */
    public static final int USAGE = 2;
    /** An input file is missing, unreadable, malformed or refused; or an output cannot be written. */
    public static final int INPUT_ERROR = 3;
    /** An unexpected failure inside Maillage. */
    public static final int INTERNAL_ERROR = 4;

    private ExitCodes() {
    }
}
