/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localised messages of the core bundle: French for French locales, English otherwise.
 * <p>
 * Plain {@link ResourceBundle} with this bundle's class loader, so that messages work the same inside OSGi and
 * in a plain JUnit run.
 */
public final class Messages {

    private static final String BUNDLE = "org.maillage.core.internal.messages";

    private Messages() {
    }

    /**
     * @param key the message key
     * @param args the arguments, formatted with {@link MessageFormat}
     * @return the message in the default locale, or the key itself when it is missing
     */
    public static String get(String key, Object... args) {
        Locale locale = Locale.getDefault();
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader());
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
