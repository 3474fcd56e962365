/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli.internal;

import java.util.List;
import java.util.Optional;

import org.maillage.cli.CommandContext;
import org.maillage.cli.CommandFailures;
import org.maillage.cli.ExitCodes;

/**
 * Dispatches a command line to the built-in options or a contributed command. Independent of the running
 * platform, so that tests drive it with their own streams and commands.
 */
public final class Cli {

    private final List<CommandDescriptor> commands;
    private final String version;

    /**
     * @param commands the contributed commands
     * @param version the product version shown by {@code --version}
     */
    public Cli(List<CommandDescriptor> commands, String version) {
        this.commands = List.copyOf(commands);
        this.version = version;
    }

    /**
     * @param args the whole command line, without the launcher's own options
     * @param context the streams and working directory
     * @return the exit code
     */
    public int run(List<String> args, CommandContext context) {
        if (args.isEmpty()) {
            printHelp(context);
            return ExitCodes.USAGE;
        }
        String first = args.get(0);
        switch (first) {
            case "--help", "-h", "help":
                printHelp(context);
                return ExitCodes.OK;
            case "--version":
                context.out().println(Messages.get("version", version, Runtime.version().toString()));
                return ExitCodes.OK;
            default:
                break;
        }
        Optional<CommandDescriptor> command = commands.stream().filter(c -> c.name().equals(first)).findFirst();
        if (command.isEmpty()) {
            context.err().println(Messages.get("unknownCommand", first));
            return ExitCodes.USAGE;
        }
        try {
            return command.get().factory().get().run(args.subList(1, args.size()), context);
        } catch (RuntimeException e) {
            // A bug, not a user error: one readable line, the type tells developers where to look.
            context.err().println(Messages.get("internalError", first, e.getClass().getName(), e.getMessage()));
            return ExitCodes.INTERNAL_ERROR;
        } catch (Error e) {
            // Out of memory or a stack overflow (huge or hostile input) must never end as a silent exit 0.
            return CommandFailures.duringCommand(first, e, context);
        }
    }

    private void printHelp(CommandContext context) {
        context.out().println(Messages.get("help.header", version));
        context.out().println();
        context.out().println(Messages.get("help.usage"));
        context.out().println();
        context.out().println(Messages.get("help.options"));
        context.out().println("  --help        " + Messages.get("help.option.help"));
        context.out().println("  --version     " + Messages.get("help.option.version"));
        context.out().println();
        if (commands.isEmpty()) {
            context.out().println(Messages.get("help.noCommands"));
        } else {
            context.out().println(Messages.get("help.commands"));
            for (CommandDescriptor c : commands) {
                context.out().println("  " + c.name() + " " + c.usage());
                context.out().println("      " + c.description());
            }
        }
        context.out().println();
        context.out().println(Messages.get("help.exitCodes"));
        context.out().println(Messages.get("help.footer"));
    }
}
