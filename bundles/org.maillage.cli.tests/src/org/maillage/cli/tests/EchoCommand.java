/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli.tests;

import java.util.List;

import org.maillage.cli.CommandContext;
import org.maillage.cli.ExitCodes;
import org.maillage.cli.ICommand;

/** A contributed command for tests: prints its arguments, fails on "boom". */
public class EchoCommand implements ICommand {

    @Override
    public int run(List<String> args, CommandContext context) {
        if (args.contains("boom")) {
            throw new IllegalStateException("boom requested");
        }
        context.out().println(String.join(" ", args));
        return ExitCodes.OK;
    }
}
