/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.examples.Examples;
import org.maillage.model.MaillagePackage;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.plan.Chantier;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.team.Author;
import org.maillage.team.TeamRepository;
import org.maillage.team.Version;
import org.maillage.testsupport.ui.Screenshots;

/**
 * Covered cases: Fichier &gt; Équipe lists « Partager dans un dépôt Git… », « Cloner un dépôt… », « Enregistrer une
 * version… », « Synchroniser », « Historique » and « Conflits de fusion… » in French; the commit dialog shows the
 * author from the preferences, keeps OK disabled until a message is typed and returns it (screenshot looked at); the history dialog lists the
 * roadmap's versions (author, message), « Comparer avec la version actuelle » gives the CTS cycle's sentence for a
 * renamed chantier; two versions selected compare with each other (the older to the newer, whatever the order:
 * the later rename only), and « Restaurer cette version » puts the old name back as one command that one Undo reverts.
 * After a team operation rewrote the file, the editor is reopened on the new content, but an editor with unsaved
 * changes is left as it is (nothing overwritten).
 */
class TeamMenuTest {

    private static final Author AUTHOR = new Author("Alice Martin", "alice@ars.example");

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private IEditorPart editor;
    private RoadmapDocument document;

    @BeforeEach
    void openEure() throws Exception {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(TeamSettings.QUALIFIER);
        preferences.put(TeamSettings.AUTHOR_NAME, AUTHOR.name());
        preferences.put(TeamSettings.AUTHOR_EMAIL, AUTHOR.email());
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        Path roadmap = Examples.eure().copyTo(folder);
        editor = RoadmapEditors.open(page, roadmap);
        document = editor.getAdapter(RoadmapDocument.class);
        assertNotNull(document);
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void fichierMenuHasTheEquipeSubmenu() {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        Menu team = submenu(item(submenu(item(bar, "Fichier")), "Équipe"));
        List<String> texts = Arrays.stream(team.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0)
                .map(TeamMenuTest::text).toList();
        assertEquals(List.of("Partager dans un dépôt Git…", "Cloner un dépôt…", "Enregistrer une version…",
                "Synchroniser", "Historique", "Conflits de fusion…"), texts);
    }

    @Test
    void commitDialogAsksAMessageAndShowsTheAuthor() throws Exception {
        Shell shell = page.getWorkbenchWindow().getShell();
        CommitDialog dialog = new CommitDialog(shell, TeamSettings.author(), null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertFalse(dialog.okButton().isEnabled(), "no version without a message");
            dialog.messageText().setText("Chantier 3 : avancement après le comité de pilotage");
            assertTrue(dialog.okButton().isEnabled());
            Screenshots.save(dialog.getShell(), Path.of("target", "screenshots", "enregistrer-une-version.png"));
            dialog.okButton().notifyListeners(SWT.Selection, new Event());
            assertEquals("Chantier 3 : avancement après le comité de pilotage", dialog.message());
        } finally {
            dialog.close();
        }
    }

    @Test
    void historyComparesAndRestoresAVersionUndoably() throws Exception {
        Chantier chantier = (Chantier) iterable(document.getModel()).stream()
                .filter(Chantier.class::isInstance).findFirst().orElseThrow();
        String before = chantier.getNom();
        try (TeamRepository repository = TeamRepository.share(folder, AUTHOR)) {
            document.getCommandStack().execute(SetCommand.create(document.getEditingDomain(), chantier,
                    MaillagePackage.Literals.ELEMENT__NOM, "Chantier renommé"));
            document.save();
            repository.commit("Renommage du chantier", AUTHOR);
            List<Version> versions = repository.history(document.getFile());
            assertEquals(2, versions.size());

            HistoryDialog dialog = new HistoryDialog(page.getWorkbenchWindow().getShell(), document, repository,
                    versions);
            dialog.setBlockOnOpen(false);
            dialog.open();
            try {
                assertEquals("Renommage du chantier", dialog.table().getItem(0).getText(2));
                assertEquals("Alice Martin", dialog.table().getItem(0).getText(1));
                dialog.table().select(1);
                dialog.compareSelected();
                String changes = String.join("\n", dialog.changes().getItems());
                assertTrue(changes.contains("Chantier renommé"), changes);
                Screenshots.save(dialog.getShell(), Path.of("target", "screenshots", "historique.png"));

                // Two versions: a third one renames the chantier again; comparing the second with the third gives
                // that rename only, the dialog saying which versions.
                document.getCommandStack().execute(SetCommand.create(document.getEditingDomain(), chantier,
                        MaillagePackage.Literals.ELEMENT__NOM, "Chantier renommé deux fois"));
                document.save();
                repository.commit("Second renommage", AUTHOR);
                dialog.close();
                List<Version> three = repository.history(document.getFile());
                dialog = new HistoryDialog(page.getWorkbenchWindow().getShell(), document, repository, three);
                dialog.setBlockOnOpen(false);
                dialog.open();
                dialog.table().select(new int[] { 0, 1 });
                dialog.table().notifyListeners(SWT.Selection, new Event());
                assertEquals("Comparer les deux versions", dialog.compareButton().getText().replace("&", ""));
                assertFalse(dialog.restoreButton().isEnabled(), "restore needs one version");
                dialog.compareSelected();
                String between = String.join("\n", dialog.changes().getItems());
                assertTrue(between.contains("Chantier renommé deux fois"), between);
                assertFalse(between.contains(before), "the first rename is not between these two: " + between);
                assertTrue(dialog.changesLabel().getText().contains(three.get(1).shortId() + " à la version "
                        + three.get(0).shortId()), dialog.changesLabel().getText());
                Screenshots.save(dialog.getShell(), Path.of("target", "screenshots", "historique-deux-versions.png"));

                dialog.table().deselectAll();
                dialog.table().select(2);
                dialog.table().notifyListeners(SWT.Selection, new Event());
                dialog.restoreSelected();
                Chantier restored = (Chantier) iterable(document.getModel()).stream()
                        .filter(Chantier.class::isInstance).findFirst().orElseThrow();
                assertEquals(before, restored.getNom());
                assertTrue(document.isDirty(), "restoring is an edit, saved by the user");
                document.getCommandStack().undo();
                assertEquals("Chantier renommé deux fois", chantier.getNom(),
                        "one Undo brings the current version back");
                assertEquals(document.getResource(), chantier.eResource());
            } finally {
                dialog.close();
            }
        }
    }

    @Test
    void reloadAfterSyncNeverOverwritesUnsavedChanges() throws Exception {
        Path file = document.getFile();
        Chantier chantier = (Chantier) iterable(document.getModel()).stream()
                .filter(Chantier.class::isInstance).findFirst().orElseThrow();
        String original = chantier.getNom();
        // What a synchronisation writes: another version of the file on disk.
        org.maillage.model.ModeleMaillage theirs = org.maillage.model.resource.MaillageFiles.load(file);
        iterable(theirs).stream().filter(Chantier.class::isInstance).map(Chantier.class::cast)
                .filter(c -> original.equals(c.getNom())).findFirst().orElseThrow()
                .setNom("Renommé par un collègue");
        org.maillage.model.resource.MaillageFiles.save(theirs, file);
        document.getCommandStack().execute(SetCommand.create(document.getEditingDomain(), chantier,
                MaillagePackage.Literals.ELEMENT__NOM, "Ma modification"));
        assertFalse(TeamUi.reload(page, document), "an edited roadmap is not reloaded");
        assertEquals("Ma modification", chantier.getNom());

        document.getCommandStack().undo();
        assertFalse(document.isDirty());
        assertTrue(TeamUi.reload(page, document));
        RoadmapDocument reloaded = RoadmapEditors.activeDocument(page);
        assertNotNull(reloaded);
        assertTrue(reloaded != document, "the editor was reopened");
        assertTrue(iterable(reloaded.getModel()).stream().filter(Chantier.class::isInstance)
                .map(c -> ((Chantier) c).getNom()).anyMatch("Renommé par un collègue"::equals));
    }

    private static List<Object> iterable(org.eclipse.emf.ecore.EObject root) {
        List<Object> all = new java.util.ArrayList<>();
        root.eAllContents().forEachRemaining(all::add);
        return all;
    }

    private static Menu submenu(MenuItem item) {
        item.getMenu().notifyListeners(SWT.Show, new Event());
        while (item.getDisplay().readAndDispatch()) {
            // Let the menu fill itself.
        }
        return item.getMenu();
    }

    private static String text(MenuItem item) {
        return item.getText().replace("&", "").replaceAll("\t.*", "");
    }

    private static MenuItem item(Menu menu, String text) {
        return Arrays.stream(menu.getItems()).filter(i -> text(i).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in "
                        + Arrays.stream(menu.getItems()).map(TeamMenuTest::text).toList()));
    }

}
