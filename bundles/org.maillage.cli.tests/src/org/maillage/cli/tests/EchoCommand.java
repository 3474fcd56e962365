/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli.tests;

import java.util.List;

import org.maillage.cli.CommandContext;
import org.maillage.cli.ExitCodes;
import org.maillage.cli.ICommand;

/**
 * A contributed command for tests: prints its arguments, fails on "boom", runs out of memory on "oom" and
 * overflows its stack on "deep".
 */
public class EchoCommand implements ICommand {

    @Override
    public int run(List<String> args, CommandContext context) {
        if (args.contains("boom")) {
            throw new IllegalStateException("boom requested");
        }
        if (args.contains("oom")) {
            throw new OutOfMemoryError("Java heap space");
        }
        if (args.contains("deep")) {
            return recurse(0);
        }
        context.out().println(String.join(" ", args));
        return ExitCodes.OK;
    }

    /** Recurses until the JVM throws a real StackOverflowError. */
    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
