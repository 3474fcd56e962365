/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.plan.Chantier;
import org.maillage.spreadsheet.ColumnMapping;
import org.maillage.spreadsheet.ImportPreview;
import org.maillage.spreadsheet.ImportPreview.FieldChange;
import org.maillage.spreadsheet.Spreadsheets;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases (issue #15 point 3, headless part): for a sheet with a délégation's own headers, each Maillage field
 * is proposed the column most like it, accents, case, punctuation and small words ignored (« Numero du chantier »
 * for Numéro, « ECHEANCE » for Échéance, « Avancement » for Avancement (%)), a column to one field at most, nothing
 * proposed for an unrelated header; the layout key ignores order, accents and case; a chantiers CSV with other
 * headers and a name changed previews as unchanged-but-for-unknown-columns without the mapping, and with the
 * mapping gives exactly the changed name; {@code sheetHeaders} lists the sheet's headers.
 */
@ExtendWith(FrenchLocale.class)
class ColumnMappingTest {

    @TempDir
    Path folder;

    @Test
    void proposesTheMostSimilarColumnForEachField() {
        List<String> fields = List.of("UUID", "Feuille de route", "Numéro", "Nom", "Statut", "Début", "Échéance",
                "Avancement (%)");
        List<String> sheet = List.of("Numero du chantier", "Nom du chantier", "STATUT", "ECHEANCE", "Avancement",
                "Commentaire du référent");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Numero du chantier", "Numéro");
        expected.put("Nom du chantier", "Nom");
        expected.put("STATUT", "Statut");
        expected.put("ECHEANCE", "Échéance");
        expected.put("Avancement", "Avancement (%)");
        assertEquals(expected, ColumnMapping.propose(sheet, fields));
    }

    @Test
    void aColumnGoesToOneFieldOnly() {
        Map<String, String> proposed = ColumnMapping.propose(List.of("Nom", "Nom du porteur"),
                List.of("Nom", "Porteur"));
        assertEquals(Map.of("Nom", "Nom", "Nom du porteur", "Porteur"), proposed);
    }

    @Test
    void layoutKeyIgnoresOrderAccentsAndCase() {
        assertEquals(ColumnMapping.layoutKey(List.of("Échéance", "Nom du chantier")),
                ColumnMapping.layoutKey(List.of("nom du CHANTIER", "echeance")));
        assertFalse(ColumnMapping.layoutKey(List.of("Nom")).equals(ColumnMapping.layoutKey(List.of("Numéro"))));
    }

    @Test
    void aSheetWithOtherHeadersIsReadThroughTheMapping() throws Exception {
        ModeleMaillage model = Examples.eure().open();
        Chantier second = model.getFeuillesDeRoute().get(0).getChantiers().get(1);
        Path file = folder.resolve("chantiers-delegation.csv");
        Spreadsheets.export(model, List.of("chantiers"), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n");
        String header = text.substring(0, end).replace(";Numéro;", ";Numero du chantier;")
                .replace(";Nom;", ";Nom du chantier;").replace(";Statut;", ";STATUT;");
        String body = text.substring(end).replace(second.getNom(), "Nom changé par la délégation");
        Files.writeString(file, header + body, StandardCharsets.UTF_8);

        List<String> headers = Spreadsheets.sheetHeaders(file).values().iterator().next();
        assertTrue(headers.contains("Nom du chantier"), headers.toString());
        ImportPreview without = Spreadsheets.preview(model, file);
        assertFalse(without.changed().stream().anyMatch(r -> r.changes().stream()
                .anyMatch(c -> c.after().equals("Nom changé par la délégation"))), "the Nom column is not read");

        Map<String, String> mapping = ColumnMapping.propose(headers,
                Spreadsheets.headers(model, "chantiers"));
        assertEquals("Nom", mapping.get("Nom du chantier"));
        assertEquals("Numéro", mapping.get("Numero du chantier"));
        assertEquals("Statut", mapping.get("STATUT"));
        ImportPreview with = Spreadsheets.preview(model, file, mapping);
        assertEquals(List.of(), with.refusals());
        assertEquals(1, with.changed().size(), with.summary());
        assertEquals(List.of(new FieldChange("Nom", second.getNom(), "Nom changé par la délégation")),
                with.changed().get(0).changes());
        assertEquals(List.of(), with.added());
    }
}
