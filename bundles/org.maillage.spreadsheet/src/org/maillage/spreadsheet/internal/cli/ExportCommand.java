/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.internal.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.maillage.cli.CommandContext;
import org.maillage.cli.CommandFailures;
import org.maillage.cli.ExitCodes;
import org.maillage.cli.ICommand;
import org.maillage.cli.RoadmapFileCommand;
import org.maillage.core.persistence.OutputPaths;
import org.maillage.core.persistence.OutputRefusedException;
import org.maillage.model.ModeleMaillage;
import org.maillage.spreadsheet.SpreadsheetException;
import org.maillage.spreadsheet.Spreadsheets;
import org.maillage.spreadsheet.internal.Messages;

/**
 * {@code maillage export FILE --table NAME[,NAME...] --out OUT.xlsx|OUT.csv|OUT.ods}: writes tables of a roadmap to
 * a spreadsheet. An output that is the roadmap, its backups or its diagram file is refused before anything is read.
 */
public final class ExportCommand implements ICommand {

    @Override
    public int run(List<String> args, CommandContext context) {
        Arguments arguments = new Arguments(args, Set.of("--table", "--out"), Set.of());
        if (arguments.error != null) {
            if (!arguments.error.isEmpty()) {
                context.err().println(arguments.error);
            }
            context.err().println(Messages.get("cli.export.usage"));
            return ExitCodes.USAGE;
        }
        List<String> tables = Arrays.stream(arguments.options.get("--table").split(",")).map(String::trim)
                .filter(t -> !t.isEmpty()).toList();
        Path file = context.resolve(arguments.file);
        Path out = context.resolve(arguments.options.get("--out"));
        try {
            Spreadsheets.checkTables(tables);
            if (tables.isEmpty()) {
                throw new SpreadsheetException(Messages.get("export.unknownTable", "",
                        String.join(", ", Spreadsheets.tables())));
            }
            OutputPaths.checkFile(out, OutputPaths.protectedFilesOf(file));
        } catch (SpreadsheetException e) {
            context.err().println(e.getMessage());
            return ExitCodes.USAGE;
        } catch (OutputRefusedException e) {
            return CommandFailures.outputRefused(e, context);
        }
        try {
            ModeleMaillage model = RoadmapFileCommand.load(file, context);
            if (model == null) {
                return ExitCodes.INPUT_ERROR;
            }
            try {
                for (Path output : Spreadsheets.outputs(model, tables, out)) {
                    OutputPaths.checkFile(output, OutputPaths.protectedFilesOf(file));
                }
                for (Path written : Spreadsheets.export(model, tables, out)) {
                    context.out().println(Messages.get("cli.export.done", arguments.file, written));
                }
                return ExitCodes.OK;
            } catch (SpreadsheetException e) {
                context.err().println(e.getMessage());
                return ExitCodes.USAGE;
            } catch (OutputRefusedException e) {
                return CommandFailures.outputRefused(e, context);
            } catch (IOException e) {
                context.err().println(Messages.get("cli.write.failed", out, e.getMessage()));
                return ExitCodes.INPUT_ERROR;
            }
        } catch (OutOfMemoryError | StackOverflowError e) {
            return CommandFailures.whileReading(file, e, context);
        }
    }
}
