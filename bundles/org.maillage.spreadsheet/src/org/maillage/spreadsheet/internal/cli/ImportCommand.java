/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.maillage.cli.CommandContext;
import org.maillage.cli.CommandFailures;
import org.maillage.cli.ExitCodes;
import org.maillage.cli.ICommand;
import org.maillage.cli.RoadmapFileCommand;
import org.maillage.core.persistence.AtomicFileWriter;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.spreadsheet.ImportPreview;
import org.maillage.spreadsheet.SpreadsheetException;
import org.maillage.spreadsheet.Spreadsheets;
import org.maillage.spreadsheet.internal.Messages;

/**
 * {@code maillage import FILE --from SHEET.xlsx|.csv|.ods [--dry-run] [--importer-lignes-valides]}: prints the
 * preview, then applies it as one command and saves the roadmap atomically (the previous file kept as
 * {@code .bak}). While a value is refused nothing is applied, unless {@code --importer-lignes-valides}; refused
 * values give exit code 1, an unreadable sheet 3.
 */
public final class ImportCommand implements ICommand {

    private static final String DRY_RUN = "--dry-run";
    private static final String VALID_ROWS = "--importer-lignes-valides";

    @Override
    public int run(List<String> args, CommandContext context) {
        Arguments arguments = new Arguments(args, Set.of("--from"), Set.of(DRY_RUN, VALID_ROWS));
        if (arguments.error != null) {
            if (!arguments.error.isEmpty()) {
                context.err().println(arguments.error);
            }
            context.err().println(Messages.get("cli.import.usage"));
            return ExitCodes.USAGE;
        }
        Path file = context.resolve(arguments.file);
        Path sheet = context.resolve(arguments.options.get("--from"));
        try {
            ModeleMaillage model = RoadmapFileCommand.load(file, context);
            if (model == null) {
                return ExitCodes.INPUT_ERROR;
            }
            ImportPreview preview;
            try {
                preview = Spreadsheets.preview(model, sheet);
            } catch (SpreadsheetException e) {
                context.err().println(e.getMessage());
                return ExitCodes.INPUT_ERROR;
            }
            print(preview, context);
            boolean refused = !preview.refusals().isEmpty();
            boolean validRows = arguments.flags.contains(VALID_ROWS);
            if (refused && !validRows) {
                context.err().println(Messages.get("cli.import.refused"));
                return ExitCodes.PROBLEMS_FOUND;
            }
            if (arguments.flags.contains(DRY_RUN)) {
                context.out().println(Messages.get("cli.import.dryRun", arguments.file));
            } else if (!preview.hasChanges()) {
                context.out().println(Messages.get("cli.import.nothing", arguments.file));
            } else {
                RoadmapDocument document = RoadmapDocument.of(model, file);
                Command command = preview.command(document.getEditingDomain(), validRows);
                document.getCommandStack().execute(command);
                try {
                    MaillageFiles.save(model, file);
                } catch (IOException e) {
                    context.err().println(Messages.get("cli.write.failed", arguments.file, e.getMessage()));
                    return ExitCodes.INPUT_ERROR;
                }
                context.out().println(Messages.get("cli.import.saved", arguments.file,
                        AtomicFileWriter.backupOf(file).getFileName()));
            }
            return refused ? ExitCodes.PROBLEMS_FOUND : ExitCodes.OK;
        } catch (OutOfMemoryError | StackOverflowError e) {
            return CommandFailures.whileReading(sheet, e, context);
        }
    }

    private static void print(ImportPreview preview, CommandContext context) {
        PrintStream out = context.out();
        out.println(preview.summary());
        for (ImportPreview.RowChange row : preview.added()) {
            out.println(Messages.get("preview.added", row.sheet(), String.valueOf(row.row()), row.element()));
        }
        for (ImportPreview.RowChange row : preview.changed()) {
            out.println(Messages.get("preview.changed", row.sheet(), String.valueOf(row.row()), row.element()));
            row.changes().forEach(c -> out.println(Messages.get("preview.field", c.column(), c.before(), c.after())));
        }
        preview.notes().forEach(out::println);
        preview.refusals().forEach(r -> context.err().println(r.message()));
    }
}
