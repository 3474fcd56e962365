/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.maillage.cli.CommandContext;
import org.maillage.cli.ExitCodes;
import org.maillage.cli.ICommand;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.ReferenceData;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.territoire.Region;
import org.maillage.territory.TerritoryImport;
import org.maillage.territory.TerritoryImportException;

/**
 * {@code maillage import-territory --data DIR --departement CODE[,CODE] --out FILE}: imports départements from
 * the {@code @etalab/decoupage-administratif} package into a new Maillage file, written atomically.
 * <p>
 * Exit codes: 0 written; 2 wrong usage or unknown département code; 3 data folder missing, malformed or refused,
 * or output not writable. The summary goes to standard output, messages to standard error.
 */
public final class ImportTerritoryCommand implements ICommand {

    private static final List<String> OPTIONS = List.of("--data", "--departement", "--out");

    @Override
    public int run(List<String> args, CommandContext context) {
        Map<String, String> options = new HashMap<>();
        String usageProblem = parse(args, options);
        if (usageProblem == null) {
            usageProblem = OPTIONS.stream().filter(o -> !options.containsKey(o)).findFirst()
                    .map(o -> Messages.get("cli.missingOption", o)).orElse(null);
        }
        if (usageProblem != null) {
            context.err().println(usageProblem);
            context.err().println(Messages.get("cli.usage"));
            return ExitCodes.USAGE;
        }
        ModeleMaillage model;
        try {
            model = new TerritoryImport().importDepartements(context.resolve(options.get("--data")),
                    Arrays.asList(options.get("--departement").split(",")));
        } catch (TerritoryImportException e) {
            context.err().println(e.getMessage());
            // No file means the codes were at fault, i.e. the arguments.
            return e.getFile() == null ? ExitCodes.USAGE : ExitCodes.INPUT_ERROR;
        }
        Path out = context.resolve(options.get("--out"));
        try {
            MaillageFiles.save(model, out);
        } catch (IOException e) {
            context.err().println(Messages.get("cli.cannotWrite", out, e.getMessage()));
            return ExitCodes.INPUT_ERROR;
        }
        context.out().println(summary(model, out));
        return ExitCodes.OK;
    }

    /** @return a usage problem, or {@code null} when the arguments are well formed */
    private static String parse(List<String> args, Map<String, String> options) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (!OPTIONS.contains(name)) {
                return Messages.get("cli.unknownOption", arg);
            }
            if (value == null) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    return Messages.get("cli.missingValue", name);
                }
                value = args.get(++i);
            }
            if (value.isBlank()) {
                return Messages.get("cli.missingValue", name);
            }
            if (options.putIfAbsent(name, value) != null) {
                return Messages.get("cli.duplicateOption", name);
            }
        }
        return null;
    }

    private static String summary(ModeleMaillage model, Path out) {
        int departements = 0;
        int communes = 0;
        for (Region region : model.getRegions()) {
            departements += region.getDepartements().size();
            communes += region.getDepartements().stream().mapToInt(d -> d.getCommunes().size()).sum();
        }
        ReferenceData data = model.getReferenceData().isEmpty() ? null : model.getReferenceData().get(0);
        String millesime = data == null || data.getMillesime() == null ? Messages.get("cli.noMillesime")
                : data.getMillesime();
        return Messages.get("cli.summary", out, model.getRegions().size(), departements, communes,
                model.getEpcis().size(), millesime, data == null ? "" : data.getNom());
    }
}
