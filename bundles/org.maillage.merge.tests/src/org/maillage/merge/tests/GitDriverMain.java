/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge.tests;

import java.nio.file.Path;
import java.util.List;

import org.maillage.cli.CommandContext;
import org.maillage.merge.internal.cli.MergeCommand;

/**
 * The merge command in a plain Java process, for {@link MergeCommandTest}'s Git driver: Git starts a process per
 * file to merge, and the tests run without the product built.
 */
public final class GitDriverMain {

    private GitDriverMain() {
    }

    /**
     * @param args the merge command's arguments, e.g. {@code --git %O %A %B}
     */
    public static void main(String[] args) {
        int code = new MergeCommand().run(List.of(args),
                new CommandContext(System.out, System.err, Path.of("").toAbsolutePath()));
        System.exit(code);
    }
}
