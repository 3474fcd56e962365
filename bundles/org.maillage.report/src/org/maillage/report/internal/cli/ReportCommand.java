/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.maillage.cli.CommandContext;
import org.maillage.cli.CommandFailures;
import org.maillage.cli.ExitCodes;
import org.maillage.cli.ICommand;
import org.maillage.cli.RoadmapFileCommand;
import org.maillage.core.persistence.IoProblems;
import org.maillage.core.persistence.OutputPaths;
import org.maillage.core.persistence.OutputRefusedException;
import org.maillage.core.text.MessageBundle;
import org.maillage.model.ModeleMaillage;
import org.maillage.report.OutputFormat;
import org.maillage.report.RenderLimits;
import org.maillage.report.ReportDesign;
import org.maillage.report.ReportDesigns;
import org.maillage.report.ReportException;
import org.maillage.report.ReportOptions;
import org.maillage.report.ReportService;
import org.maillage.report.data.ReportScope;

/**
 * {@code maillage report}: lists the designs, or produces a report of one roadmap ({@code --out FILE}) or of many
 * ({@code --out-dir DIR} with several files or folders of {@code .maillage} files). All reports of a run share the
 * application's one engine.
 */
public final class ReportCommand implements ICommand {

    private static final MessageBundle MESSAGES = new MessageBundle("org.maillage.report.internal.cli.messages",
            ReportCommand.class.getClassLoader());

