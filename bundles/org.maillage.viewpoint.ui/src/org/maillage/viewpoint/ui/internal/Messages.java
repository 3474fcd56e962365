/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import org.maillage.core.text.MessageBundle;

/** The diagram editor's messages ({@code messages.properties}, {@code messages_fr.properties}). */
public final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle("org.maillage.viewpoint.ui.internal.messages",
            Messages.class.getClassLoader());

    private Messages() {
    }

    /**
     * @param key the message key
     * @param args its arguments
     * @return the message in the current locale
     */
    public static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
