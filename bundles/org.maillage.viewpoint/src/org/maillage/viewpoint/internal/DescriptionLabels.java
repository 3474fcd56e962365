/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/**
 * Translated labels of viewpoint descriptions, as plugin.xml has them: a text attribute written {@code %key} (label,
 * documentation, title or label expression...) is replaced, once when the description is loaded, by the value of
 * {@code key} in the contributing plug-in's localization files ({@code Bundle-Localization}, e.g.
 * {@code plugin.properties} and {@code plugin_fr.properties}) for the locale of the run. Every consumer (menus,
 * editors, command line, reports, legends, undo labels) then reads the translated text and none has to know about
 * keys. As in Eclipse, {@code %key text} falls back to {@code text} when the key is missing, and {@code %%} starts a
 * text with a plain {@code %}; a text not starting with {@code %} is kept as it is.
 */
public final class DescriptionLabels {

    /** {@code %key} then an optional default text after blanks; a key is letters, digits, '.', '_' or '-'. */
    private static final Pattern KEY = Pattern.compile("%([\\p{L}\\p{N}._-]+)(?:\\s+(.*))?", Pattern.DOTALL);

    private DescriptionLabels() {
    }

    /**
     * Replaces the {@code %key} text attributes of {@code root} and of everything it contains.
     *
     * @param lookup the text of a key, or null when the key is unknown
     * @return the keys that {@code lookup} does not know and that have no default text (their attribute keeps
     *         {@code %key}, visible, so that the modeller sees what is missing), in order of appearance
     */
    public static List<String> localize(EObject root, UnaryOperator<String> lookup) {
        Set<String> missing = new LinkedHashSet<>();
        localizeOne(root, lookup, missing);
        root.eAllContents().forEachRemaining(o -> localizeOne(o, lookup, missing));
        return new ArrayList<>(missing);
    }

    private static void localizeOne(EObject object, UnaryOperator<String> lookup, Set<String> missing) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (attribute.isMany() || attribute.isDerived() || !attribute.isChangeable()
                    || attribute.getEAttributeType().getInstanceClass() != String.class
                    || !(object.eGet(attribute) instanceof String text) || !text.startsWith("%")) {
                continue;
            }
            if (text.startsWith("%%")) {
                object.eSet(attribute, text.substring(1));
                continue;
            }
            Matcher m = KEY.matcher(text);
            if (!m.matches()) {
                continue; // "% of ...": not a key
            }
            String value = lookup.apply(m.group(1));
            if (value == null) {
                value = m.group(2);
            }
            if (value == null) {
                missing.add(m.group(1));
            } else {
                object.eSet(attribute, value);
            }
        }
    }

    /**
     * The localization of a plug-in for a locale, read as the OSGi framework reads the manifest's: the files named
     * by its {@code Bundle-Localization} header (default {@code OSGI-INF/l10n/bundle}), in the plug-in or its
     * fragments, most specific first ({@code _fr_FR}, {@code _fr}, then the default file); ISO-8859-1 with
     * {@code \\uXXXX} escapes, as for plugin.xml.
     *
     * @return the lookup: the text of a key, or null
     */
    public static UnaryOperator<String> of(Bundle bundle, Locale locale) {
        String header = bundle.getHeaders("").get(Constants.BUNDLE_LOCALIZATION);
        String base = header == null || header.isBlank() ? Constants.BUNDLE_LOCALIZATION_DEFAULT_BASENAME
                : header.trim();
        List<String> suffixes = new ArrayList<>();
        if (!locale.getLanguage().isEmpty() && !locale.getCountry().isEmpty()) {
            suffixes.add('_' + locale.getLanguage() + '_' + locale.getCountry());
        }
        if (!locale.getLanguage().isEmpty()) {
            suffixes.add('_' + locale.getLanguage());
        }
        suffixes.add("");
        List<Properties> chain = new ArrayList<>();
        for (String suffix : suffixes) {
            URL url = FileLocator.find(bundle, IPath.fromPortableString(base + suffix + ".properties"), null);
            if (url != null) {
                Properties texts = new Properties();
                try (InputStream in = url.openStream()) {
                    texts.load(in);
                    chain.add(texts);
                } catch (IOException | IllegalArgumentException e) {
                    // An unreadable translation falls back to the next, less specific, file, as the framework does.
                }
            }
        }
        return key -> {
            for (Properties texts : chain) {
                String value = texts.getProperty(key);
                if (value != null) {
                    return value;
                }
            }
            return null;
        };
    }
}
