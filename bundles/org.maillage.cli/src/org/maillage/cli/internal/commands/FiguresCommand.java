/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli.internal.commands;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.maillage.cli.CommandContext;
import org.maillage.cli.ExitCodes;
import org.maillage.cli.ICommand;
import org.maillage.cli.RoadmapFileCommand;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.figures.Figure;
import org.maillage.model.figures.Figures;

/**
 * {@code maillage figures FILE [--date AAAA-MM-JJ]}: the key figures of the file's first roadmap, judged today or on
 * the date given, one per line: stable id, value, label. The same figures as the explorer, the diagrams and the
 * reports ({@link Figures}), so a script can follow them from one CTS meeting to the next.
 */
public final class FiguresCommand implements ICommand {

    @Override
    public int run(List<String> args, CommandContext context) {
        String file = null;
        LocalDate asOf = LocalDate.now();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ("--date".equals(arg) && i + 1 < args.size()) {
                try {
                    asOf = LocalDate.parse(args.get(++i));
                } catch (DateTimeParseException e) {
                    context.err().println(CommandMessages.get("figures.badDate", args.get(i)));
                    return ExitCodes.USAGE;
                }
            } else if (file == null && !arg.startsWith("--")) {
                file = arg;
            } else {
                context.err().println(CommandMessages.get("figures.usage"));
                return ExitCodes.USAGE;
            }
        }
        if (file == null) {
            context.err().println(CommandMessages.get("figures.usage"));
            return ExitCodes.USAGE;
        }
        Path path = context.resolve(file);
        ModeleMaillage model = RoadmapFileCommand.load(path, context);
        if (model == null) {
            return ExitCodes.INPUT_ERROR;
        }
        Figures figures = Figures.of(model, asOf);
        String feuille = figures.feuilleDeRoute() == null ? "-" : String.valueOf(figures.feuilleDeRoute().getNom());
        context.out().println(CommandMessages.get("figures.header", file, feuille, asOf.toString()));
        for (Figure figure : figures.keyFigures()) {
            context.out().printf("%-26s %10d  %s%n", figure.id(), figure.value(), figure.label());
        }
        return ExitCodes.OK;
    }
}
