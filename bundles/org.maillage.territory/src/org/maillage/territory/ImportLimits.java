/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory;

/**
 * Bounds the importer puts on its input, so that a wrong or hostile folder is refused with a message instead of
 * exhausting memory or time.
 *
 * @param maxFileBytes largest JSON file read, in bytes
 * @param maxStringLength longest JSON string value accepted (names, codes), in characters
 * @param maxRecords most entries read from one JSON array (records of a file, members of one EPCI)
 * @param maxNesting deepest nesting of JSON arrays and objects
 */
public record ImportLimits(long maxFileBytes, int maxStringLength, int maxRecords, int maxNesting) {

    /**
     * Limits that leave room for growth over the 2026 package (communes.json is 8.6 MB with about 37,600
     * records; the deepest value is an EPCI member, at depth 3).
     */
    public static final ImportLimits DEFAULT = new ImportLimits(64L * 1024 * 1024, 1024, 200_000, 8);

    /**
     * @throws IllegalArgumentException when a limit is not positive
     */
    public ImportLimits {
        if (maxFileBytes <= 0 || maxStringLength <= 0 || maxRecords <= 0 || maxNesting <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
