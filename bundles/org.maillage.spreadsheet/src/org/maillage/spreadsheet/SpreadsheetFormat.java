/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The spreadsheet formats Maillage writes and reads, chosen by the file's extension. */
public enum SpreadsheetFormat {
    /** Office Open XML workbook (Excel). */
    XLSX("xlsx"),
    /** Comma-separated values the French way: UTF-8 with BOM, {@code ;}, decimal comma; one sheet per file. */
    CSV("csv"),
    /** OpenDocument spreadsheet (LibreOffice). */
    ODS("ods");

    private final String extension;

    SpreadsheetFormat(String extension) {
        this.extension = extension;
    }

    /** @return the extension, without dot */
    public String extension() {
        return extension;
    }

    /**
     * @param file a file
     * @return its format by extension, or empty when it is none of them
     */
    public static Optional<SpreadsheetFormat> of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (SpreadsheetFormat format : values()) {
            if (name.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
