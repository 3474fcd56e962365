/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.maillage.cli.CommandContext;
import org.maillage.cli.CommandFailures;
import org.maillage.cli.ExitCodes;
import org.maillage.cli.ICommand;
import org.maillage.cli.RoadmapFileCommand;
import org.maillage.core.persistence.IoProblems;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.core.persistence.OutputPaths;
import org.maillage.core.persistence.OutputRefusedException;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.ReferenceData;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.territoire.Region;
import org.maillage.territory.TerritoryImport;
import org.maillage.territory.TerritoryImportException;
import org.maillage.territory.TerritoryUpdate;

/**
 * {@code maillage import-territory [--data DIR] --departement CODE[,CODE] --out FILE [--replace]}, or
 * {@code maillage import-territory --update FILE [--data DIR] [--dry-run]} (see {@link TerritoryUpdate}): imports
 * départements from the data built into Maillage, or from another millésime of the
 * {@code @etalab/decoupage-administratif} package ({@code --data}), into a Maillage file, written atomically.
 * <p>
 * The output is checked before any work ({@link OutputPaths}): never a file of the data package, a folder or a
 * device. An existing output that holds more than territory (a roadmap: chantiers, dispositifs...) or is not a
 * Maillage file at all is replaced only with {@code --replace}; its previous content is then kept as
 * {@code FILE.bak} (older backups rotate, see {@link org.maillage.core.persistence.AtomicFileWriter}).
 * <p>
 * Exit codes: 0 written; 2 wrong usage, unknown département code or refused output; 3 data folder missing,
 * malformed or refused, or output not writable. The summary goes to standard output, messages to standard error.
 */
public final class ImportTerritoryCommand implements ICommand {

    private static final List<String> OPTIONS = List.of("--data", "--departement", "--out", "--update");
    private static final String UPDATE = "--update";
    private static final String DRY_RUN = "--dry-run";
    /** Without {@code --data}, the data built into Maillage are imported. */
    private static final List<String> REQUIRED = List.of("--departement", "--out");
    private static final String REPLACE = "--replace";

    /** What a territory import writes; a file with anything else in its root holds more than territory. */
    private static final Set<EStructuralFeature> TERRITORY_FEATURES = Set.of(
            MaillagePackage.Literals.MODELE_MAILLAGE__REFERENCE_DATA, MaillagePackage.Literals.MODELE_MAILLAGE__REGIONS,
            MaillagePackage.Literals.MODELE_MAILLAGE__EPCIS);

    @Override
    public int run(List<String> args, CommandContext context) {
        Map<String, String> options = new HashMap<>();
        String usageProblem = parse(args, OPTIONS, Set.of(REPLACE, DRY_RUN), options);
        if (usageProblem == null && options.containsKey(UPDATE)) {
            return update(options, context);
        }
        if (usageProblem == null && options.containsKey(DRY_RUN)) {
            usageProblem = Messages.get("cli.unknownOption", DRY_RUN);
        }
        boolean replace = options.remove(REPLACE) != null;
        if (usageProblem == null) {
            usageProblem = REQUIRED.stream().filter(o -> !options.containsKey(o)).findFirst()
                    .map(o -> Messages.get("cli.missingOption", o)).orElse(null);
        }
        if (usageProblem != null) {
            context.err().println(usageProblem);
            context.err().println(Messages.get("cli.usage"));
            return ExitCodes.USAGE;
        }
        Path data = options.containsKey("--data") ? context.resolve(options.get("--data")) : null;
        Path out = context.resolve(options.get("--out"));
        try {
            OutputPaths.checkFile(out, data == null ? List.of() : dataFiles(data));
        } catch (OutputRefusedException e) {
            return CommandFailures.outputRefused(e, context);
        }
        String holdsMore = replace ? null : holdsMoreThanTerritory(out);
        if (holdsMore != null) {
            context.err().println(holdsMore);
            return ExitCodes.USAGE;
        }
        ModeleMaillage model;
        try {
            model = new TerritoryImport().importDepartements(data,
                    Arrays.asList(options.get("--departement").split(",")));
        } catch (TerritoryImportException e) {
            context.err().println(e.getMessage());
            // No file means the codes were at fault, i.e. the arguments.
            return e.getFile() == null ? ExitCodes.USAGE : ExitCodes.INPUT_ERROR;
        }
        try {
            MaillageFiles.save(model, out);
        } catch (IOException e) {
            context.err().println(Messages.get("cli.cannotWrite", out, IoProblems.reason(e)));
            return ExitCodes.INPUT_ERROR;
        }
        context.out().println(summary(model, out));
        return ExitCodes.OK;
    }

