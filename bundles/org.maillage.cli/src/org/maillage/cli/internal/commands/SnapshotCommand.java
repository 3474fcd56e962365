/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli.internal.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.maillage.cli.CommandContext;
import org.maillage.cli.ExitCodes;
import org.maillage.cli.ICommand;
import org.maillage.cli.RoadmapFileCommand;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.instance.Seance;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.seance.Snapshots;

/**
 * {@code maillage snapshot FILE [--seance ID_OR_NAME] [--replace]}: freezes the roadmap for a séance (by default the
 * latest séance of the CTS) and saves the file atomically. A séance already frozen is replaced only with
 * {@code --replace}: the earlier state is what the next dossier compares with, and cannot be rebuilt.
 */
public final class SnapshotCommand implements ICommand {

    @Override
    public int run(List<String> args, CommandContext context) {
        SeanceArguments arguments = new SeanceArguments(args, Set.of("--seance"), Set.of("--replace"));
        if (arguments.error != null) {
            context.err().println(arguments.error);
            context.err().println(CommandMessages.get("snapshot.usage"));
            return ExitCodes.USAGE;
        }
        Path file = context.resolve(arguments.file);
        ModeleMaillage model = RoadmapFileCommand.load(file, context);
        if (model == null) {
            return ExitCodes.INPUT_ERROR;
        }
        String wanted = arguments.options.get("--seance");
        Optional<Seance> seance = wanted == null ? Snapshots.latestSeance(model) : Snapshots.findSeance(model, wanted);
        if (seance.isEmpty()) {
            context.err().println(wanted == null ? CommandMessages.get("seance.none", arguments.file)
                    : CommandMessages.get("seance.unknown", wanted, arguments.file));
            return ExitCodes.USAGE;
        }
        if (seance.get().getDate() == null) {
            context.err().println(CommandMessages.get("seance.noDate", seance.get().getNom(), arguments.file));
            return ExitCodes.USAGE;
        }
        if (seance.get().getSnapshot() != null && !arguments.options.containsKey("--replace")) {
            context.err().println(CommandMessages.get("snapshot.exists", seance.get().getNom(), arguments.file));
            return ExitCodes.USAGE;
        }
        seance.get().setSnapshot(Snapshots.freezeFor(seance.get()));
        try {
            MaillageFiles.save(model, file);
        } catch (IOException e) {
            context.err().println(CommandMessages.get("snapshot.saveFailed", arguments.file, e.getMessage()));
            return ExitCodes.INPUT_ERROR;
        }
        context.out().println(CommandMessages.get("snapshot.done", seance.get().getNom(),
                seance.get().getSnapshot().getEtats().size(), seance.get().getSnapshot().getLacunes().size()));
        return ExitCodes.OK;
    }
}
