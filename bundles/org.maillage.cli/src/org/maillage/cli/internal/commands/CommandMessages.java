/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli.internal.commands;

import org.maillage.core.text.MessageBundle;

/** Messages of the built-in commands ({@code messages.properties}, {@code messages_fr.properties}). */
final class CommandMessages {

    private static final MessageBundle BUNDLE = new MessageBundle("org.maillage.cli.internal.commands.messages",
            CommandMessages.class.getClassLoader());

    private CommandMessages() {
    }

    static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
