/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui.internal;

import org.maillage.core.text.MessageBundle;

/** The glue's messages ({@code messages.properties}, {@code messages_fr.properties}). */
public final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle("org.maillage.edit.ui.internal.messages",
            Messages.class.getClassLoader());

    private Messages() {
    }

    public static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
