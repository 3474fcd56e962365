/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge.ui.internal;

import org.maillage.core.text.MessageBundle;

/** The merge dialog's messages, in the user's language (French by default, English fallback). */
public final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle("org.maillage.merge.ui.internal.messages",
            Messages.class.getClassLoader());

    private Messages() {
    }

    /**
     * @param key a message key
     * @param args its arguments
     * @return the message
     */
    public static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
