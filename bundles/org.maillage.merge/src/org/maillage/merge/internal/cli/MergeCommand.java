/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.maillage.cli.CommandContext;
import org.maillage.cli.CommandFailures;
import org.maillage.cli.ExitCodes;
import org.maillage.cli.ICommand;
import org.maillage.core.persistence.AtomicFileWriter;
import org.maillage.core.persistence.OutputPaths;
import org.maillage.core.persistence.OutputRefusedException;
import org.maillage.merge.MergeResult;
import org.maillage.merge.ModelMerge;
import org.maillage.merge.internal.ConflictTexts;
import org.maillage.merge.internal.Messages;
import org.maillage.model.Conflit;

/**
 * {@code maillage merge BASE OURS THEIRS --out OUT}: writes the three-way merge to OUT, which may not be one of the
 * inputs. {@code maillage merge --git %O %A %B}: Git's merge driver, writes the merge into {@code %A} atomically.
 * Exit 0 when clean, 1 when conflicts remain (recorded in the file), 2 on wrong usage, 3 when an input cannot be
 * read (or holds text-merge conflict markers) or the output cannot be written; nothing is written then.
 */
public final class MergeCommand implements ICommand {

    @Override
    public int run(List<String> args, CommandContext context) {
        List<String> files = new ArrayList<>();
        String out = null;
        boolean git = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ("--out".equals(arg) && i + 1 < args.size() && out == null) {
                out = args.get(++i);
            } else if ("--git".equals(arg) && !git) {
                git = true;
            } else if (arg.startsWith("--")) {
                return usage(context);
            } else {
                files.add(arg);
            }
        }
        if (files.size() != 3 || git == (out != null)) {
            return usage(context);
        }
        Path base = context.resolve(files.get(0));
        Path ours = context.resolve(files.get(1));
        Path theirs = context.resolve(files.get(2));
        Path output;
        if (git) {
            // Git asks for the result in %A, its temporary copy of our version.
            output = ours;
        } else {
            output = context.resolve(out);
            try {
                OutputPaths.checkFile(output, OutputPaths.protectedFilesOf(List.of(base, ours, theirs)));
            } catch (OutputRefusedException e) {
                return CommandFailures.outputRefused(e, context);
            }
        }
        Path backup = AtomicFileWriter.backupOf(output);
        boolean hadBackup = Files.exists(backup);
        MergeResult result;
        try {
            result = ModelMerge.mergeFiles(base, ours, theirs, output);
        } catch (IOException e) {
            context.err().println(e.getMessage());
            return ExitCodes.INPUT_ERROR;
        } catch (OutOfMemoryError | StackOverflowError e) {
            return CommandFailures.whileReading(ours, e, context);
        }
        if (git && !hadBackup) {
            // Git's temporary file needs no backup: Git keeps every version, and a .bak would litter the work tree.
            try {
                Files.deleteIfExists(backup);
            } catch (IOException e) {
                // Harmless: a stray backup of a temporary file.
            }
        }
        String shown = git ? files.get(1) : out;
        if (result.isClean()) {
            context.out().println(Messages.get("cli.clean", shown));
            return ExitCodes.OK;
        }
        context.out().println(Messages.get("cli.conflicts", shown, result.conflicts().size()));
        for (Conflit conflict : result.conflicts()) {
            context.out().println(Messages.get("cli.conflict", ConflictTexts.describe(conflict, true)));
        }
        return ExitCodes.PROBLEMS_FOUND;
    }

    private static int usage(CommandContext context) {
        context.err().println(Messages.get("cli.usage"));
        return ExitCodes.USAGE;
    }
}
