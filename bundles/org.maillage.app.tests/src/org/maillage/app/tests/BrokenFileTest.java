/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.app.tests.EditorTestSupport.answerNextDialog;
import static org.maillage.app.tests.EditorTestSupport.page;
import static org.maillage.app.tests.EditorTestSupport.spin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.Test;
import org.maillage.examples.Examples;
import org.maillage.roadmap.ui.RoadmapEditors;

/**
 * Covered cases: opening a truncated roadmap, and a hostile one (a DOCTYPE with an external entity), shows the
 * model layer's French message naming the file in an error dialog, opens no editor, and leaves the workbench
 * usable: a good roadmap opens right after.
 */
class BrokenFileTest {

    private static void assertRefused(Path file, String expected) {
        int editors = page().getEditorReferences().length;
        EditorTestSupport.DialogAnswer dialog = answerNextDialog(
                t -> t.equals("La feuille de route ne peut pas être ouverte"), "OK");
        IEditorPart part = RoadmapEditors.open(page(), file);
        spin();
        assertNull(part, "no editor for a file that cannot be read");
        assertTrue(dialog.answered, "an error dialog was shown");
        assertTrue(dialog.text().contains(file.getFileName().toString()), "names the file: " + dialog.text());
        assertTrue(dialog.text().contains(expected), "says what is wrong: " + dialog.text());
        assertEquals(editors, page().getEditorReferences().length, "the workbench is as it was");
    }

    @Test
    void truncatedFileIsReportedAndTheWorkbenchStillWorks() throws Exception {
        Path folder = Files.createTempDirectory("maillage-broken");
        Path good = Examples.find(Examples.VALHERBASSE).orElseThrow().copyTo(folder);
        byte[] content = Files.readAllBytes(good);
        Path truncated = folder.resolve("tronque.maillage");
        Files.write(truncated, Arrays.copyOf(content, content.length / 2));
        assertRefused(truncated, "mal formé ou incomplet");

        IEditorPart opened = RoadmapEditors.open(page(), good);
        assertNotNull(opened, "a good roadmap still opens");
        page().closeEditor(opened, false);
        spin();
    }

    @Test
    void doctypeWithExternalEntityIsRefused() throws Exception {
        Path hostile = Files.createTempDirectory("maillage-hostile").resolve("xxe.maillage");
        Files.writeString(hostile, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE m [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <maillage:ModeleMaillage xmlns:maillage="http://maillage.org/model/1.0" nom="&secret;"/>
                """, StandardCharsets.UTF_8);
        assertRefused(hostile, "DOCTYPE");
    }
}
