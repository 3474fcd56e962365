/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.maillage.app.internal.Messages;

/**
 * Covered cases: the workbench's French and English messages have the same keys, and no value has a lone apostrophe
 * (MessageFormat would drop it: "INSEE's" would show as "INSEEs").
 */
class MessagesTest {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream("org/maillage/app/internal/" + name)) {
            assertNotNull(in, name);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void sameKeysAndNoLoneApostrophe() throws Exception {
        Properties english = load("messages.properties");
        Properties french = load("messages_fr.properties");
        assertEquals(english.keySet(), french.keySet());
        List<String> lone = new ArrayList<>();
        for (Properties properties : List.of(english, french)) {
            properties.forEach((key, value) -> {
                if (LONE_APOSTROPHE.matcher((String) value).find()) {
                    lone.add(key + "=" + value);
                }
            });
        }
        assertTrue(lone.isEmpty(), "apostrophes must be doubled: " + lone);
    }
}
