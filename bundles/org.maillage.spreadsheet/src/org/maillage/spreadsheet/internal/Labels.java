/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.maillage.model.provider.MaillageEditPlugin;

/**
 * The French names of types, fields and enumeration values in spreadsheets: those of the editor
 * ({@code org.maillage.model.edit/plugin_fr.properties}), read directly rather than through the user's locale,
 * because a sheet's headers and labels are a file format that must read back the same whatever the language of the
 * workbench that wrote it. One definition: a label changed in the editor changes in sheets.
 */
public final class Labels {

    private static final Properties FRENCH = load();

    private Labels() {
    }

    private static Properties load() {
        Properties properties = new Properties();
        try {
            URL url = new URL(MaillageEditPlugin.INSTANCE.getBaseURL(), "plugin_fr.properties");
            try (InputStream in = url.openStream()) {
                properties.load(in);
            }
        } catch (IOException e) {
            // Without the French file the English labels of the resource locator are used below.
        }
        return properties;
    }

    private static String get(String key) {
        String value = FRENCH.getProperty(key);
        if (value != null) {
            return value;
        }
        try {
            return MaillageEditPlugin.INSTANCE.getString(key);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** @return the French name of a type, e.g. {@code Fiche action} */
    public static String type(EClass eClass) {
        String label = get("_UI_" + eClass.getName() + "_type");
        return label == null ? eClass.getName() : label;
    }

    /** @return the French name of a field, e.g. {@code Échéance}, from the class that declares it */
    public static String feature(EStructuralFeature feature) {
        String label = get("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature");
        return label == null ? feature.getName() : label;
    }

    /** @return the French label of an enumeration value, e.g. {@code En retard} */
    public static String literal(EEnumLiteral literal) {
        String label = get("_UI_" + literal.getEEnum().getName() + "_" + literal.getName() + "_literal");
        return label == null ? literal.getLiteral() : label;
    }
}
