/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.maillage.app.tests.EditorTestSupport.answerNextDialog;
import static org.maillage.app.tests.EditorTestSupport.page;
import static org.maillage.app.tests.EditorTestSupport.spin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.app.MaillageUi;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.roadmap.ui.RoadmapEditorInput;
import org.maillage.roadmap.ui.internal.RoadmapEditor;

/**
 * Covered cases: a file changed on disk by another program is noticed when the editor is activated again; "keep my
 * version" keeps the editor's content, "reload" opens what is on disk; "save as" writes the new file, which the
 * editor then edits, and leaves the original as it was; a save that cannot write (the folder is a
 * file) says so in French and keeps the changes in the editor, still dirty.
 */
class FilesTest {

    private RoadmapEditor editor;

    @AfterEach
    void close() {
        EditorTestSupport.closeTemporaryEditors();
    }

    private static void rename(RoadmapDocument document, String name) {
        document.getCommandStack().execute(SetCommand.create(document.getEditingDomain(), document.getModel(),
                MaillagePackage.Literals.ELEMENT__NOM, name));
    }

    /** Another program rewrites the file, with another name for the roadmap. */
    private static void changeOnDisk(Path file, String name) throws Exception {
        ModeleMaillage other = MaillageFiles.load(file);
        other.setNom(name);
        MaillageFiles.save(other, file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
    }

    /** The user goes to another part and comes back to the editor. */
    private void reactivate() throws Exception {
        page().showView(MaillageUi.ROADMAP_VIEW_ID);
        spin();
        page().activate(editor);
        spin();
    }

    @Test
    void changeOnDiskIsNoticedAndKeepingMyVersionKeepsIt() throws Exception {
        editor = EditorTestSupport.openEureCopy();
        RoadmapDocument document = editor.getDocument();
        rename(document, "Ma version");
        changeOnDisk(document.getFile(), "Leur version");

        EditorTestSupport.DialogAnswer question = answerNextDialog(t -> t.equals("Fichier modifié sur le disque"),
                "Garder ma version", "dialog-disk-changed");
        reactivate();
        assertTrue(question.answered, "the user is asked");
        assertTrue(question.text().contains(document.getFile().toString()), question.text());
        assertEquals("Ma version", document.getModel().getNom());
        assertTrue(editor.isDirty());
        assertFalse(document.isChangedOnDisk(), "asked once per change");

        editor.doSave(null);
        assertEquals("Ma version", MaillageFiles.load(document.getFile()).getNom(), "mine replaced theirs");
    }

    @Test
    void reloadShowsWhatIsOnDisk() throws Exception {
        editor = EditorTestSupport.openEureCopy();
        Path file = editor.getDocument().getFile();
        rename(editor.getDocument(), "Ma version");
        changeOnDisk(file, "Leur version");

        EditorTestSupport.DialogAnswer question = answerNextDialog(t -> t.equals("Fichier modifié sur le disque"),
                "Recharger");
        reactivate();
        spin();
        assertTrue(question.answered);
        RoadmapEditor reloaded = (RoadmapEditor) page().findEditor(new RoadmapEditorInput(file, null));
        assertNotSame(editor, reloaded, "the file was opened again");
        assertEquals("Leur version", reloaded.getDocument().getModel().getNom());
        assertFalse(reloaded.isDirty());
        editor = reloaded;
    }

    @Test
    void saveAsWritesTheNewFileWhichTheEditorThenEdits() throws Exception {
        editor = EditorTestSupport.openEureCopy();
        Path original = editor.getDocument().getFile();
        rename(editor.getDocument(), "Copie de travail");
        Path copy = original.resolveSibling("copie.maillage");
        assertTrue(editor.saveAs(copy));
        assertFalse(editor.isDirty());
        assertEquals("copie.maillage", editor.getEditorInput().getName());
        assertEquals(copy, editor.getDocument().getFile());
        assertEquals("Copie de travail", MaillageFiles.load(copy).getNom());
        assertFalse(MaillageFiles.load(original).getNom().equals("Copie de travail"), "the original is untouched");
    }

    @Test
    void failedSaveSaysWhyAndKeepsTheChanges() throws Exception {
        editor = EditorTestSupport.openEureCopy();
        rename(editor.getDocument(), "Non enregistrée");
        // A folder that is a file cannot receive anything, even for root (unlike a read-only folder).
        Path notAFolder = Files.createTempFile("maillage", ".txt");
        Path target = notAFolder.resolve("copie.maillage");

        EditorTestSupport.DialogAnswer error = answerNextDialog(
                t -> t.equals("La feuille de route n'a pas pu être enregistrée"), "OK");
        assertFalse(editor.saveAs(target));
        assertTrue(error.answered, "the user is told");
        assertTrue(error.text().contains(target.toString()), error.text());
        assertTrue(error.text().contains("vos modifications sont toujours dans l'éditeur"), error.text());
        assertTrue(editor.isDirty(), "the changes are kept");
        assertEquals("Non enregistrée", editor.getDocument().getModel().getNom());
        assertEquals("eure.maillage", editor.getEditorInput().getName(), "still the same file");
    }
}
