/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli;

import java.util.List;

/**
 * A sub-command of the headless command line, contributed through the {@code org.maillage.cli.commands}
 * extension point.
 * <p>
 * Contract: results go to {@link CommandContext#out()}, messages for people to {@link CommandContext#err()}, in
 * the user's language, naming the file and what is wrong. Expected problems are reported and answered with an
 * exit code from {@link ExitCodes}; a command never calls {@code System.exit}.
 */
public interface ICommand {

    /**
     * @param args the arguments that follow the command name
     * @param context the streams and working directory of this run
     * @return an exit code from {@link ExitCodes}
     */
    int run(List<String> args, CommandContext context);
}
