/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.tests;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.maillage.spreadsheet.internal.CsvWriter;

/** Edits CSV sheets as a person would in a spreadsheet: a cell by row and header, a copied row. */
final class Sheets {

    private Sheets() {
    }

    static List<List<String>> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, CsvWriter.FORMAT)) {
            for (CSVRecord record : parser) {
                rows.add(new ArrayList<>(record.toList()));
            }
        }
        return rows;
    }

    static void write(Path file, List<List<String>> rows) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CsvWriter.FORMAT)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        Files.writeString(file, "\uFEFF" + out, StandardCharsets.UTF_8);
    }

    /** Sets the cell of a data row (1 is the first row after the headers) under a header. */
    static void set(Path file, int row, String header, String value) throws IOException {
        List<List<String>> rows = read(file);
        int column = rows.get(0).indexOf(header);
        if (column < 0) {
            throw new AssertionError("no column " + header + " in " + rows.get(0));
        }
        rows.get(row).set(column, value);
        write(file, rows);
    }
}
