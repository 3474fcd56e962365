/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes sheets as an OpenDocument spreadsheet (ODS) by hand: a minimal package (mimetype stored first, manifest,
 * styles, settings for the frozen header row, content) is all LibreOffice and Excel need, and it spares the product
 * a second office library (BIRT's ODS emitter writes reports, not editable typed tables). Text is always a
 * {@code string} cell and no cell carries {@code table:formula}: a name such as {@code =1+1} stays text.
 */
public final class OdsWriter {

    private static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

    private static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\""
            + " xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\" office:version=\"1.3\"";

    private OdsWriter() {
    }

    /**
     * @param sheets the sheets
     * @param out where the document goes; not closed
     * @throws IOException when it cannot be written
     */
    public static void write(List<SheetData> sheets, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(mimetype);
        zip.closeEntry();
        put(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + MIMETYPE + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"settings.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>");
        put(zip, "styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles" + NS
                + "><office:styles/></office:document-styles>");
        put(zip, "settings.xml", settings(sheets));
        zip.putNextEntry(new ZipEntry("content.xml"));
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        content(sheets, writer);
        writer.flush();
        zip.closeEntry();
        zip.finish();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The frozen first row of each sheet: LibreOffice keeps it in the view settings. */
    private static String settings(List<SheetData> sheets) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-settings"
                + NS + "><office:settings><config:config-item-set config:name=\"ooo:view-settings\">"
                + "<config:config-item-map-indexed config:name=\"Views\"><config:config-item-map-entry>"
                + "<config:config-item config:name=\"ViewId\" config:type=\"string\">view1</config:config-item>"
                + "<config:config-item-map-named config:name=\"Tables\">");
        for (SheetData sheet : sheets) {
            s.append("<config:config-item-map-entry config:name=\"").append(escape(sheet.name())).append("\">")
                    .append(item("VerticalSplitMode", "short", "2")).append(item("VerticalSplitPosition", "int", "1"))
                    .append(item("ActiveSplitRange", "short", "2")).append(item("PositionBottom", "int", "1"))
                    .append("</config:config-item-map-entry>");
        }
        return s.append("</config:config-item-map-named></config:config-item-map-entry>")
                .append("</config:config-item-map-indexed></config:config-item-set></office:settings>")
                .append("</office:document-settings>").toString();
    }

    private static String item(String name, String type, String value) {
        return "<config:config-item config:name=\"" + name + "\" config:type=\"" + type + "\">" + value
                + "</config:config-item>";
    }

    private static void content(List<SheetData> sheets, Writer w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content" + NS + ">");
        w.write("<office:automatic-styles>");
        w.write("<number:date-style style:name=\"Ndate\"><number:day number:style=\"long\"/><number:text>/"
                + "</number:text><number:month number:style=\"long\"/><number:text>/</number:text>"
                + "<number:year number:style=\"long\"/></number:date-style>");
        w.write("<number:percentage-style style:name=\"Npercent\"><number:number number:decimal-places=\"0\""
                + " number:min-integer-digits=\"1\"/><number:text> %</number:text></number:percentage-style>");
        w.write("<number:currency-style style:name=\"Neuro\"><number:number number:decimal-places=\"2\""
                + " number:min-integer-digits=\"1\" number:grouping=\"true\"/><number:text> </number:text>"
                + "<number:currency-symbol number:language=\"fr\" number:country=\"FR\">€</number:currency-symbol>"
                + "</number:currency-style>");
        w.write("<style:style style:name=\"date\" style:family=\"table-cell\" style:data-style-name=\"Ndate\"/>");
        w.write("<style:style style:name=\"percent\" style:family=\"table-cell\""
                + " style:data-style-name=\"Npercent\"/>");
        w.write("<style:style style:name=\"euro\" style:family=\"table-cell\" style:data-style-name=\"Neuro\"/>");
        w.write("<style:style style:name=\"header\" style:family=\"table-cell\"><style:text-properties"
                + " fo:font-weight=\"bold\"/></style:style>");
        for (SheetData sheet : sheets) {
            int[] widths = sheet.widths();
            for (int c = 0; c < widths.length; c++) {
                w.write("<style:style style:name=\"" + columnStyle(sheet, sheets, c) + "\" style:family=\"table-column\">"
                        + "<style:table-column-properties style:column-width=\"" + (widths[c] * 0.21) + "cm\"/>"
                        + "</style:style>");
            }
        }
        w.write("</office:automatic-styles><office:body><office:spreadsheet>");
        for (SheetData sheet : sheets) {
            w.write("<table:table table:name=\"" + escape(sheet.name()) + "\">");
            for (int c = 0; c < sheet.columns().size(); c++) {
                w.write("<table:table-column table:style-name=\"" + columnStyle(sheet, sheets, c) + "\"/>");
            }
            w.write("<table:table-header-rows><table:table-row>");
            for (Column column : sheet.columns()) {
                w.write("<table:table-cell table:style-name=\"header\" office:value-type=\"string\"><text:p>"
                        + escape(column.header()) + "</text:p></table:table-cell>");
            }
            w.write("</table:table-row></table:table-header-rows>");
            for (Object[] row : sheet.rows()) {
                w.write("<table:table-row>");
                for (int c = 0; c < row.length; c++) {
                    cell(w, sheet.columns().get(c), row[c]);
                }
                w.write("</table:table-row>");
            }
            w.write("</table:table>");
        }
        w.write("<table:database-ranges>");
        for (SheetData sheet : sheets) {
            String name = "'" + sheet.name().replace("'", "''") + "'";
            w.write("<table:database-range table:name=\"__Anonymous_Sheet_DB__" + sheets.indexOf(sheet)
                    + "\" table:display-filter-buttons=\"true\" table:target-range-address=\""
                    + escape(name + ".A1:" + name + "." + columnName(sheet.columns().size() - 1)
                            + (sheet.rows().size() + 1))
                    + "\"/>");
        }
        w.write("</table:database-ranges></office:spreadsheet></office:body></office:document-content>");
    }

    private static String columnStyle(SheetData sheet, List<SheetData> sheets, int column) {
        return "co" + sheets.indexOf(sheet) + "_" + column;
    }

    private static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static void cell(Writer w, Column column, Object value) throws IOException {
        if (value == null) {
            w.write("<table:table-cell/>");
            return;
        }
        String text = CellText.format(value) + (column.kind() == Column.Kind.PERCENT ? " %" : "");
        if (value instanceof LocalDate date) {
            w.write("<table:table-cell table:style-name=\"date\" office:value-type=\"date\" office:date-value=\""
                    + date + "\">");
        } else if (value instanceof Number number && column.numeric()) {
            BigDecimal decimal = number instanceof BigDecimal bd ? bd : new BigDecimal(number.toString());
            if (column.kind() == Column.Kind.PERCENT) {
                w.write("<table:table-cell table:style-name=\"percent\" office:value-type=\"percentage\""
                        + " office:value=\"" + decimal.movePointLeft(2).toPlainString() + "\">");
            } else if (column.kind() == Column.Kind.EURO) {
                w.write("<table:table-cell table:style-name=\"euro\" office:value-type=\"currency\""
                        + " office:currency=\"EUR\" office:value=\"" + decimal.toPlainString() + "\">");
            } else {
                w.write("<table:table-cell office:value-type=\"float\" office:value=\"" + decimal.toPlainString()
                        + "\">");
            }
        } else {
            w.write("<table:table-cell office:value-type=\"string\">");
        }
        // One paragraph per line: a line break inside a paragraph is white space in OpenDocument.
        for (String line : text.split("\n", -1)) {
            w.write("<text:p>" + escape(line) + "</text:p>");
        }
        w.write("</table:table-cell>");
    }

    /** Escapes XML text and attributes; characters XML 1.0 forbids are left out. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\n' -> s.append("&#10;");
                case '\r' -> s.append("&#13;");
                case '\t' -> s.append("&#9;");
                default -> {
                    if (c >= 0x20 || Character.isSurrogate(c)) {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }
}
