/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.internal.oda;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.datatools.connectivity.oda.IParameterMetaData;
import org.eclipse.datatools.connectivity.oda.IResultSet;
import org.eclipse.datatools.connectivity.oda.IResultSetMetaData;
import org.eclipse.datatools.connectivity.oda.OdaException;
import org.eclipse.datatools.connectivity.oda.impl.SimpleParameterMetaData;
import org.eclipse.datatools.connectivity.oda.impl.SimpleQuery;
import org.maillage.report.data.ReportTable;
import org.maillage.report.data.ReportTables;

/**
 * A data set's query: its text is the name of a table of {@link ReportTables}. Input parameters, by name or by
 * position, select rows of the tables that take one ({@code cls}, {@code figure}); every table takes at most one,
 * so position 1 is that one.
 */
final class MaillageOdaQuery extends SimpleQuery {

    private Object appContext;
    private String table;
    private final Map<String, String> parameters = new HashMap<>();
    private int maxRows;

    MaillageOdaQuery(Object appContext) {
        this.appContext = appContext;
    }

    @Override
    public void setAppContext(Object context) {
        if (context != null) {
            this.appContext = context;
        }
    }

    @Override
    public void prepare(String queryText) throws OdaException {
        String name = queryText == null ? "" : queryText.trim();
        if (ReportTables.columns(name).isEmpty()) {
            throw new OdaException("Table Maillage inconnue : « " + name + " ». Tables connues : "
                    + String.join(", ", ReportTables.names()) + '.');
        }
        table = name;
    }

    @Override
    public IResultSetMetaData getMetaData() throws OdaException {
        return new MaillageOdaResultSet.MetaData(ReportTables.columns(requireTable()).orElseThrow());
    }

    @Override
    public IResultSet executeQuery() throws OdaException {
        ReportDataContext context = ReportDataContext.from(appContext);
        try {
            ReportTable result = ReportTables.compute(requireTable(), context.figures(), parameters,
                    context.figureSource(), context.warnings());
            return new MaillageOdaResultSet(result, maxRows);
        } catch (RuntimeException e) {
            OdaException failure = new OdaException("La table Maillage « " + table + " » n'a pas pu être calculée : "
                    + e.getMessage());
            failure.initCause(e);
            throw failure;
        }
    }

    private String requireTable() throws OdaException {
        if (table == null) {
            throw new OdaException("Requête Maillage sans nom de table.");
        }
        return table;
    }

    /** @return the name of the table's parameter, or {@code null} when it takes none */
    private String parameterName() {
        if (table == null) {
            return null;
        }
        return switch (table) {
            case "cls-fiches-actions", "cls-financements", "cls-indicateurs", "cls" -> ReportTables.PARAMETER_CLS;
            case "figures" -> ReportTables.PARAMETER_FIGURE;
            default -> null;
        };
    }

    @Override
    public void close() {
        table = null;
        parameters.clear();
    }

    @Override
    public void setProperty(String name, String value) {
        // The Maillage data source has no data set properties.
    }

    @Override
    public void setMaxRows(int max) {
        this.maxRows = max;
    }

    @Override
    public int getMaxRows() {
        return maxRows;
    }

    @Override
    public void clearInParameters() {
        parameters.clear();
    }

    @Override
    public void setString(String parameterName, String value) {
        parameters.put(parameterName, value);
    }

    @Override
    public void setString(int parameterId, String value) {
        String name = parameterName();
        if (name != null && parameterId == 1) {
            parameters.put(name, value);
        }
    }

    @Override
    public void setObject(String parameterName, Object value) {
        setString(parameterName, value == null ? null : value.toString());
    }

    @Override
    public void setObject(int parameterId, Object value) {
        setString(parameterId, value == null ? null : value.toString());
    }

    @Override
    public void setNull(String parameterName) {
        parameters.remove(parameterName);
    }

    @Override
    public void setNull(int parameterId) {
        String name = parameterName();
        if (name != null) {
            parameters.remove(name);
        }
    }

    @Override
    public int findInParameter(String parameterName) {
        return parameterName != null && parameterName.equals(parameterName()) ? 1 : 0;
    }

    @Override
    public IParameterMetaData getParameterMetaData() {
        String name = parameterName();
        return new SimpleParameterMetaData() {
            @Override
            public int getParameterCount() {
                return name == null ? 0 : 1;
            }

            @Override
            public String getParameterName(int param) {
                return name;
            }

            @Override
            public int getParameterType(int param) {
                return MaillageOdaResultSet.typeCode(ReportTable.Type.STRING);
            }

            @Override
            public String getParameterTypeName(int param) {
                return "String";
            }

            @Override
            public int getParameterMode(int param) {
                return IParameterMetaData.parameterModeIn;
            }
        };
    }
}
