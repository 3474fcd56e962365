/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.core.persistence.RecoveryStore;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.edit.DocumentRecovery;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.territoire.Region;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: EMF.Edit finds a document's editing domain from any of its elements (what the Properties view
 * relies on); the in-memory serialization reads back as the same roadmap; a recovery copy is written only while
 * the document has changes no copy holds, and removed when they are saved; a snapshot taken before a save is never
 * written after it; a recovered document carries the copy's content, belongs to the original file, is dirty until
 * saved, and saving writes the original file; a part that starts listening to the command stack while it is told
 * of a change (a form built for a new element) leaves that change undoable; forgetting non-dirtying commands (a
 * closed diagram's moves) keeps the save point and the next undo right.
 */
@ExtendWith(FrenchLocale.class)
class RoadmapDocumentTest {

    @TempDir
    Path folder;

    private RoadmapDocument savedDocument() throws Exception {
        Path file = folder.resolve("eure.maillage");
        MaillageFiles.save(MaillageFilesTest.smallTerritory(), file);
        return RoadmapDocument.open(file);
    }

    private static Region region(RoadmapDocument document) {
        return document.getModel().getRegions().get(0);
    }

    private static void rename(RoadmapDocument document, String name) {
        document.getCommandStack().execute(SetCommand.create(document.getEditingDomain(), region(document),
                MaillagePackage.Literals.ELEMENT__NOM, name));
    }

    @Test
    void listenerAddedDuringANotificationLeavesTheCommandUndoable() throws Exception {
        RoadmapDocument document = savedDocument();
        String before = region(document).getNom();
        List<String> told = new ArrayList<>();
        document.getCommandStack().addCommandStackListener(event -> document.getCommandStack()
                .addCommandStackListener(later -> told.add("later")));
        rename(document, "Nouveau nom");
        document.getCommandStack().undo();
        assertEquals(before, region(document).getNom(), "undone");
        assertFalse(told.isEmpty(), "the listener added during the first notification hears the undo");
    }

    @Test
    void forgottenViewCommandsLeaveUndoAndTheSavePointRight() throws Exception {
        RoadmapDocument document = savedDocument();
        String before = region(document).getNom();
        rename(document, "Renommée");
        document.save();
        List<String> view = new ArrayList<>();
        document.getCommandStack().execute(new ViewOnly("Déplacer", view));
        document.getCommandStack().execute(new ViewOnly("Organiser tout", view));
        assertFalse(document.isDirty(), "view changes do not make the roadmap dirty");
        document.getCommandStack().undo();
        assertEquals(List.of("Déplacer", "Organiser tout", "-Organiser tout"), view);

        document.forgetCommands(ViewOnly.class::isInstance);
        assertFalse(document.isDirty(), "still the saved state");
        assertFalse(document.getCommandStack().canRedo(), "the forgotten change cannot be redone");
        assertEquals("Renommée", region(document).getNom());
        document.getCommandStack().undo();
        assertEquals(before, region(document).getNom(), "the next undo is the roadmap's own change");
        assertTrue(document.isDirty());
        assertEquals(3, view.size(), "forgotten commands were never run again");
    }

    /** A change outside the roadmap, as a diagram's move is: recorded, non-dirtying. */
    private static final class ViewOnly extends AbstractCommand implements AbstractCommand.NonDirtying {
        private final List<String> log;

        ViewOnly(String label, List<String> log) {
            super(label);
            this.log = log;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            log.add(getLabel());
        }

        @Override
        public void undo() {
            log.add("-" + getLabel());
        }

        @Override
        public void redo() {
            execute();
        }
    }

    @Test
    void editingDomainIsFoundFromAnyElement() throws Exception {
        RoadmapDocument document = savedDocument();
        assertSame(document.getEditingDomain(), AdapterFactoryEditingDomain.getEditingDomainFor(region(document)));
        document.dispose();
        assertNull(AdapterFactoryEditingDomain.getEditingDomainFor(region(document)), "released with the document");
    }

    @Test
    void bytesReadBackAsTheSameRoadmap() throws Exception {
        RoadmapDocument document = savedDocument();
        rename(document, "Normandie (modifiée)");
        Path copy = folder.resolve("copie.maillage");
        Files.write(copy, document.toBytes());
        ModeleMaillage read = MaillageFiles.load(copy);
        assertEquals("Normandie (modifiée)", read.getRegions().get(0).getNom());
        assertEquals(region(document).getUuid(), read.getRegions().get(0).getUuid());
    }

    @Test
    void copyWrittenWhileDirtyAndRemovedOnSave() throws Exception {
        RoadmapDocument document = savedDocument();
        RecoveryStore store = new RecoveryStore(folder.resolve("recuperation"));
        DocumentRecovery recovery = new DocumentRecovery(document, store);
        assertNull(recovery.snapshot(), "nothing to recover from a clean document");

        rename(document, "Normandie (modifiée)");
        DocumentRecovery.Snapshot snapshot = recovery.snapshot();
        assertNotNull(snapshot);
        recovery.write(snapshot);
        assertEquals(1, store.list().size());
        assertEquals(document.getFile(), store.list().get(0).original());
        assertNull(recovery.snapshot(), "the copy is current: not written again");

        rename(document, "Normandie (encore)");
        DocumentRecovery.Snapshot stale = recovery.snapshot();
        document.save();
        recovery.discard();
        recovery.write(stale);
        assertTrue(store.list().isEmpty(), "saved: no copy, even from a snapshot taken before the save");
    }

    @Test
    void recoveredDocumentIsDirtyAndSavesToTheOriginalFile() throws Exception {
        RoadmapDocument document = savedDocument();
        RecoveryStore store = new RecoveryStore(folder.resolve("recuperation"));
        DocumentRecovery recovery = new DocumentRecovery(document, store);
        rename(document, "Normandie (non enregistrée)");
        recovery.write(recovery.snapshot());
        Path original = document.getFile();
        document.dispose();

        RecoveryStore.Copy copy = store.list().get(0);
        RoadmapDocument recovered = RoadmapDocument.recover(copy.content(), copy.original());
        assertEquals(original, recovered.getFile());
        assertTrue(recovered.isDirty(), "the recovered changes are not in the file yet");
        assertEquals("Normandie (non enregistrée)", region(recovered).getNom());
        assertEquals("Normandie", MaillageFiles.load(original).getRegions().get(0).getNom());

        recovered.save();
        assertFalse(recovered.isDirty());
        assertEquals("Normandie (non enregistrée)", MaillageFiles.load(original).getRegions().get(0).getNom());
    }
}
