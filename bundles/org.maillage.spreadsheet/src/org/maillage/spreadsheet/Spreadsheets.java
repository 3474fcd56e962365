/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.maillage.core.persistence.AtomicFileWriter;
import org.maillage.model.ModeleMaillage;
import org.maillage.spreadsheet.internal.Catalog;
import org.maillage.spreadsheet.internal.Column;
import org.maillage.spreadsheet.internal.CsvWriter;
import org.maillage.spreadsheet.internal.Importer;
import org.maillage.spreadsheet.internal.Messages;
import org.maillage.spreadsheet.internal.OdsWriter;
import org.maillage.spreadsheet.internal.RawSheet;
import org.maillage.spreadsheet.internal.SheetData;
import org.maillage.spreadsheet.internal.SheetReaders;
import org.maillage.spreadsheet.internal.SheetSpec;
import org.maillage.spreadsheet.internal.TextTables;
import org.maillage.spreadsheet.internal.XlsxWriter;

/**
 * Spreadsheets in and out of a roadmap: the headless entry point used by the command line and the workbench.
 * <p>
 * Export writes tables ({@link #tables()}) as sheets with French headers, typed cells and a uuid column; import reads
 * such a sheet back (or one edited by a partner) into an {@link ImportPreview}, which becomes one command.
 */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    /** @return the names of the tables that can be exported, in the documented order */
    public static List<String> tables() {
        return Catalog.TABLES;
    }

    /**
     * Checks table names typed by a user.
     *
     * @param names table names
     * @throws SpreadsheetException naming the unknown one and listing the known ones
     */
    public static void checkTables(List<String> names) throws SpreadsheetException {
        for (String name : names) {
            if (Catalog.table(name).isEmpty()) {
                throw new SpreadsheetException(Messages.get("export.unknownTable", name,
                        String.join(", ", Catalog.TABLES)));
            }
        }
    }

    /**
     * Writes tables of a roadmap to a spreadsheet, atomically (the previous file is kept as {@code .bak}). A CSV
     * file holds one sheet: when the tables have several ({@code dispositifs} has one per kind), each goes to its
     * own file {@code NAME-SHEET.csv} beside {@code out}.
     *
     * @param model the roadmap
     * @param tables table names ({@link #tables()})
     * @param out the file to write; its extension gives the format
     * @return the files written
     * @throws SpreadsheetException on an unknown table or format
     * @throws IOException when a file cannot be written
     */
    public static List<Path> export(ModeleMaillage model, List<String> tables, Path out)
            throws SpreadsheetException, IOException {
        checkTables(tables);
        SpreadsheetFormat format = format(out);
        List<SheetData> sheets = sheets(model, tables);
        List<Path> written = new ArrayList<>();
        switch (format) {
            case XLSX -> AtomicFileWriter.write(out, stream -> XlsxWriter.write(sheets, stream));
            case ODS -> AtomicFileWriter.write(out, stream -> OdsWriter.write(sheets, stream));
            case CSV -> {
                for (SheetData sheet : sheets) {
                    Path file = sheets.size() == 1 ? out : sibling(out, sheet.name());
                    AtomicFileWriter.write(file, stream -> CsvWriter.write(sheet, stream));
                    written.add(file);
                }
            }
        }
        if (written.isEmpty()) {
            written.add(out);
        }
        return written;
    }

    /**
     * @param model the roadmap
     * @param tables table names
     * @param out the file asked for
     * @return the files an export writes (several for CSV with several sheets), to check them before writing
     * @throws SpreadsheetException on an unknown table or format
     */
    public static List<Path> outputs(ModeleMaillage model, List<String> tables, Path out) throws SpreadsheetException {
        checkTables(tables);
        if (format(out) != SpreadsheetFormat.CSV) {
            return List.of(out);
        }
        List<SheetData> sheets = sheets(model, tables);
        return sheets.size() == 1 ? List.of(out) : sheets.stream().map(s -> sibling(out, s.name())).toList();
    }

    /**
     * Writes a table of texts as one sheet, atomically: what {@code maillage diagram --viewpoint TABLE --out X.xlsx}
     * and the table editor's export do with a viewpoint table. Each column whose every cell reads as an amount in
     * euros, a percentage, a number or a date ({@code JJ/MM/AAAA}) is written as numbers or dates of that format;
     * other cells are text, never formulas (text starting with {@code =} stays text in XLSX and ODS, and gets a
     * leading apostrophe in CSV). The header row is bold and frozen, with an auto-filter.
     *
     * @param title the sheet's name (shortened and cleaned as spreadsheets require)
     * @param headers the column headers
     * @param rows the rows, one text per column
     * @param out the file; its extension ({@code .xlsx}, {@code .ods}, {@code .csv}) gives the format
     * @throws SpreadsheetException on an unknown extension
     * @throws IOException when the file cannot be written
     */
    public static void writeTable(String title, List<String> headers, List<List<String>> rows, Path out)
            throws SpreadsheetException, IOException {
        SpreadsheetFormat format = format(out);
        SheetData sheet = TextTables.sheet(title, headers, rows);
        switch (format) {
            case XLSX -> AtomicFileWriter.write(out, stream -> XlsxWriter.write(List.of(sheet), stream));
            case ODS -> AtomicFileWriter.write(out, stream -> OdsWriter.write(List.of(sheet), stream));
            case CSV -> AtomicFileWriter.write(out, stream -> CsvWriter.write(sheet, stream));
        }
    }

    private static List<SheetData> sheets(ModeleMaillage model, List<String> tables) {
        List<SheetData> sheets = new ArrayList<>();
        for (String table : tables) {
            for (SheetSpec spec : Catalog.sheets(Catalog.table(table).orElseThrow(), model)) {
                List<Object[]> rows = new ArrayList<>();
                for (EObject object : spec.rows(model)) {
                    Object[] row = new Object[spec.columns().size()];
                    for (int c = 0; c < row.length; c++) {
                        row[c] = spec.columns().get(c).value(object);
                    }
                    rows.add(row);
                }
                sheets.add(new SheetData(spec.name(), spec.columns(), rows));
            }
        }
        return sheets;
    }

    private static Path sibling(Path out, String sheet) {
        String name = out.getFileName().toString();
        String base = name.substring(0, name.length() - ".csv".length());
        String slug = Normalizer.normalize(sheet, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return out.resolveSibling(base + "-" + slug + ".csv");
    }

    private static SpreadsheetFormat format(Path file) throws SpreadsheetException {
        return SpreadsheetFormat.of(file)
                .orElseThrow(() -> new SpreadsheetException(Messages.get("format.unknown", file)));
    }

    /**
     * Reads a spreadsheet and compares it with the roadmap. Nothing is changed.
     *
     * @param model the roadmap
     * @param file the spreadsheet (XLSX, CSV or ODS)
     * @return what importing it would change, and what it refuses
     * @throws SpreadsheetException when the file cannot be read; the French message names it and says why
     */
    public static ImportPreview preview(ModeleMaillage model, Path file) throws SpreadsheetException {
        SpreadsheetFormat format = format(file);
        return Importer.preview(model, SheetReaders.read(file, format), file.getFileName().toString());
    }

    /**
     * Reads a spreadsheet whose columns have other headers than Maillage's, through a mapping (usually
     * {@link ColumnMapping#propose} corrected by the user). Nothing is changed.
     *
     * @param model the roadmap
     * @param file the spreadsheet
     * @param mapping the sheet's header to the Maillage header it holds; headers not in it are read as they are
     * @return what importing it would change, and what it refuses
     * @throws SpreadsheetException when the file cannot be read
     */
    public static ImportPreview preview(ModeleMaillage model, Path file, Map<String, String> mapping)
            throws SpreadsheetException {
        SpreadsheetFormat format = format(file);
        List<RawSheet> renamed = new ArrayList<>();
        for (RawSheet sheet : SheetReaders.read(file, format)) {
            List<String> headers = sheet.headers().stream().map(h -> mapping.getOrDefault(h, h)).toList();
            renamed.add(new RawSheet(sheet.name(), headers, sheet.rows()));
        }
        return Importer.preview(model, renamed, file.getFileName().toString());
    }

    /**
     * @param file a spreadsheet
     * @return the headers of each of its sheets, by sheet name, for the mapping page
     * @throws SpreadsheetException when the file cannot be read
     */
    public static Map<String, List<String>> sheetHeaders(Path file) throws SpreadsheetException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (RawSheet sheet : SheetReaders.read(file, format(file))) {
            headers.put(sheet.name(), sheet.headers());
        }
        return headers;
    }

    /** @return the headers of the columns of a table's sheets, for documentation and tests */
    public static List<String> headers(ModeleMaillage model, String table) {
        return Catalog.sheets(table, model).stream().flatMap(s -> s.columns().stream()).map(Column::header)
                .distinct().toList();
    }
}
