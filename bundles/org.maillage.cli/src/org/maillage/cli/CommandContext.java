/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a command may use to talk to the user and find its files.
 *
 * @param out where results go (standard output)
 * @param err where messages for people go (standard error)
 * @param workingDirectory the folder relative paths are resolved against
 */
public record CommandContext(PrintStream out, PrintStream err, Path workingDirectory) {

    /**
     * @param path a path as typed by the user
     * @return the path resolved against the working directory
     */
    public Path resolve(String path) {
        return workingDirectory.resolve(path);
    }
}
