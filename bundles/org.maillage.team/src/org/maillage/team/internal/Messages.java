/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.internal;

import org.maillage.core.text.MessageBundle;

/** The messages of team operations ({@code messages.properties}, {@code messages_fr.properties}). */
public final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle("org.maillage.team.internal.messages",
            Messages.class.getClassLoader());

    private Messages() {
    }

    /**
     * @param key the message's key
     * @param args its arguments
     * @return the message in the user's language
     */
    public static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
