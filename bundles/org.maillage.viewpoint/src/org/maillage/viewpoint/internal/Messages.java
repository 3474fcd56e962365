/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal;

import org.maillage.core.text.MessageBundle;

/** Messages of the viewpoint engine ({@code messages.properties}, {@code messages_fr.properties}). */
public final class Messages {

    private static final MessageBundle BUNDLE = new MessageBundle("org.maillage.viewpoint.internal.messages",
            Messages.class.getClassLoader());

    private Messages() {
    }

    /** @return the message for {@code key}, formatted with {@code args}, in the default locale */
    public static String get(String key, Object... args) {
        return BUNDLE.get(key, args);
    }
}
