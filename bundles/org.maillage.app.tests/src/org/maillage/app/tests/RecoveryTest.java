/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.app.tests.EditorTestSupport.answerNextDialog;
import static org.maillage.app.tests.EditorTestSupport.page;
import static org.maillage.app.tests.EditorTestSupport.spin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.core.persistence.RecoveryStore;
import org.maillage.examples.Examples;
import org.maillage.model.MaillagePackage;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.roadmap.ui.RoadmapEditorInput;
import org.maillage.roadmap.ui.internal.RecoveryOffer;
import org.maillage.roadmap.ui.internal.RecoveryStartup;
import org.maillage.roadmap.ui.internal.RoadmapEditor;

/**
 * Covered cases: while a roadmap has unsaved changes its recovery copy is written in the background under
 * ~/.maillage/recuperation, holds those changes, and is removed by the save; a copy left by a crash is offered:
 * "recover" opens it in the editor for the original file, dirty, with the recovered changes (the file is untouched
 * until saved); at start the leftovers are offered, and "discard" deletes one and opens nothing.
 */
class RecoveryTest {

    private static final RecoveryStore STORE = RecoveryStore.forUser();

    @AfterEach
    void cleanUp() throws Exception {
        EditorTestSupport.closeTemporaryEditors();
        for (RecoveryStore.Copy copy : STORE.list()) {
            STORE.delete(copy.id());
        }
    }

    private static void rename(RoadmapDocument document, String name) {
        document.getCommandStack().execute(SetCommand.create(document.getEditingDomain(), document.getModel(),
                MaillagePackage.Literals.ELEMENT__NOM, name));
    }

    @Test
    void copyIsWrittenWhileDirtyAndRemovedBySave() throws Exception {
        RoadmapEditor editor = EditorTestSupport.openEureCopy();
        RoadmapDocument document = editor.getDocument();
        assertEquals(Path.of(System.getProperty("user.home"), ".maillage", "recuperation"), STORE.folder());
        assertNull(editor.getRecovery().writeNow(), "nothing to copy from a clean roadmap");

        rename(document, "Modifiée, pas enregistrée");
        Job job = editor.getRecovery().writeNow();
        job.join();
        List<RecoveryStore.Copy> copies = STORE.list();
        assertEquals(1, copies.size());
        assertEquals(document.getFile(), copies.get(0).original());
        assertEquals("Modifiée, pas enregistrée", MaillageFiles.load(copies.get(0).content()).getNom());

        editor.doSave(null);
        assertTrue(STORE.list().isEmpty(), "saved: the copy is gone");
    }

    /** A crash left a copy of the Valherbasse roadmap with a new name; the file still has the old one. */
    private static Path crashLeftover() throws Exception {
        Path file = Examples.find(Examples.VALHERBASSE).orElseThrow()
                .copyTo(Files.createTempDirectory("maillage-crash"));
        RoadmapDocument before = RoadmapDocument.open(file);
        rename(before, "Valherbasse récupérée");
        STORE.write(RecoveryStore.idOf(file), file, before.toBytes());
        before.dispose();
        return file;
    }

    @Test
    void leftoverIsRecoveredForItsFile() throws Exception {
        Path file = crashLeftover();
        String onDisk = MaillageFiles.load(file).getNom();

        EditorTestSupport.DialogAnswer offer = answerNextDialog(t -> t.startsWith("Récupérer"), "Récupérer",
                "dialog-recovery");
        List<RecoveryOffer.Outcome> outcomes = RecoveryOffer.offer(page(), STORE);
        spin();
        assertEquals(List.of(RecoveryOffer.Outcome.RECOVERED), outcomes);
        assertTrue(offer.text().contains(file.toString()), "says which roadmap: " + offer.text());

        RoadmapEditor editor = (RoadmapEditor) page().findEditor(new RoadmapEditorInput(file, null));
        assertEquals(file, editor.getDocument().getFile(), "recovered for the original file");
        assertEquals("Valherbasse récupérée", editor.getDocument().getModel().getNom());
        assertTrue(editor.isDirty(), "not saved yet");
        assertEquals(onDisk, MaillageFiles.load(file).getNom(), "the file is untouched until saved");
        assertTrue(STORE.list().isEmpty(), "the leftover has served");
    }

    @Test
    void startupOffersLeftoversAndDiscardingDeletesThem() throws Exception {
        Path file = crashLeftover();
        int editors = page().getEditorReferences().length;
        EditorTestSupport.DialogAnswer offer = answerNextDialog(t -> t.startsWith("Récupérer"), "Supprimer");
        // What the workbench runs once it is up (org.eclipse.ui.startup); the offer itself comes on the UI thread.
        new RecoveryStartup().earlyStartup();
        spin();
        assertTrue(offer.answered, "offered at start");
        assertTrue(STORE.list().isEmpty());
        assertEquals(editors, page().getEditorReferences().length, "nothing opened");
        assertTrue(Files.exists(file));
    }
}
