/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.cli.CommandContext;
import org.maillage.cli.CommandFailures;
import org.maillage.cli.ExitCodes;
import org.maillage.cli.ICommand;
import org.maillage.cli.RoadmapFileCommand;
import org.maillage.core.persistence.IoProblems;
import org.maillage.core.persistence.OutputPaths;
import org.maillage.core.persistence.OutputRefusedException;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.territory.QpvImport;
import org.maillage.territory.TerritoryImportException;

/**
 * {@code maillage import-qpv FILE --from QPV.csv [--dry-run]}: adds or updates the roadmap's QPV from a CSV file in
 * the layout of the official list ({@link QpvImport}). The changes are printed first; without {@code --dry-run}
 * the roadmap is then saved atomically, its previous content kept as {@code FILE.bak}.
 * <p>
 * Exit codes: 0 done (or nothing to do); 2 wrong usage or the CSV given as output; 3 roadmap or CSV missing,
 * unreadable or wrong (every wrong line named with its line and column), or the roadmap cannot be written.
 */
public final class ImportQpvCommand implements ICommand {

    private static final String FROM = "--from";
    private static final String DRY_RUN = "--dry-run";

    @Override
    public int run(List<String> args, CommandContext context) {
        Map<String, String> options = new HashMap<>();
        String problem = args.isEmpty() || args.get(0).startsWith("--") ? Messages.get("cli.missingOption", "FICHIER")
                : ImportTerritoryCommand.parse(args.subList(1, args.size()), List.of(FROM), Set.of(DRY_RUN), options);
        if (problem == null && !options.containsKey(FROM)) {
            problem = Messages.get("cli.missingOption", FROM);
        }
        if (problem != null) {
            context.err().println(problem);
            context.err().println(Messages.get("qpv.cli.usage"));
            return ExitCodes.USAGE;
        }
        Path file = context.resolve(args.get(0));
        Path csv = context.resolve(options.get(FROM));
        try {
            OutputPaths.checkFile(file, OutputPaths.protectedFilesOf(csv));
        } catch (OutputRefusedException e) {
            return CommandFailures.outputRefused(e, context);
        }
        ModeleMaillage model = RoadmapFileCommand.load(file, context);
        if (model == null) {
            return ExitCodes.INPUT_ERROR;
        }
        QpvImport.Plan plan;
        try {
            plan = QpvImport.plan(csv, model);
        } catch (TerritoryImportException e) {
            context.err().println(e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
        if (plan.changes().isEmpty()) {
            context.out().println(Messages.get("qpv.cli.none", file, csv));
            return ExitCodes.OK;
        }
        context.out().println(Messages.get("qpv.cli.header", file, plan.changes().size(), csv));
        plan.changes().forEach(context.out()::println);
        if (options.containsKey(DRY_RUN)) {
            context.out().println(Messages.get("update.dryRun", file));
            return ExitCodes.OK;
        }
        plan.apply();
        try {
            MaillageFiles.save(model, file);
        } catch (IOException e) {
            context.err().println(Messages.get("qpv.cli.cannotWrite", file, IoProblems.reason(e)));
            return ExitCodes.INPUT_ERROR;
        }
        context.out().println(Messages.get("qpv.cli.written", file));
        return ExitCodes.OK;
    }
}
