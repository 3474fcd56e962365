/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.internal.oda;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Types;
import java.util.List;

import org.eclipse.datatools.connectivity.oda.IBlob;
import org.eclipse.datatools.connectivity.oda.OdaException;
import org.eclipse.datatools.connectivity.oda.impl.Blob;
import org.eclipse.datatools.connectivity.oda.impl.SimpleResultSet;
import org.eclipse.datatools.connectivity.oda.impl.SimpleResultSetMetaData;
import org.maillage.report.data.ReportTable;

/** The rows of one computed table, read forward once, as the ODA consumer reads them. */
final class MaillageOdaResultSet extends SimpleResultSet {

    private final ReportTable table;
    private final int maxRows;
    private int row = -1;
    private boolean wasNull;

    MaillageOdaResultSet(ReportTable table, int maxRows) {
        this.table = table;
        this.maxRows = maxRows;
    }

    /** @return the native type code of a column type, as declared in plugin.xml's data type mappings */
    static int typeCode(ReportTable.Type type) {
        return switch (type) {
            case STRING -> Types.VARCHAR;
            case INTEGER -> Types.INTEGER;
            case DECIMAL -> Types.DECIMAL;
            case DATE -> Types.DATE;
            case BOOLEAN -> Types.BOOLEAN;
            case BLOB -> Types.BLOB;
        };
    }

    @Override
    public org.eclipse.datatools.connectivity.oda.IResultSetMetaData getMetaData() {
        return new MetaData(table.columns());
    }

    @Override
    public boolean next() {
        int limit = maxRows > 0 ? Math.min(maxRows, table.rows().size()) : table.rows().size();
        if (row + 1 >= limit) {
            row = limit;
            return false;
        }
        row++;
        return true;
    }

    @Override
    public int getRow() {
        return row + 1;
    }

    @Override
    public void close() {
        row = table.rows().size();
    }

    private Object value(int index) throws OdaException {
        if (row < 0 || row >= table.rows().size()) {
            throw new OdaException("Pas de ligne courante dans la table Maillage « " + table.name() + " ».");
        }
        if (index < 1 || index > table.columns().size()) {
            throw new OdaException("Colonne " + index + " absente de la table Maillage « " + table.name() + " ».");
        }
        Object value = table.rows().get(row)[index - 1];
        wasNull = value == null;
        return value;
    }

    @Override
    public int findColumn(String columnName) throws OdaException {
        try {
            return table.indexOf(columnName) + 1;
        } catch (IllegalArgumentException e) {
            throw new OdaException(e.getMessage());
        }
    }

    @Override
    public Object getObject(int index) throws OdaException {
        return value(index);
    }

    @Override
    public Object getObject(String columnName) throws OdaException {
        return getObject(findColumn(columnName));
    }

    @Override
    public String getString(int index) throws OdaException {
        Object value = value(index);
        return value == null ? null : value.toString();
    }

    @Override
    public String getString(String columnName) throws OdaException {
        return getString(findColumn(columnName));
    }

    @Override
    public int getInt(int index) throws OdaException {
        return value(index) instanceof Number n ? n.intValue() : 0;
    }

    @Override
    public int getInt(String columnName) throws OdaException {
        return getInt(findColumn(columnName));
    }

    @Override
    public double getDouble(int index) throws OdaException {
        return value(index) instanceof Number n ? n.doubleValue() : 0;
    }

    @Override
    public double getDouble(String columnName) throws OdaException {
        return getDouble(findColumn(columnName));
    }

    @Override
    public BigDecimal getBigDecimal(int index) throws OdaException {
        Object value = value(index);
        return value instanceof BigDecimal d ? d : value instanceof Number n ? BigDecimal.valueOf(n.doubleValue())
                : null;
    }

    @Override
    public BigDecimal getBigDecimal(String columnName) throws OdaException {
        return getBigDecimal(findColumn(columnName));
    }

    @Override
    public Date getDate(int index) throws OdaException {
        return value(index) instanceof Date d ? d : null;
    }

    @Override
    public Date getDate(String columnName) throws OdaException {
        return getDate(findColumn(columnName));
    }

    @Override
    public boolean getBoolean(int index) throws OdaException {
        return Boolean.TRUE.equals(value(index));
    }

    @Override
    public boolean getBoolean(String columnName) throws OdaException {
        return getBoolean(findColumn(columnName));
    }

    @Override
    public IBlob getBlob(int index) throws OdaException {
        return value(index) instanceof byte[] bytes ? new Blob(bytes) : null;
    }

    @Override
    public IBlob getBlob(String columnName) throws OdaException {
        return getBlob(findColumn(columnName));
    }

    @Override
    public boolean wasNull() {
        return wasNull;
    }

    /** The columns of a table, with the native type codes of plugin.xml. */
    static final class MetaData extends SimpleResultSetMetaData {

        private final List<ReportTable.Column> columns;

        MetaData(List<ReportTable.Column> columns) {
            this.columns = columns;
        }

        @Override
        public int getColumnCount() {
            return columns.size();
        }

        @Override
        public String getColumnName(int index) {
            return columns.get(index - 1).name();
        }

        @Override
        public String getColumnLabel(int index) {
            return columns.get(index - 1).description();
        }

        @Override
        public int getColumnType(int index) {
            return typeCode(columns.get(index - 1).type());
        }

        @Override
        public String getColumnTypeName(int index) {
            return columns.get(index - 1).type().name();
        }

        @Override
        public int getColumnDisplayLength(int index) {
            return -1;
        }

        @Override
        public int getPrecision(int index) {
            return -1;
        }

        @Override
        public int getScale(int index) {
            return -1;
        }

        @Override
        public int isNullable(int index) {
            return columnNullable;
        }
    }
}
