/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.maillage.core.persistence.AtomicFileWriter;
import org.maillage.spreadsheet.SpreadsheetException;
import org.maillage.spreadsheet.Spreadsheets;

/**
 * Tables as files: CSV, XLSX and ODS for spreadsheets, HTML for a page to read or mail. Headless.
 * <ul>
 * <li>CSV: UTF-8 with a byte order mark (so that Excel reads accents), {@code ;} between cells (French Excel
 * expects it, since the comma is the decimal separator), CRLF line ends, cells quoted when they hold {@code ;},
 * quotes or line breaks. A cell that starts with {@code = + - @}, a tab or a carriage return is written after a
 * {@code '} so that a spreadsheet never runs it as a formula (CSV injection: descriptions and roadmaps may come
 * from anyone).</li>
 * <li>HTML: one standalone page (no script, no external resource), every text escaped, each cell's background,
 * colour and weight inline, failed cells marked.</li>
 * <li>XLSX and ODS: one sheet named after the table, written by the spreadsheet bundle
 * ({@link Spreadsheets#writeTable}): header row bold and frozen with an auto-filter, columns of amounts, percentages,
 * numbers or dates as typed cells, text never run as a formula. Lines of a tree keep their indent as leading
 * spaces, as in CSV.</li>
 * </ul>
 */
public final class TableExport {

    private TableExport() {
    }

    /** @return the table as CSV text, without the byte order mark */
    public static String csv(Table table) {
        StringBuilder out = new StringBuilder();
        csvLine(out, headers(table));
        for (List<String> row : rows(table)) {
            csvLine(out, row);
        }
        return out.toString();
    }

    /** @return the corner header then each column's header */
    private static List<String> headers(Table table) {
        List<String> header = new ArrayList<>();
        header.add(table.cornerHeader());
        table.columns().forEach(c -> header.add(c.header()));
        return header;
    }

    /** @return each line's texts: its header, indented by its depth in a tree, then its cells */
    private static List<List<String>> rows(Table table) {
        List<List<String>> rows = new ArrayList<>();
        for (TableLine line : table.lines()) {
            List<String> row = new ArrayList<>();
            row.add("  ".repeat(line.depth()) + line.header());
            table.cells(line).forEach(c -> row.add(c.text()));
            rows.add(row);
        }
        return rows;
    }

    private static void csvLine(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(csvCell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** @return a cell safe for a spreadsheet: formula starts neutralised, quoted when needed */
    static String csvCell(String text) {
        String value = text == null ? "" : text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.indexOf(';') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            value = '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** @return the table as a standalone HTML page */
    public static String html(Table table) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"UTF-8\">\n<title>")
                .append(escape(table.title())).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;font-size:13px}table{border-collapse:collapse}")
                .append("th,td{border:1px solid #C8C8C8;padding:3px 6px;text-align:left;vertical-align:top}")
                .append("thead th{background:#EEF2F7}tbody th{font-weight:normal;background:#F8F8F8}")
                .append("td.erreur{color:#A00000;font-style:italic}\n</style>\n</head>\n<body>\n<h1>")
                .append(escape(table.title())).append("</h1>\n<table>\n<thead><tr><th>")
                .append(escape(table.cornerHeader())).append("</th>");
        for (TableColumn column : table.columns()) {
            out.append("<th>").append(escape(column.header())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (TableLine line : table.lines()) {
            out.append("<tr><th").append(style(line.look(), line.depth())).append('>')
                    .append(escape(line.header())).append("</th>");
            for (TableCell cell : table.cells(line)) {
                out.append("<td").append(cell.failed() ? " class=\"erreur\"" : "").append(style(cell.look(), 0))
                        .append('>').append(escape(cell.text())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</body>\n</html>\n");
        return out.toString();
    }

    private static String style(CellLook look, int depth) {
        StringBuilder css = new StringBuilder();
        if (look.background() != null && isColour(look.background())) {
            css.append("background:").append(look.background()).append(';');
        }
        if (look.foreground() != null && isColour(look.foreground())) {
            css.append("color:").append(look.foreground()).append(';');
        }
        if (look.bold()) {
            css.append("font-weight:bold;");
        }
        if (depth > 0) {
            css.append("padding-left:").append(6 + 16 * depth).append("px;");
        }
        return css.isEmpty() ? "" : " style=\"" + css + "\"";
    }

    /** Colours come from descriptions: only {@code #RRGGBB} reaches the page's CSS. */
    private static boolean isColour(String colour) {
        return colour.matches("#[0-9A-Fa-f]{6}");
    }

    /** @return the text with {@code & < > " '} as entities */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Writes the table, as CSV (with a byte order mark), HTML, XLSX or ODS by the file's extension, atomically.
     *
     * @throws IllegalArgumentException when the extension is none of {@code .csv}, {@code .html}/{@code .htm},
     *             {@code .xlsx}, {@code .ods}
     * @throws IOException when the file cannot be written
     */
    public static void write(Table table, Path file) throws IOException {
        String format = format(file.getFileName().toString());
        if (format == null) {
            throw new IllegalArgumentException(file.toString());
        }
        if ("xlsx".equals(format) || "ods".equals(format)) {
            try {
                Spreadsheets.writeTable(table.title(), headers(table), rows(table), file);
            } catch (SpreadsheetException e) {
                // format() accepted the extension, which the spreadsheet bundle knows too.
                throw new IllegalArgumentException(file.toString(), e);
            }
            return;
        }
        String text = "csv".equals(format) ? "\ufeff" + csv(table) : html(table);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(file, out -> out.write(bytes));
    }

    /** @return "csv", "html", "xlsx", "ods", or {@code null} for another extension */
    public static String format(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") ? "csv" : lower.endsWith(".html") || lower.endsWith(".htm") ? "html"
                : lower.endsWith(".xlsx") ? "xlsx" : lower.endsWith(".ods") ? "ods" : null;
    }
}
