/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.examples.Examples;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.plan.Chantier;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.spreadsheet.ImportPreview;
import org.maillage.spreadsheet.Spreadsheets;
import org.maillage.testsupport.ui.Screenshots;

/**
 * Covered cases: both commands are contributed with their French names, as Fichier &gt; Exporter &gt; Tableur... and
 * Fichier &gt; Importer &gt; Tableur.... Import wizard: a chantiers CSV exported and
 * edited (one name changed, one row added, one status unknown) gives on the preview page exactly one changed row
 * with its field before and after, one added row and one refused value with its French reason; Finish stays
 * disabled until "Importer les lignes valides" is ticked; Finish executes one command labelled « Importer le
 * tableur chantiers.csv » on the editor's command stack, and one Undo restores the roadmap. An unreadable file
 * gives an error naming it on the preview page and no Finish. Export wizard: all tables checked by default, the
 * format changes the file's extension, the roadmap itself as output is refused, no table checked is refused; Finish
 * writes the chosen tables in a job, then a modeless « Tableur prêt » notice says where, and the file comes back
 * with every row unchanged. Columns page: a sheet with
 * other headers gets each proposed a field by resemblance, the user's correction is used by the preview and
 * remembered for the next file of the same layout.
 */
class SpreadsheetWizardsTest {

    @TempDir
    Path folder;

    private IWorkbenchPage page;
    private IEditorPart editor;
    private RoadmapDocument document;
    private Path roadmap;

