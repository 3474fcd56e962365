/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.internal.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.spreadsheet.internal.Messages;

/** The arguments of {@code export} and {@code import}: one file, options with a value, flags. */
final class Arguments {

    String file;
    final Map<String, String> options = new HashMap<>();
    final Set<String> flags = new HashSet<>();
    /** The usage problem, in French, or null. */
    String error;

    Arguments(List<String> args, Set<String> valued, Set<String> flagNames) {
        for (int i = 0; i < args.size() && error == null; i++) {
            String arg = args.get(i);
            if (valued.contains(arg)) {
                if (i + 1 >= args.size()) {
                    error = Messages.get("cli.missingValue", arg);
                } else {
                    options.put(arg, args.get(++i));
                }
            } else if (flagNames.contains(arg)) {
                flags.add(arg);
            } else if (arg.startsWith("--") || file != null) {
                error = Messages.get("cli.unknownOption", arg);
            } else {
                file = arg;
            }
        }
        if (error == null && (file == null || !options.keySet().containsAll(valued))) {
            error = "";
        }
    }
}
