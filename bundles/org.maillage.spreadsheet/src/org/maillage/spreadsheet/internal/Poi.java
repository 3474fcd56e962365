/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.internal;

/** What POI needs before its first use. */
final class Poi {

    private static final String STATUS_LEVEL = "log4j2.statusLoggerLevel";

    private Poi() {
    }

    /**
     * POI logs through the Log4j API, and the product ships no Log4j implementation (POI has nothing to say that a
     * user could act on): without this, the first use prints "Log4j API could not find a logging provider" on
     * standard error, in the middle of the command's French messages. A level set by the user is kept.
     */
    static void quiet() {
        if (System.getProperty(STATUS_LEVEL) == null) {
            System.setProperty(STATUS_LEVEL, "OFF");
        }
    }
}
