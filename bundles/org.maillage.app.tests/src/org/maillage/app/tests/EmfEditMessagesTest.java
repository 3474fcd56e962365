/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.Properties;
import java.util.TreeSet;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.edit.EMFEditPlugin;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * Covered cases: the org.maillage.nl.fr.emf.edit fragment translates every key of EMF.Edit's plugin.properties (a
 * newer EMF adding a key fails here rather than showing English); with the French platform (-nl fr_FR, as the
 * product in French), EMF.Edit's own texts are French. The undo labels built on them: UndoLabelsTest.
 */
class EmfEditMessagesTest {

    private static Properties load(String bundleName, String entry) throws Exception {
        Bundle bundle = Platform.getBundle(bundleName);
        assertNotNull(bundle, bundleName);
        URL url = bundle.getEntry(entry);
        assertNotNull(url, bundleName + "/" + entry);
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void fragmentTranslatesEveryKeyOfTheHost() throws Exception {
        Properties english = load("org.eclipse.emf.edit", "plugin.properties");
        Properties french = load("org.maillage.nl.fr.emf.edit", "plugin_fr.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(french.stringPropertyNames()));
    }

    @Test
    void emfEditTextsAreFrench() {
        assumeTrue(Platform.getNL().startsWith("fr"), "in French (-nl fr_FR, the tests' default)");
        assertEquals("Modifier", EMFEditPlugin.INSTANCE.getString("_UI_SetCommand_label"));
        assertEquals("Glisser-d\u00e9poser", EMFEditPlugin.INSTANCE.getString("_UI_DragAndDropCommand_label"));
        assertEquals("Supprimer", EMFEditPlugin.INSTANCE.getString("_UI_DeleteCommand_label"));
    }
}
