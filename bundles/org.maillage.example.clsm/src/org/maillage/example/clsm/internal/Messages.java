/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.example.clsm.internal;

import org.maillage.core.text.MessageBundle;

/** The example's messages ({@code messages.properties}, French in {@code messages_fr.properties}). */
final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle("org.maillage.example.clsm.internal.messages",
            Messages.class.getClassLoader());

    private Messages() {
    }

    /** @see MessageBundle#get(String, Object...) */
    static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