    /**
     * {@code --update FILE [--data DIR] [--dry-run]}: the roadmap's territory to another millésime, changes listed
     * before they are applied; the file is written atomically, its previous content kept as {@code FILE.bak}.
     */
    private static int update(Map<String, String> options, CommandContext context) {
        for (String other : List.of("--departement", "--out", REPLACE)) {
            if (options.containsKey(other)) {
                context.err().println(Messages.get("cli.updateExclusive", other));
                context.err().println(Messages.get("cli.usage.update"));
                return ExitCodes.USAGE;
            }
        }
        Path file = context.resolve(options.get(UPDATE));
        Path data = options.containsKey("--data") ? context.resolve(options.get("--data")) : null;
        try {
            OutputPaths.checkFile(file, data == null ? List.of() : dataFiles(data));
        } catch (OutputRefusedException e) {
            return CommandFailures.outputRefused(e, context);
        }
        ModeleMaillage model = RoadmapFileCommand.load(file, context);
        if (model == null) {
            return ExitCodes.INPUT_ERROR;
        }
        TerritoryUpdate.Plan plan;
        try {
            plan = TerritoryUpdate.plan(model, data);
        } catch (TerritoryImportException e) {
            context.err().println(e.getMessage());
            return e.getFile() == null && data == null ? ExitCodes.USAGE : ExitCodes.INPUT_ERROR;
        }
        String millesime = plan.millesime() == null ? Messages.get("cli.noMillesime") : plan.millesime();
        if (plan.changes().isEmpty() && plan.attention().isEmpty()) {
            context.out().println(Messages.get("update.none", plan.dataName()));
            return ExitCodes.OK;
        }
        context.out().println(Messages.get("update.header", millesime, plan.dataName(), plan.changes().size()));
        plan.changes().forEach(context.out()::println);
        plan.attention().forEach(context.out()::println);
        if (options.containsKey(DRY_RUN)) {
            context.out().println(Messages.get("update.dryRun", file));
            return ExitCodes.OK;
        }
        try {
            plan.apply();
            MaillageFiles.save(model, file);
        } catch (TerritoryImportException e) {
            context.err().println(e.getMessage());
            return ExitCodes.INPUT_ERROR;
        } catch (IOException e) {
            context.err().println(Messages.get("cli.cannotWrite", file, IoProblems.reason(e)));
            return ExitCodes.INPUT_ERROR;
        }
        context.out().println(Messages.get("update.written", file));
        return ExitCodes.OK;
    }

    /** @return the files of the data package (and its data/ folder), which the output must never replace */
    private static List<Path> dataFiles(Path data) {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(data, data.resolve("data"))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> list = Files.list(folder)) {
                    list.filter(Files::isRegularFile).limit(10_000).forEach(files::add);
                } catch (IOException e) {
                    // Unreadable: the import will say so, naming the folder.
                }
            }
        }
        return files;
    }

    /**
     * @return why an existing output must not be replaced without {@code --replace}, or {@code null} when there is
     *         no file or it holds territory only (région, départements, communes, EPCI, reference data)
     */
    private static String holdsMoreThanTerritory(Path out) {
        if (!Files.exists(out)) {
            return null;
        }
        ModeleMaillage existing;
        try {
            existing = MaillageFiles.load(out);
        } catch (ModelLoadException e) {
            return Messages.get("cli.notTerritoryFile", out, e.getMessage());
        } catch (OutOfMemoryError | StackOverflowError e) {
            return Messages.get("cli.notTerritoryFile", out, e.getClass().getSimpleName());
        }
        List<String> others = new ArrayList<>();
        for (EStructuralFeature feature : existing.eClass().getEAllContainments()) {
            if (!TERRITORY_FEATURES.contains(feature) && existing.eIsSet(feature)) {
                others.add(feature.getName());
            }
        }
        return others.isEmpty() ? null : Messages.get("cli.holdsMore", out, String.join(", ", others));
    }

    /**
     * Reads {@code --name VALUE}, {@code --name=VALUE} and flags.
     *
     * @param valued the options that take a value
     * @param flags the options without value; present ones are put in {@code options} with an empty value
     * @return a usage problem, or {@code null} when the arguments are well formed
     */
    static String parse(List<String> args, List<String> valued, Set<String> flags, Map<String, String> options) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (flags.contains(arg)) {
                if (options.putIfAbsent(arg, "") != null) {
                    return Messages.get("cli.duplicateOption", arg);
                }
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (!valued.contains(name)) {
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
