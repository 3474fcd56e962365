/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.plugins.ui.internal;

import org.maillage.core.text.MessageBundle;

/** The plugin installation's messages ({@code messages.properties}, {@code messages_fr.properties}). */
final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle("org.maillage.plugins.ui.internal.messages",
            Messages.class.getClassLoader());

    private Messages() {
    }

    /** @return the message of that key in the user's language, with its arguments */
    static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
