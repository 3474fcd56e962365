/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;

/**
 * Starts Maillage again when the workbench asks for a restart (after installing a plugin: « Redémarrer maintenant »).
 * The native Eclipse launcher does that on exit code 23, but it is not on Maven Central: the maillage scripts start
 * the launcher jar with java, and would simply end. So the application starts the same command itself, with the same
 * JVM, JVM arguments, launcher jar and program arguments, on Linux and Windows alike, then ends.
 */
final class Relauncher {

    private Relauncher() {
    }

    /** @return whether a native launcher is there to restart us (it sets eclipse.launcher) */
    static boolean hasNativeLauncher() {
        return System.getProperty("eclipse.launcher") != null;
    }

    /** @return the command that started this workbench, or an empty list when it cannot be known */
    static List<String> command() {
        String launcherJar = System.getProperty("java.class.path", "");
        String programArguments = System.getProperty("eclipse.commands");
        if (launcherJar.isEmpty() || launcherJar.contains(java.io.File.pathSeparator) || programArguments == null
                || !Files.isRegularFile(Path.of(launcherJar))) {
            return List.of();
        }
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        // javaw on Windows: no console window behind the new workbench, as maillage.bat does.
        Path java = Files.isRegularFile(bin.resolve("javaw.exe")) ? bin.resolve("javaw.exe")
                : Files.isRegularFile(bin.resolve("java.exe")) ? bin.resolve("java.exe") : bin.resolve("java");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-jar");
        command.add(launcherJar);
        for (String argument : programArguments.split("\n")) {
            if (!argument.isEmpty()) {
                command.add(argument);
            }
        }
        return command;
    }

    /**
     * Starts the workbench again in a new process when this JVM ends: by then the framework has shut down and the
     * workspace is unlocked, so the new workbench does not find it in use. Logs and does nothing when the command
     * cannot be known.
     */
    static void relaunchAtExit() {
        List<String> command = command();
        if (command.isEmpty()) {
            ILog.of(Relauncher.class).warn("Maillage ne sait pas comment il a été lancé : redémarrez-le vous-même.");
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                new ProcessBuilder(command).inheritIO().start();
            } catch (IOException e) {
                // The log is gone with the framework: stderr is all there is.
                System.err.println("Maillage n'a pas pu redémarrer : " + e.getMessage());
            }
        }, "Maillage restart"));
    }
}
