/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes sheets as XLSX with POI's streaming workbook (rows go to disk past a window, so a large table does not
 * fill the memory). Text is always written as a string cell, never as a formula: a name such as {@code =1+1} stays
 * text in Excel and LibreOffice.
 */
public final class XlsxWriter {

    static {
        Poi.quiet();
    }

    private XlsxWriter() {
    }

    /**
     * @param sheets the sheets
     * @param out where the workbook goes; not closed
     * @throws IOException when it cannot be written
     */
    public static void write(List<SheetData> sheets, OutputStream out) throws IOException {
        // Shared strings rather than inline ones: what Excel writes, and what other tools edit without surprise.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, true)) {
            DataFormat format = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle date = style(workbook, format, "dd/mm/yyyy");
            CellStyle euro = style(workbook, format, "#,##0.00\\ \"€\"");
            CellStyle percent = style(workbook, format, "0\\ %");
            CellStyle integer = style(workbook, format, "0");
            CellStyle decimal = style(workbook, format, "General");
            for (SheetData data : sheets) {
                SXSSFSheet sheet = workbook.createSheet(data.name());
                List<Column> columns = data.columns();
                Row first = sheet.createRow(0);
                int[] widths = data.widths();
                for (int c = 0; c < columns.size(); c++) {
                    Cell cell = first.createCell(c);
                    cell.setCellValue(columns.get(c).header());
                    cell.setCellStyle(header);
                    sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
                }
                int r = 1;
                for (Object[] values : data.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < columns.size(); c++) {
                        Object value = values[c];
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        Column column = columns.get(c);
                        if (value instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else if (value instanceof Boolean b) {
                            cell.setCellValue(CellText.format(b));
                        } else if (value instanceof Number n && column.numeric()) {
                            if (column.kind() == Column.Kind.PERCENT) {
                                cell.setCellValue(n.doubleValue() / 100);
                                cell.setCellStyle(percent);
                            } else {
                                cell.setCellValue(n instanceof BigDecimal bd ? bd.doubleValue() : n.doubleValue());
                                cell.setCellStyle(column.kind() == Column.Kind.EURO ? euro
                                        : n instanceof Integer ? integer : decimal);
                            }
                        } else {
                            // setCellValue(String) makes a string cell: never a formula, whatever the text.
                            cell.setCellValue(value.toString());
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static CellStyle style(SXSSFWorkbook workbook, DataFormat format, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format.getFormat(pattern));
        return style;
    }
}
