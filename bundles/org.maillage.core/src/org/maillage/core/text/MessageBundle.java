/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localised messages of one bundle: the {@code _fr} properties for French locales, the base (English) file as
 * the fallback.
 * <p>
 * Plain {@link ResourceBundle} with an explicit class loader, so that messages work the same inside OSGi and in a
 * plain JUnit run. Properties files are read as UTF-8 (Java 9 and later). The locale is read at each call: the
 * workbench and the command line set it at start-up ({@code -nl}), tests set it explicitly.
 */
public final class MessageBundle {

    private final String baseName;
    private final ClassLoader loader;

    /**
     * @param baseName the base name of the properties files, e.g. {@code org.maillage.cli.internal.messages}
     * @param loader the class loader that sees them, usually the caller's
     */
    public MessageBundle(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    /**
     * @param key the message key
     * @param args the arguments, formatted with {@link MessageFormat}
     * @return the message in the default locale, or {@code !key!} when it is missing, so that gaps show
     */
    public String get(String key, Object... args) {
        Locale locale = Locale.getDefault();
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale, loader);
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return '!' + key + '!';
        }
    }
}
