/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/**
 * A report design users can choose: a shipped one or one contributed by a plug-in through
 * {@code org.maillage.report.designs}, or a {@code .rptdesign} file given on the command line.
 *
 * @param id the name the command line uses, e.g. {@code bilan-feuille-de-route}
 * @param name the title shown to users, in French
 * @param description what the report contains, in French
 * @param location where the {@code .rptdesign} is read from
 */
public record ReportDesign(String id, String name, String description, URL location) {

    /**
     * @return the design's XML; the caller closes it
     * @throws IOException when it cannot be read
     */
    public InputStream open() throws IOException {
        return location.openStream();
    }
}
