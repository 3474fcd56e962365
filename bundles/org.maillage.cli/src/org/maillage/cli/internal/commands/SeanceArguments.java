/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli.internal.commands;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of the séance commands: one file and options of the form {@code --name VALUE} or {@code --flag}.
 * Parsing only; each command says what is missing or wrong in its own words.
 */
final class SeanceArguments {

    final Map<String, String> options = new HashMap<>();
    String file;
    String error;

    /**
     * @param args the command's arguments
     * @param valued the options that take a value
     * @param flags the options that take none
     */
    SeanceArguments(List<String> args, Set<String> valued, Set<String> flags) {
        for (int i = 0; i < args.size() && error == null; i++) {
            String arg = args.get(i);
            if (valued.contains(arg)) {
                if (i + 1 >= args.size()) {
                    error = CommandMessages.get("option.missingValue", arg);
                } else {
                    options.put(arg, args.get(++i));
                }
            } else if (flags.contains(arg)) {
                options.put(arg, "");
            } else if (arg.startsWith("--") || file != null) {
                error = CommandMessages.get("option.unknown", arg);
            } else {
                file = arg;
            }
        }
        if (error == null && file == null) {
            error = CommandMessages.get("option.noFile");
        }
    }

    /** @return the date given with {@code --date}, today without it; null (and {@link #error} set) when invalid */
    LocalDate date() {
        String text = options.get("--date");
        if (text == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error = CommandMessages.get("option.badDate", text);
            return null;
        }
    }
}
