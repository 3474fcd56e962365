/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.persistence.ModelLoadException;
import org.maillage.examples.Examples;
import org.maillage.testsupport.FrenchLocale;
import org.maillage.viewpoint.ViewpointRegistry;
import org.maillage.viewpoint.ViewpointResources;
import org.maillage.viewpoint.model.description.Viewpoint;

/**
 * Covered cases: the registry holds the five shipped viewpoints (three on the roadmap root) with no load problem and finds a description
 * by qualified id, by its own id and by viewpoint id; a viewpoint file loads from disk; a file with a DOCTYPE (an
 * entity that would read a local file) is refused, as is a roadmap given as a viewpoint, each with a message that
 * names the file; a stream that is not XML is refused with its name.
 */
@ExtendWith(FrenchLocale.class)
class ViewpointFilesTest {

    @TempDir
    Path folder;

    @Test
    void registryHoldsTheShippedViewpoints() {
        ViewpointRegistry registry = Fixtures.registry();
        assertEquals(List.of(), registry.problems());
        assertEquals(List.of("org.maillage.viewpoints.articulation", "org.maillage.viewpoints.declinaison",
                "org.maillage.viewpoints.territoires", "org.maillage.viewpoints.cls", "org.maillage.viewpoints.epci",
                "org.maillage.viewpoints.tableaux"),
                registry.viewpoints().stream().map(Viewpoint::getId).toList());
        assertEquals(Fixtures.description(Fixtures.ARTICULATION), registry.find("articulation").orElseThrow());
        assertEquals(Fixtures.description(Fixtures.ARTICULATION),
                registry.find("org.maillage.viewpoints.articulation").orElseThrow());
        assertTrue(registry.find("nothing").isEmpty());
        assertEquals(3, registry.applicable(Fixtures.eure()).size(), "the CLS and EPCI ones are not on the root");
    }

    @Test
    void viewpointFileLoadsAndHostileFilesAreRefused() throws Exception {
        Path plain = folder.resolve("simple.viewpoint");
        Files.writeString(plain, minimal());
        assertEquals("t", ViewpointResources.loadViewpoint(plain).getId());

        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "secret");
        Path hostile = folder.resolve("hostile.viewpoint");
        Files.writeString(hostile, "<?xml version=\"1.0\"?>\n<!DOCTYPE v [<!ENTITY s SYSTEM \"" + secret.toUri()
                + "\">]>\n" + minimal().substring(minimal().indexOf('\n') + 1).replace("label=\"x\"", "label=\"&s;\""));
        ModelLoadException refused = assertThrows(ModelLoadException.class,
                () -> ViewpointResources.loadViewpoint(hostile));
        assertTrue(refused.getMessage().contains("hostile.viewpoint"), refused.getMessage());

        Path roadmap = Examples.eure().copyTo(folder);
        ModelLoadException wrong = assertThrows(ModelLoadException.class,
                () -> ViewpointResources.loadViewpoint(roadmap));
        assertTrue(wrong.getMessage().contains("eure.maillage"), wrong.getMessage());

        ModelLoadException garbage = assertThrows(ModelLoadException.class, () -> ViewpointResources
                .loadViewpoint(new ByteArrayInputStream("pas du XML".getBytes(StandardCharsets.UTF_8)), "test/x"));
        assertTrue(garbage.getMessage().contains("test/x"), garbage.getMessage());
    }

    private static String minimal() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<vpdescription:Viewpoint xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:vpdescription=\"http://maillage.org/viewpoint/1.0/description\" id=\"t\" label=\"x\"/>\n";
    }
}