    /** The parsed options. */
    private static final class Options {
        boolean list;
        String design;
        OutputFormat format = OutputFormat.PDF;
        String out;
        String outDir;
        LocalDate date;
        Duration timeout = RenderLimits.DEFAULT_TIMEOUT;
        final Map<String, String> parameters = new LinkedHashMap<>();
        final List<String> models = new ArrayList<>();
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            context.err().println(e.getMessage());
            context.err().println(MESSAGES.get("usage"));
            return ExitCodes.USAGE;
        }
        if (options.list) {
            for (ReportDesign design : ReportDesigns.read(Platform.getExtensionRegistry(), context.err()::println)) {
                context.out().println(MESSAGES.get("list.line", design.id(), design.name(), design.description()));
            }
            return ExitCodes.OK;
        }
        Optional<Design> design = design(options.design, context);
        if (design.isEmpty()) {
            return ExitCodes.USAGE;
        }
        if (!design.get().readable()) {
            context.err().println(MESSAGES.get("design.unreadable", options.design));
            return ExitCodes.INPUT_ERROR;
        }
        List<Path> models;
        try {
            models = models(options, context);
        } catch (IOException e) {
            context.err().println(MESSAGES.get("models.unreadable", e.getMessage()));
            return ExitCodes.INPUT_ERROR;
        }
        if (options.out != null && models.size() != 1) {
            context.err().println(MESSAGES.get("out.oneModel"));
            return ExitCodes.USAGE;
        }
        List<Path> targets;
        try {
            targets = targets(options, models, design.get(), context);
        } catch (OutputRefusedException e) {
            return CommandFailures.outputRefused(e, context);
        }
        try {
            ReportService.getDefault().renderer();
        } catch (ReportException e) {
            context.err().println(MESSAGES.get("engine.failed", e.getMessage()));
            return ExitCodes.INTERNAL_ERROR;
        }
        int code = ExitCodes.OK;
        for (int i = 0; i < models.size(); i++) {
            code = Math.max(code, produce(design.get(), models.get(i), targets.get(i), options, context));
        }
        return code;
    }

    /**
     * The output of each roadmap, checked before any work: never an input (a roadmap, its backups or diagram file,
     * the design file), a folder or a device, and never the same output for two roadmaps.
     */
    private static List<Path> targets(Options options, List<Path> models, Design design, CommandContext context)
            throws OutputRefusedException {
        List<Path> inputs = new ArrayList<>(OutputPaths.protectedFilesOf(models));
        if (design.file() != null) {
            inputs.add(design.file());
        }
        List<Path> targets = new ArrayList<>();
        if (options.out != null) {
            targets.add(context.resolve(options.out));
        } else {
            Path folder = context.resolve(options.outDir);
            OutputPaths.checkFolder(folder);
            for (Path model : models) {
                targets.add(folder.resolve(design.id() + '-' + baseName(model) + '.' + options.format.extension()));
            }
        }
        Set<Path> seen = new HashSet<>();
        for (Path target : targets) {
            OutputPaths.checkFile(target, inputs);
            if (!seen.add(target.toAbsolutePath().normalize())) {
                throw new OutputRefusedException(target, MESSAGES.get("out.collision", target));
            }
        }
        return targets;
    }

    private static int produce(Design design, Path modelFile, Path target, Options options,
            CommandContext context) {
        ModeleMaillage model = RoadmapFileCommand.load(modelFile, context);
        if (model == null) {
            return ExitCodes.INPUT_ERROR;
        }
        ReportScope scope = ReportScope.of(model);
        if (options.date != null) {
            scope = scope.withDateSituation(options.date);
        }
        Path partial = null;
        try {
            Path folder = target.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            // Not createTempFile: its owner-only mode (0600) would stay on the report, a file meant to be shared.
            // A new file gets the usual permissions (umask applied), as in the wizard's ReportJob.
            partial = Files.createFile(folder.resolve(".maillage-report-" + UUID.randomUUID() + ".part"));
            // Interrupted (Ctrl-C) or killed between here and the rename: not left behind at exit.
            partial.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(partial); InputStream in = design.open()) {
                ReportOptions choices = new ReportOptions(options.parameters, warning -> context.err()
                        .println(MESSAGES.get("warning", modelFile.getFileName(), warning)));
                ReportService.getDefault().generate(design.id(), in, scope, options.format, out,
                        new RenderLimits(design.location(), options.timeout), choices);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            context.out().println(MESSAGES.get("written", target, modelFile.getFileName()));
            return ExitCodes.OK;
        } catch (ReportException e) {
            context.err().println(MESSAGES.get("report.failed", modelFile.getFileName(), e.getMessage()));
            return ExitCodes.INPUT_ERROR;
        } catch (IOException e) {
            context.err().println(MESSAGES.get("write.failed", target, IoProblems.reason(e)));
            return ExitCodes.INPUT_ERROR;
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    // A leftover temporary file is harmless; the report's outcome was already said.
                }
            }
        }
    }

    /** A design to run: a contributed one, or a file given by path. */
    private record Design(String id, ReportDesign contributed, Path file) {
        boolean readable() {
            return contributed != null || Files.isReadable(file);
        }

        InputStream open() throws IOException {
            return contributed != null ? contributed.open() : Files.newInputStream(file);
        }

        /** @return where the design may read its libraries, style sheets and images (its folder or bundle) */
        URL location() throws MalformedURLException {
            return contributed != null ? contributed.location() : file.toAbsolutePath().toUri().toURL();
        }
    }

    private static Optional<Design> design(String name, CommandContext context) {
        List<ReportDesign> designs = ReportDesigns.read(Platform.getExtensionRegistry(), context.err()::println);
        for (ReportDesign design : designs) {
            if (design.id().equals(name)) {
                return Optional.of(new Design(design.id(), design, null));
            }
        }
        if (name.endsWith(".rptdesign") || name.contains("/") || name.contains("\\")) {
            Path file = context.resolve(name);
            return Optional.of(new Design(baseName(file), null, file));
        }
        context.err().println(MESSAGES.get("design.unknown", name,
                String.join(", ", designs.stream().map(ReportDesign::id).toList())));
        return Optional.empty();
    }

    private static List<Path> models(Options options, CommandContext context) throws IOException {
        List<Path> models = new ArrayList<>();
        for (String name : options.models) {
            Path path = context.resolve(name);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".maillage")).sorted().forEach(models::add);
                }
            } else {
                models.add(path);
            }
        }
        if (models.isEmpty()) {
            throw new IOException(String.join(", ", options.models));
        }
        return models;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Options parse(List<String> args) {
        Options options = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--list" -> options.list = true;
                case "--design" -> options.design = value(args, ++i, arg);
                case "--format" -> options.format = format(value(args, ++i, arg));
                case "--out" -> options.out = value(args, ++i, arg);
                case "--out-dir" -> options.outDir = value(args, ++i, arg);
                case "--date" -> options.date = date(value(args, ++i, arg));
                case "--timeout" -> options.timeout = timeout(value(args, ++i, arg));
                case "--param" -> parameter(options, value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException(MESSAGES.get("option.unknown", arg));
                    }
                    options.models.add(arg);
                }
            }
        }
        if (options.list) {
            return options;
        }
        if (options.design == null || options.models.isEmpty()) {
            throw new IllegalArgumentException(MESSAGES.get("arguments.missing"));
        }
        if ((options.out == null) == (options.outDir == null)) {
            throw new IllegalArgumentException(MESSAGES.get("out.exactlyOne"));
        }
        return options;
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(MESSAGES.get("option.value", option));
        }
        return args.get(index);
    }

    private static OutputFormat format(String name) {
        try {
            return OutputFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(MESSAGES.get("format.unknown", name), e);
        }
    }

    /** {@code NAME=VALUE}: the name is a plain word (BIRT parameter names), the value anything the design checks. */
    private static void parameter(Options options, String text) {
        int equals = text.indexOf('=');
        String name = equals > 0 ? text.substring(0, equals).strip() : "";
        if (!name.matches("[A-Za-z][A-Za-z0-9_]{0,63}")) {
            throw new IllegalArgumentException(MESSAGES.get("param.invalid", text));
        }
        options.parameters.put(name, text.substring(equals + 1).strip());
    }

    private static Duration timeout(String text) {
        try {
            long seconds = Long.parseLong(text.strip());
            if (seconds > 0 && seconds <= 86_400) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // Said below.
        }
        throw new IllegalArgumentException(MESSAGES.get("timeout.invalid", text));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(MESSAGES.get("date.invalid", text), e);
        }
    }
}
