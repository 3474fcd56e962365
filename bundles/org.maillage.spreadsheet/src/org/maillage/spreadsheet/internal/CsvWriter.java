/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one sheet as CSV for French Excel: UTF-8 with a byte order mark (without it Excel reads the accents as
 * Windows-1252), {@code ;} between fields, decimal comma, dates JJ/MM/AAAA. Text that a spreadsheet would run as a
 * formula gets a leading apostrophe, which the import takes off again.
 */
public final class CsvWriter {

    /** The format written and read: {@code ;}, CRLF, quotes when needed. */
    public static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

    private CsvWriter() {
    }

    /**
     * @param sheet the sheet
     * @param out where the CSV goes; not closed
     * @throws IOException when it cannot be written
     */
    public static void write(SheetData sheet, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(sheet.columns().stream().map(Column::header).toList());
        for (Object[] row : sheet.rows()) {
            List<String> cells = new ArrayList<>(row.length);
            for (int c = 0; c < row.length; c++) {
                cells.add(cell(sheet.columns().get(c), row[c]));
            }
            printer.printRecord(cells);
        }
        printer.flush();
        writer.flush();
    }

    private static String cell(Column column, Object value) {
        if (value == null) {
            return "";
        }
        if (column.kind() == Column.Kind.PERCENT) {
            return CellText.format(value) + " %";
        }
        String text = CellText.format(value);
        return value instanceof String && CellText.looksLikeFormula(text) ? "'" + text : text;
    }
}
