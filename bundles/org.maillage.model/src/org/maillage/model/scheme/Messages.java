/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.scheme;

import org.maillage.core.text.MessageBundle;

/** The scheme types' messages ({@code messages.properties}, {@code messages_fr.properties}). */
final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle("org.maillage.model.scheme.messages",
            Messages.class.getClassLoader());

    private Messages() {
    }

    static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
