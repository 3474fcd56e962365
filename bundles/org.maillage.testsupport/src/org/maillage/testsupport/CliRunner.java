/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.maillage.cli.CommandContext;
import org.maillage.cli.internal.Cli;
import org.maillage.cli.internal.CommandRegistry;

/**
 * Runs a Maillage command line in the test's OSGi runtime, with every command contributed there, and captures
 * what it prints: the same dispatch as {@code ./maillage COMMAND}, without starting a process.
 */
public final class CliRunner {

    /**
     * What a run gave.
     *
     * @param code the exit code
     * @param out what went to standard output
     * @param err what went to standard error
     */
    public record Result(int code, String out, String err) {
    }

    private CliRunner() {
    }

    /**
     * @param workingDirectory the folder relative paths are resolved against
     * @param args the command line, e.g. {@code "info", "eure.maillage"}
     * @return the exit code and the captured output
     */
    public static Result run(Path workingDirectory, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8), errStream,
                workingDirectory);
        int code = new Cli(CommandRegistry.read(Platform.getExtensionRegistry(), errStream), "0.1.0")
                .run(List.of(args), context);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
