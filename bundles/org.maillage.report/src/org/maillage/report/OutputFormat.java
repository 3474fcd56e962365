/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report;

import java.util.Locale;

/** The formats users can send: the BIRT emitter behind each and the usual file extension. */
public enum OutputFormat {
    /** Portable Document Format, for sending. */
    PDF("pdf"),
    /** Word document, for editing before sending. */
    DOCX("docx"),
    /** A web page, for previews. */
    HTML("html"),
    /** OpenDocument text, for LibreOffice Writer (French administrations' office suite). */
    ODT("odt"),
    /** OpenDocument spreadsheet: the report's tables in LibreOffice Calc. */
    ODS("ods"),
    /** PowerPoint slides: the dossier de séance projected in a CTS. */
    PPTX("pptx"),
    /** Excel spreadsheet (BIRT's Excel 2003 XML, which Excel and LibreOffice open as .xls). */
    XLS("xls");

    private final String emitterFormat;

    OutputFormat(String emitterFormat) {
        this.emitterFormat = emitterFormat;
    }

    /** @return the format name BIRT's render options expect */
    public String emitterFormat() {
        return emitterFormat;
    }

    /** @return the file extension, without dot */
    public String extension() {
        return emitterFormat;
    }

    /**
     * @param name a format name such as {@code pdf} or {@code DOCX}
     * @return the matching format
     * @throws IllegalArgumentException when no format has that name
     */
    public static OutputFormat parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
