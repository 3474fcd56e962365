/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli.internal.commands;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.maillage.cli.CommandContext;
import org.maillage.cli.ExitCodes;
import org.maillage.cli.ICommand;
import org.maillage.cli.RoadmapFileCommand;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.edit.seance.ChangeSentences;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.Snapshot;
import org.maillage.model.seance.Snapshots;

/**
 * {@code maillage changes FILE [--since SEANCE] [--until SEANCE] [--date AAAA-MM-JJ]}: what changed between a frozen
 * séance (by default the latest one) and the roadmap as it is now (or a later frozen séance), one change per line.
 */
public final class ChangesCommand implements ICommand {

    @Override
    public int run(List<String> args, CommandContext context) {
        SeanceArguments arguments = new SeanceArguments(args, Set.of("--since", "--until", "--date"), Set.of());
        LocalDate date = arguments.error == null ? arguments.date() : null;
        if (arguments.error != null) {
            context.err().println(arguments.error);
            context.err().println(CommandMessages.get("changes.usage"));
            return ExitCodes.USAGE;
        }
        ModeleMaillage model = RoadmapFileCommand.load(context.resolve(arguments.file), context);
        if (model == null) {
            return ExitCodes.INPUT_ERROR;
        }
        Snapshot after;
        Optional<Seance> until = Optional.empty();
        if (arguments.options.containsKey("--until")) {
            until = frozen(model, arguments.options.get("--until"), arguments.file, context);
            if (until.isEmpty()) {
                return ExitCodes.USAGE;
            }
            after = until.get().getSnapshot();
        } else {
            after = Snapshots.current(model, date);
        }
        Optional<Seance> since;
        if (arguments.options.containsKey("--since")) {
            since = frozen(model, arguments.options.get("--since"), arguments.file, context);
        } else {
            LocalDate limit = until.map(Seance::getDate).orElse(null);
            since = model.getInstances().stream().flatMap(i -> i.getSeances().stream())
                    .filter(s -> s.getSnapshot() != null && s.getDate() != null
                            && (limit == null || s.getDate().isBefore(limit)))
                    .max(java.util.Comparator.comparing(Seance::getDate));
            if (since.isEmpty()) {
                context.err().println(CommandMessages.get("changes.noFrozen", arguments.file));
            }
        }
        if (since.isEmpty()) {
            return ExitCodes.USAGE;
        }
        List<String> lines = ChangeSentences.of(since.get().getSnapshot(), after, model);
        lines.forEach(context.out()::println);
        context.err().println(CommandMessages.get("changes.count", lines.size(), since.get().getNom()));
        return ExitCodes.OK;
    }

    private static Optional<Seance> frozen(ModeleMaillage model, String wanted, String file, CommandContext context) {
        Optional<Seance> seance = Snapshots.findSeance(model, wanted);
        if (seance.isEmpty()) {
            context.err().println(CommandMessages.get("seance.unknown", wanted, file));
        } else if (seance.get().getSnapshot() == null) {
            context.err().println(CommandMessages.get("seance.notFrozen", seance.get().getNom(), file));
            return Optional.empty();
        }
        return seance;
    }
}
