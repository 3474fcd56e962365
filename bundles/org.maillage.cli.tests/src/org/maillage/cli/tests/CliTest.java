/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ExitCodes;
import org.maillage.cli.RoadmapFileCommand;
import org.maillage.cli.internal.Cli;
import org.maillage.cli.internal.CommandDescriptor;
import org.maillage.cli.internal.CommandRegistry;
import org.maillage.model.MaillageFactory;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: --version and --help in French and English; no argument prints help with a usage exit code;
 * an unknown command and a failing command give their documented exit codes and a one-line message; commands
 * contributed through the extension point are listed and run, a reserved name is refused; an OutOfMemoryError or
 * a StackOverflowError in a command gives the internal-error exit code and a French message (never a silent 0),
 * naming the file when the command knows it (a roadmap command running out of memory or stack).
 */
@ExtendWith(FrenchLocale.class)
class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        List<CommandDescriptor> commands = CommandRegistry.read(Platform.getExtensionRegistry(),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("."));
        return new Cli(commands, "9.8.7").run(List.of(args), context);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionPrintsProductAndJava() {
        assertEquals(ExitCodes.OK, run("--version"));
        assertTrue(out().startsWith("Maillage 9.8.7"), out());
        assertTrue(out().contains("Java " + Runtime.version().feature()), out());
    }

    @Test
    void helpIsFrenchByDefaultAndListsContributedCommands() {
        assertEquals(ExitCodes.OK, run("--help"));
        assertTrue(out().contains("Usage : maillage"), out());
        assertTrue(out().contains("Commandes :"), out());
        assertTrue(out().contains("echo-test WORDS..."), out());
        assertTrue(out().contains("Codes de sortie"), out());
    }

    @Test
    void helpInEnglishWhenTheLocaleIsEnglish() {
        Locale.setDefault(Locale.UK);
        assertEquals(ExitCodes.OK, run("--help"));
        assertTrue(out().contains("Usage: maillage"), out());
        assertTrue(out().contains("Exit codes"), out());
    }

    @Test
    void noArgumentPrintsHelpAndSignalsUsage() {
        assertEquals(ExitCodes.USAGE, run());
        assertTrue(out().contains("Usage"), out());
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("inconnue"));
        assertTrue(err().contains("Commande inconnue « inconnue »"), err());
        assertEquals("", out());
    }

    @Test
    void contributedCommandRunsWithItsArguments() {
        assertEquals(ExitCodes.OK, run("echo-test", "bonjour", "Évreux"));
        assertEquals("bonjour Évreux", out().strip());
    }

    @Test
    void reservedNameIsRefused() {
        run("--help");
        assertTrue(err().contains("« --version »"), "the reserved contribution is reported: " + err());
    }

    @Test
    void failingCommandGivesOneLineAndInternalErrorCode() {
        assertEquals(ExitCodes.INTERNAL_ERROR, run("echo-test", "boom"));
        assertTrue(err().contains("Erreur interne dans « echo-test »"), err());
        assertTrue(err().contains("boom requested"), err());
    }

    @Test
    void outOfMemoryIsAnInternalErrorWithAFrenchMessage() {
        assertEquals(ExitCodes.INTERNAL_ERROR, run("echo-test", "oom"));
        assertTrue(err().contains("Mémoire insuffisante pour la commande « echo-test »"), err());
        assertTrue(err().contains("MAILLAGE_VMARGS"), err());
    }

    @Test
    void stackOverflowIsAnInternalErrorWithAFrenchMessage() {
        assertEquals(ExitCodes.INTERNAL_ERROR, run("echo-test", "deep"));
        assertTrue(err().contains("Récursion trop profonde dans la commande « echo-test »"), err());
    }

    @Test
    void roadmapCommandsNameTheFileOnMemoryOrStackErrors(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("enorme.maillage");
        MaillageFiles.save(MaillageFactory.eINSTANCE.createModeleMaillage(), file);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        CommandContext context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8), errStream,
                folder);
        for (Error error : List.of(new OutOfMemoryError("Java heap space"), new StackOverflowError())) {
            err.reset();
            RoadmapFileCommand command = new RoadmapFileCommand() {
                @Override
                protected String usage() {
                    return "usage";
                }

                @Override
                protected int run(ModeleMaillage model, String fileName, CommandContext c) {
                    throw error;
                }
            };
            assertEquals(ExitCodes.INTERNAL_ERROR, command.run(List.of("enorme.maillage"), context));
            assertTrue(err().contains(file.toString()), err());
            assertTrue(err().contains(error instanceof OutOfMemoryError ? "Mémoire insuffisante pour lire"
                    : "structure trop profonde"), err());
        }
    }
}
