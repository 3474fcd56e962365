/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.StatutChantier;
import org.maillage.spreadsheet.ImportPreview;
import org.maillage.spreadsheet.ImportPreview.FieldChange;
import org.maillage.spreadsheet.Spreadsheets;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: a chantiers sheet exported to XLSX and edited in the spreadsheet (two cells of one row changed, a
 * row added, a row removed) gives exactly that preview: one changed row with its two fields before and after, one
 * added row, the removed row listed as absent (kept), every other row unchanged; applying it is one command that one
 * Undo takes back; a preview with a refused value gives no command unless the valid rows are chosen.
 */
@ExtendWith(FrenchLocale.class)
class EditedSheetTest {

    @TempDir
    Path folder;

    private ModeleMaillage model;
    private List<Chantier> chantiers;

    @BeforeEach
    void open() throws Exception {
        model = Examples.eure().open();
        chantiers = model.getFeuillesDeRoute().get(0).getChantiers();
    }

    private int column(Sheet sheet, String header) {
        Row first = sheet.getRow(0);
        for (int c = 0; c < first.getLastCellNum(); c++) {
            if (header.equals(first.getCell(c).getStringCellValue())) {
                return c;
            }
        }
        throw new AssertionError("no column " + header);
    }

    private Path edited() throws Exception {
        Path file = folder.resolve("chantiers.xlsx");
        Spreadsheets.export(model, List.of("chantiers"), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Chantiers");
            int statut = column(sheet, "Statut");
            int avancement = column(sheet, "Avancement (%)");
            int nom = column(sheet, "Nom");
            int numero = column(sheet, "Numéro");
            // Row 2 is the first chantier: two fields changed.
            sheet.getRow(1).getCell(statut).setCellValue("Suspendu");
            sheet.getRow(1).getCell(avancement).setCellValue(0.37);
            assertEquals("Suspendu", sheet.getRow(1).getCell(statut).getStringCellValue());
            // The last row removed.
            sheet.removeRow(sheet.getRow(sheet.getLastRowNum()));
            // A new row, without uuid.
            Row added = sheet.createRow(sheet.getLastRowNum() + 2);
            added.createCell(nom).setCellValue("Chantier ajouté par le tableur");
            added.createCell(numero).setCellValue("99");
            added.createCell(statut).setCellValue("En cours");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    @Test
    void previewListsExactlyTheEdits() throws Exception {
        Chantier first = chantiers.get(0);
        Chantier last = chantiers.get(chantiers.size() - 1);
        ImportPreview preview = Spreadsheets.preview(model, edited());
        assertEquals(List.of(), preview.refusals());
        assertEquals(1, preview.changed().size());
        ImportPreview.RowChange changed = preview.changed().get(0);
        assertEquals(2, changed.row());
        assertEquals(first.getNom(), changed.element());
        assertEquals(List.of(new FieldChange("Statut", label(first.getStatut()), "Suspendu"),
                new FieldChange("Avancement (%)", first.eIsSet(org.maillage.model.plan.PlanPackage.Literals.CHANTIER__AVANCEMENT) ? Integer.toString(first.getAvancement())
                        : "", "37 %")), changed.changes());
        assertEquals(1, preview.added().size());
        assertEquals("Chantier ajouté par le tableur", preview.added().get(0).element());
        assertEquals(List.of("Chantiers : " + last.getNom()), preview.absent());
        assertEquals(chantiers.size() - 2, preview.unchanged().size());
    }

    private static String label(StatutChantier statut) {
        return java.util.Map.of("A_LANCER", "À lancer", "EN_COURS", "En cours", "EN_RETARD", "En retard",
                "SUSPENDU", "Suspendu", "TERMINE", "Terminé", "ABANDONNE", "Abandonné").get(statut.getName());
    }

    @Test
    void applyingIsOneCommandThatOneUndoTakesBack() throws Exception {
        ImportPreview preview = Spreadsheets.preview(model, edited());
        RoadmapDocument document = RoadmapDocument.of(model, folder.resolve("eure.maillage"));
        int before = chantiers.size();
        StatutChantier statut = chantiers.get(0).getStatut();
        Command command = preview.command(document.getEditingDomain(), false);
        document.getCommandStack().execute(command);
        assertEquals(StatutChantier.SUSPENDU, chantiers.get(0).getStatut());
        assertEquals(37, chantiers.get(0).getAvancement());
        assertEquals(before + 1, chantiers.size(), "one added, none deleted");
        Chantier added = chantiers.get(before);
        assertEquals("99", added.getNumero());
        assertEquals(StatutChantier.EN_COURS, added.getStatut());
        assertTrue(document.getCommandStack().canUndo());
        document.getCommandStack().undo();
        assertEquals(statut, chantiers.get(0).getStatut());
        assertEquals(before, chantiers.size());
        assertTrue(!document.getCommandStack().canUndo(), "one Undo took all of it back");
    }

    @Test
    void refusedValuesBlockTheCommandUnlessValidRowsAreChosen() throws Exception {
        Path file = folder.resolve("chantiers.csv");
        Spreadsheets.export(model, List.of("chantiers"), file);
        List<String> lines = Files.readAllLines(file);
        // The first data row gets an unknown status; the second a new name.
        lines.set(1, lines.get(1).replaceFirst(";" + label(chantiers.get(0).getStatut()) + ";", ";Bientôt;"));
        lines.set(2, lines.get(2).replace(chantiers.get(1).getNom(), "Nom changé"));
        Files.write(file, lines);
        ImportPreview preview = Spreadsheets.preview(model, file);
        assertEquals(1, preview.refusals().size(), preview.refusals().toString());
        assertEquals(1, preview.changed().size());
        RoadmapDocument document = RoadmapDocument.of(model, folder.resolve("eure.maillage"));
        assertThrows(IllegalStateException.class, () -> preview.command(document.getEditingDomain(), false));
        document.getCommandStack().execute(preview.command(document.getEditingDomain(), true));
        assertEquals("Nom changé", chantiers.get(1).getNom());
    }
}
