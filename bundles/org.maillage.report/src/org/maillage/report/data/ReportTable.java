/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.data;

import java.util.List;

/**
 * A table of values computed from the model, as report data sets read it: named, typed columns and rows of plain
 * values ({@code String}, {@code Integer}, {@code java.math.BigDecimal}, {@code java.sql.Date}, {@code Boolean},
 * {@code byte[]}), never model objects.
 *
 * @param name the table's name, the query text of a data set
 * @param columns its columns, in order
 * @param rows its rows; each has one value (possibly {@code null}) per column
 */
public record ReportTable(String name, List<Column> columns, List<Object[]> rows) {

    /** The type of a column's values. */
    public enum Type {
        /** {@code String}. */
        STRING,
        /** {@code Integer}. */
        INTEGER,
        /** {@code java.math.BigDecimal}. */
        DECIMAL,
        /** {@code java.sql.Date}. */
        DATE,
        /** {@code Boolean}. */
        BOOLEAN,
        /** {@code byte[]}, an image. */
        BLOB
    }

    /**
     * @param name the column's name, as designs refer to it ({@code dataSetRow["name"]})
     * @param type the type of its values
     * @param description what it holds, in French, for analysts writing designs
     */
    public record Column(String name, Type type, String description) {
    }

    /**
     * @param column a column name
     * @return its position, from 0
     * @throws IllegalArgumentException when the table has no such column
     */
    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Colonne inconnue dans la table " + name + " : " + column);
    }
}
