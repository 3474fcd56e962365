/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.spreadsheet.ImportPreview;
import org.maillage.spreadsheet.Spreadsheets;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: each kind of refused value gives its French message naming sheet, row and column: an unknown
 * enumeration label, a date that is not a date (31/02 included), an amount that is not a number, a reference to an
 * unknown EPCI, QPV or chantier, a duplicate identifier; the refused row is neither added nor changed.
 */
@ExtendWith(FrenchLocale.class)
class BadValuesTest {

    @TempDir
    Path folder;

    private ModeleMaillage model;

    @BeforeEach
    void open() throws Exception {
        model = Examples.eure().open();
    }

    private Path export(String table, String sheet) throws Exception {
        Path file = folder.resolve(table + ".csv");
        List<Path> files = Spreadsheets.export(model, List.of(table), file);
        return sheet == null ? files.get(0)
                : files.stream().filter(f -> f.getFileName().toString().endsWith("-" + sheet + ".csv")).findFirst()
                        .orElseThrow();
    }

    private void assertRefused(Path file, int row, String column, String reason) throws Exception {
        ImportPreview preview = Spreadsheets.preview(model, file);
        assertEquals(1, preview.refusals().size(), preview.refusals().toString());
        ImportPreview.Refusal refusal = preview.refusals().get(0);
        assertEquals(row, refusal.row());
        assertEquals(column, refusal.column());
        assertEquals(reason, refusal.reason());
        assertEquals("Feuille « " + refusal.sheet() + " », ligne " + row + ", colonne « " + column + " » : " + reason,
                refusal.message());
        assertFalse(preview.hasChanges());
    }

    @Test
    void unknownEnumerationLabel() throws Exception {
        Path file = export("chantiers", null);
        Sheets.set(file, 1, "Statut", "Bientôt");
        assertRefused(file, 2, "Statut", "« Bientôt » n’est pas une valeur de « Statut » (valeurs possibles : "
                + "À lancer, En cours, En retard, Suspendu, Terminé, Abandonné).");
    }

    @Test
    void dateNotADate() throws Exception {
        Path file = export("chantiers", null);
        Sheets.set(file, 2, "Échéance", "fin juin");
        assertRefused(file, 3, "Échéance", "« fin juin » n’est pas une date (attendu : JJ/MM/AAAA).");
        Sheets.set(file, 2, "Échéance", "31/02/2026");
        assertRefused(file, 3, "Échéance", "« 31/02/2026 » n’est pas une date (attendu : JJ/MM/AAAA).");
    }

    @Test
    void amountNotANumber() throws Exception {
        Path file = export("financements", null);
        Sheets.set(file, 1, "Montant (EUR)", "mille euros");
        assertRefused(file, 2, "Montant (EUR)",
                "« mille euros » n’est pas un montant (attendu : un nombre, par exemple 12500,50).");
    }

    @Test
    void unknownEpci() throws Exception {
        Path file = export("dispositifs", "contrat-de-ville");
        Sheets.set(file, 1, "EPCI", "CA Imaginaire");
        assertRefused(file, 2, "EPCI",
                "référence inconnue : aucun élément de type EPCI ne s’appelle « CA Imaginaire » dans le modèle.");
    }

    @Test
    void unknownQpvAndChantier() throws Exception {
        Path file = export("cls-fiches-actions", null);
        Sheets.set(file, 1, "QPV ciblés", "Quartier imaginaire");
        assertRefused(file, 2, "QPV ciblés",
                "référence inconnue : aucun élément de type QPV ne s’appelle « Quartier imaginaire » dans le modèle.");
        file = export("cls-fiches-actions", null);
        Sheets.set(file, 1, "Chantiers", "Chantier imaginaire");
        assertRefused(file, 2, "Chantiers", "référence inconnue : aucun élément de type Chantier ne s’appelle "
                + "« Chantier imaginaire » dans le modèle.");
    }

    @Test
    void duplicateIdentifier() throws Exception {
        Path file = export("chantiers", null);
        List<List<String>> rows = Sheets.read(file);
        rows.add(rows.get(1));
        Sheets.write(file, rows);
        String uuid = rows.get(1).get(0);
        assertRefused(file, rows.size(), "UUID",
                "identifiant en double : « " + uuid + " » figure déjà ligne 2.");
    }
}
