/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli;

import java.nio.file.Path;
import java.util.List;

import org.maillage.core.persistence.ModelLoadException;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;

/**
 * Base of the commands that take one roadmap file: {@code maillage NAME FILE}. It checks the arguments, loads
 * the file safely and reports a load failure with the loader's message (file, line, problem) and
 * {@link ExitCodes#INPUT_ERROR}, so that every such command behaves the same on bad input. An out-of-memory or
 * stack-overflow error while loading or processing the file gives {@link ExitCodes#INTERNAL_ERROR} and a message
 * naming the file ({@link CommandFailures#whileReading}).
 */
public abstract class RoadmapFileCommand implements ICommand {

    @Override
    public final int run(List<String> args, CommandContext context) {
        if (args.size() != 1) {
            context.err().println(usage());
            return ExitCodes.USAGE;
        }
        Path file = context.resolve(args.get(0));
        try {
            ModeleMaillage model = load(file, context);
            return model == null ? ExitCodes.INPUT_ERROR : run(model, args.get(0), context);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // A huge or deeply nested file: name it, the command line alone would not know which one.
            return CommandFailures.whileReading(file, e, context);
        }
    }

    /**
     * Loads a roadmap for a command the way every command does: safely, and on failure with the loader's message
     * (file, line, problem) on standard error.
     *
     * @param file the roadmap file
     * @param context where to say what went wrong
     * @return the loaded root, or {@code null} after the message: the command then returns
     *         {@link ExitCodes#INPUT_ERROR}
     */
    public static ModeleMaillage load(Path file, CommandContext context) {
        try {
            return MaillageFiles.load(file);
        } catch (ModelLoadException e) {
            context.err().println(e.getMessage());
            return null;
        }
    }

    /** @return the usage line shown on wrong arguments, in the user's language */
    protected abstract String usage();

    /**
     * @param model the loaded roadmap
     * @param fileName the file as the user typed it, for messages
     * @param context the streams and working directory
     * @return an exit code from {@link ExitCodes}
     */
    protected abstract int run(ModeleMaillage model, String fileName, CommandContext context);
}