    @BeforeEach
    void openEure() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        roadmap = Examples.eure().copyTo(folder);
        editor = RoadmapEditors.open(page, roadmap);
        document = editor.getAdapter(RoadmapDocument.class);
        assertNotNull(document, "the editor adapts to its roadmap document");
    }

    @AfterEach
    void close() {
        page.closeEditor(editor, false);
    }

    private List<Chantier> chantiers() {
        return document.getModel().getFeuillesDeRoute().get(0).getChantiers();
    }

    @Test
    void commandsAreContributedInFrench() throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command export = commands.getCommand("org.maillage.spreadsheet.ui.export");
        Command importer = commands.getCommand("org.maillage.spreadsheet.ui.import");
        assertTrue(export.isDefined());
        assertTrue(importer.isDefined());
        assertEquals("Exporter vers un tableur...", export.getName());
        assertEquals("Importer un tableur...", importer.getName());
    }

    @Test
    void fichierMenuHasExporterAndImporterTableur() {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        MenuItem file = item(bar, "Fichier");
        assertEquals("Tableur...", text(item(submenu(item(submenu(file), "Exporter")), "Tableur...")));
        assertEquals("Tableur...", text(item(submenu(item(submenu(file), "Importer")), "Tableur...")));
    }

    private static Menu submenu(MenuItem item) {
        item.getMenu().notifyListeners(SWT.Show, new Event());
        while (item.getDisplay().readAndDispatch()) {
            // Let the menu fill itself.
        }
        return item.getMenu();
    }

    private static String text(MenuItem item) {
        String text = item.getText().replace("&", "");
        int tab = text.indexOf('\t');
        return tab < 0 ? text : text.substring(0, tab);
    }

    private static MenuItem item(Menu menu, String text) {
        return Arrays.stream(menu.getItems()).filter(i -> text(i).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + text + " in "
                        + Arrays.stream(menu.getItems()).map(SpreadsheetWizardsTest::text).toList()));
    }

    /** The chantiers exported to CSV, then: 2nd chantier renamed, 1st given an unknown status, a row added. */
    private Path editedSheet() throws Exception {
        Path file = folder.resolve("chantiers.csv");
        Spreadsheets.export(document.getModel(), List.of("chantiers"), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n", -1)));
        while (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        List<String> headers = Arrays.asList(lines.get(0).replace("\uFEFF", "").split(";", -1));
        Chantier first = chantiers().get(0);
        Chantier second = chantiers().get(1);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(first.getUuid() + ";")) {
                String[] cells = line.split(";", -1);
                cells[headers.indexOf("Statut")] = "Bientôt";
                lines.set(i, String.join(";", cells));
            } else if (line.startsWith(second.getUuid() + ";")) {
                lines.set(i, line.replace(second.getNom(), "Nom changé par le tableur"));
            }
        }
        String[] added = new String[headers.size()];
        Arrays.fill(added, "");
        added[headers.indexOf("Nom")] = "Chantier ajouté par le tableur";
        added[headers.indexOf("Numéro")] = "99";
        added[headers.indexOf("Statut")] = "En cours";
        lines.add(String.join(";", added));
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    private static TreeItem group(ImportPreviewPage page, String prefix) {
        return Arrays.stream(page.tree.getItems()).filter(i -> i.getText().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + prefix));
    }

    @Test
    void importPreviewsTheEditsAndFinishIsOneUndo() throws Exception {
        Path sheet = editedSheet();
        Chantier second = chantiers().get(1);
        String oldName = second.getNom();
        int before = chantiers().size();
        ImportSpreadsheetWizard wizard = new ImportSpreadsheetWizard(document);
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        try {
            wizard.filePage().file.setText(sheet.toString());
            assertTrue(wizard.filePage().isPageComplete());
            assertFalse(wizard.canFinish(), "nothing is imported before the preview");
            dialog.showPage(wizard.previewPage());
            ImportPreviewPage preview = wizard.previewPage();

            assertEquals("Lignes ajoutées (1)", group(preview, "Lignes ajoutées").getText());
            TreeItem added = group(preview, "Lignes ajoutées").getItem(0);
            assertTrue(added.getText(0).endsWith("Chantier ajouté par le tableur"), added.getText(0));

            TreeItem changedGroup = group(preview, "Lignes modifiées");
            assertEquals("Lignes modifiées (1)", changedGroup.getText());
            TreeItem changed = changedGroup.getItem(0);
            assertEquals("chantiers, ligne 3 : " + oldName, changed.getText(0));
            assertEquals(1, changed.getItemCount());
            assertEquals(List.of("Nom", oldName, "Nom changé par le tableur"),
                    List.of(changed.getItem(0).getText(0), changed.getItem(0).getText(1),
                            changed.getItem(0).getText(2)));

            TreeItem refused = group(preview, "Valeurs refusées");
            assertEquals("Valeurs refusées (1)", refused.getText());
            assertEquals("chantiers, ligne 2, colonne Statut", refused.getItem(0).getText(0));
            assertTrue(refused.getItem(0).getText(2).contains("Bientôt"), refused.getItem(0).getText(2));
            assertEquals("chantiers, ligne 2, colonne Statut : " + refused.getItem(0).getText(2),
                    preview.details.getText(), "the first refusal is shown in full");
            assertEquals("Lignes inchangées (" + (before - 2) + ")", group(preview, "Lignes inchangées").getText());

            assertFalse(wizard.canFinish(), "a value is refused");
            assertTrue(preview.getErrorMessage().contains("Importer les lignes valides"),
                    preview.getErrorMessage());
            preview.validRows.setSelection(true);
            preview.validRows.notifyListeners(SWT.Selection, null);
            assertTrue(wizard.canFinish(), "the valid rows are chosen");
            Screenshots.save(dialog.getShell(), Path.of("target", "screenshots", "importer-un-tableur.png"));

            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        assertEquals("Nom changé par le tableur", second.getNom());
        assertEquals(before + 1, chantiers().size());
        assertEquals("Importer le tableur chantiers.csv", document.getCommandStack().getUndoCommand().getLabel());
        assertTrue(document.isDirty());

        document.getCommandStack().undo();
        assertEquals(oldName, second.getNom());
        assertEquals(before, chantiers().size());
        assertFalse(document.getCommandStack().canUndo(), "one Undo took the whole import back");
    }

    /** A délégation's own layout: the chantiers CSV with « Nom du chantier », « Statut du chantier » and a name changed. */
    private Path foreignSheet(String name) throws Exception {
        Path file = folder.resolve(name);
        Spreadsheets.export(document.getModel(), List.of("chantiers"), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n");
        String header = text.substring(0, end).replace(";Nom;", ";Nom du chantier;").replace(";Statut;", ";Statut du chantier;");
        Files.writeString(file, header + text.substring(end).replace(chantiers().get(1).getNom(), "Renommé"),
                StandardCharsets.UTF_8);
        return file;
    }

    private ImportSpreadsheetWizard mappedWizard(Path sheet, WizardDialog[] dialog) {
        ImportSpreadsheetWizard wizard = new ImportSpreadsheetWizard(document);
        dialog[0] = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog[0].create();
        wizard.filePage().file.setText(sheet.toString());
        dialog[0].showPage(wizard.mappingPage());
        return wizard;
    }

    @Test
    void otherHeadersAreMappedAndTheMappingIsRemembered() throws Exception {
        // The workspace may keep a mapping of an earlier run: start from none.
        InstanceScope.INSTANCE.getNode("org.maillage.spreadsheet.ui").clear();
        String oldName = chantiers().get(1).getNom();
        WizardDialog[] dialog = new WizardDialog[1];
        ImportSpreadsheetWizard wizard = mappedWizard(foreignSheet("delegation.csv"), dialog);
        try {
            ImportMappingPage mapping = wizard.mappingPage();
            assertEquals(List.of("Nom du chantier", "Statut du chantier"), List.copyOf(mapping.combos.keySet()));
            assertEquals("Nom", mapping.combos.get("Nom du chantier").getText(), "proposed by resemblance");
            assertEquals("Statut", mapping.combos.get("Statut du chantier").getText());
            // The user corrects: « Statut du chantier » is not to be read.
            mapping.combos.get("Statut du chantier").select(0);
            Screenshots.save(dialog[0].getShell(),
                    Path.of("target", "screenshots", "importer-un-tableur-colonnes.png"));
            dialog[0].showPage(wizard.previewPage());
            TreeItem changed = group(wizard.previewPage(), "Lignes modifiées").getItem(0);
            assertEquals(List.of("Nom", oldName, "Renommé"), List.of(changed.getItem(0).getText(0),
                    changed.getItem(0).getText(1), changed.getItem(0).getText(2)));
            assertTrue(wizard.canFinish());
            assertTrue(wizard.performFinish());
        } finally {
            dialog[0].close();
        }
        assertEquals("Renommé", chantiers().get(1).getNom());

        // The same layout again (another file): the corrected mapping comes back, not the proposal.
        wizard = mappedWizard(foreignSheet("delegation-2.csv"), dialog);
        try {
            assertEquals("Nom", wizard.mappingPage().combos.get("Nom du chantier").getText());
            assertEquals(0, wizard.mappingPage().combos.get("Statut du chantier").getSelectionIndex(), "remembered");
        } finally {
            dialog[0].close();
        }
    }

    @Test
    void unreadableFileIsNamedOnThePreview() throws Exception {
        Path bad = Files.writeString(folder.resolve("pas-un-classeur.xlsx"), "ceci n'est pas un classeur");
        ImportSpreadsheetWizard wizard = new ImportSpreadsheetWizard(document);
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        try {
            wizard.filePage().file.setText(bad.toString());
            dialog.showPage(wizard.previewPage());
            String error = wizard.previewPage().getErrorMessage();
            assertNotNull(error);
            assertTrue(error.contains("pas-un-classeur.xlsx"), error);
            assertFalse(wizard.canFinish());
            assertFalse(document.getCommandStack().canUndo(), "the roadmap is untouched");
        } finally {
            dialog.close();
        }
    }

    @Test
    void exportWritesTheCheckedTablesInTheBackground() throws Exception {
        ExportSpreadsheetWizard wizard = new ExportSpreadsheetWizard(document);
        WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
        dialog.create();
        Path out = folder.resolve("export.ods");
        try {
            ExportSpreadsheetPage form = wizard.page();
            assertEquals(Spreadsheets.tables(), form.chosenTables(), "all checked by default");
            assertEquals(folder.resolve("eure.xlsx").toString(), form.file.getText(), "beside the roadmap");
            assertTrue(form.isPageComplete());

            form.format.select(2);
            form.format.notifyListeners(SWT.Selection, null);
            assertEquals(folder.resolve("eure.ods").toString(), form.file.getText(), "the format's extension");

            for (TableItem item : form.tables.getItems()) {
                item.setChecked(false);
            }
            form.tables.notifyListeners(SWT.Selection, null);
            assertFalse(form.isPageComplete());
            assertEquals("Choisissez au moins une table.", form.getErrorMessage());
            Arrays.stream(form.tables.getItems()).filter(i -> i.getData().equals("chantiers")
                    || i.getData().equals("financements")).forEach(i -> i.setChecked(true));
            form.tables.notifyListeners(SWT.Selection, null);
            assertEquals(List.of("chantiers", "financements"), form.chosenTables());

            form.file.setText(roadmap.toString().replace(".maillage", ".csv"));
            assertTrue(form.isPageComplete(), "another file beside the roadmap is fine");
            form.file.setText(roadmap.toString());
            assertFalse(form.isPageComplete(), "the roadmap is not an output");
            assertNotNull(form.getErrorMessage());

            form.file.setText(out.toString());
            assertTrue(form.isPageComplete(), form.getErrorMessage());
            Screenshots.save(dialog.getShell(), Path.of("target", "screenshots", "exporter-vers-un-tableur.png"));
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        wizard.job.join();
        assertEquals(IStatus.INFO, wizard.job.getResult().getSeverity(), wizard.job.getResult().toString());
        assertTrue(Files.size(out) > 0);
        // Where the file went, without blocking the workbench.
        Display display = Display.getCurrent();
        Shell notice = null;
        for (long until = System.currentTimeMillis() + 10_000; notice == null && System.currentTimeMillis() < until;) {
            while (display.readAndDispatch()) {
                // Runs the job's notice.
            }
            notice = Arrays.stream(display.getShells()).filter(s -> "Tableur prêt".equals(s.getText())).findFirst()
                    .orElse(null);
            Thread.sleep(20);
        }
        assertNotNull(notice, "the « Tableur prêt » notice");
        assertTrue((notice.getStyle() & SWT.APPLICATION_MODAL) == 0, "not modal");
        notice.close();
        ImportPreview back = Spreadsheets.preview(document.getModel(), out);
        assertEquals(List.of(), back.refusals());
        assertFalse(back.hasChanges(), back.summary());
        assertFalse(back.unchanged().isEmpty());
    }

}
