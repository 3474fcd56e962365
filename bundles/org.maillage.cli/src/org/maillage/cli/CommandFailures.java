/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli;

import java.nio.file.Path;

import org.maillage.core.persistence.OutputRefusedException;
import org.maillage.core.text.MessageBundle;

/**
 * The messages and exit codes every command gives for the same failures, so that they read the same whatever the
 * command: a refused output path, and the JVM errors (out of memory, stack overflow) that a hostile or huge input
 * causes. A command that knows which file it is reading catches those errors around its work and calls
 * {@link #whileReading}; the command line catches what is left and calls {@link #duringCommand}.
 */
public final class CommandFailures {

    private static final MessageBundle MESSAGES = new MessageBundle("org.maillage.cli.internal.messages",
            CommandFailures.class.getClassLoader());

    private CommandFailures() {
    }

    /**
     * Reports an output path refused before any work ({@link org.maillage.core.persistence.OutputPaths}).
     *
     * @param refused the refusal, whose message names the path
     * @param context where to say it
     * @return {@link ExitCodes#USAGE}: the argument was wrong, nothing was read or written
     */
    public static int outputRefused(OutputRefusedException refused, CommandContext context) {
        context.err().println(refused.getMessage());
        return ExitCodes.USAGE;
    }

    /**
     * Reports an out-of-memory or stack-overflow error met while processing a file.
     *
     * @param file the file being read or processed
     * @param error the error ({@link OutOfMemoryError}, {@link StackOverflowError} or another {@link Error})
     * @param context where to say it
     * @return {@link ExitCodes#INTERNAL_ERROR}
     */
    public static int whileReading(Path file, Error error, CommandContext context) {
        context.err().println(describe(error, file.toString(), null));
        return ExitCodes.INTERNAL_ERROR;
    }

    /**
     * Reports an error that escaped a command.
     *
     * @param command the command's name
     * @param error the error
     * @param context where to say it
     * @return {@link ExitCodes#INTERNAL_ERROR}
     */
    public static int duringCommand(String command, Error error, CommandContext context) {
        context.err().println(describe(error, null, command));
        return ExitCodes.INTERNAL_ERROR;
    }

    private static String describe(Error error, String file, String command) {
        String kind = error instanceof OutOfMemoryError ? "outOfMemory"
                : error instanceof StackOverflowError ? "tooDeep" : "error";
        return file != null ? MESSAGES.get(kind + ".file", file, error.getClass().getName())
                : MESSAGES.get(kind + ".command", command, error.getClass().getName());
    }
}
