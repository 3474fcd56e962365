/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.internal.oda;

import org.eclipse.datatools.connectivity.oda.IConnection;
import org.eclipse.datatools.connectivity.oda.impl.SimpleDriver;

/**
 * The ODA driver behind the "Maillage" data source of report designs ({@code extensionID="org.maillage.report.oda"}):
 * each data set names a table of {@link org.maillage.report.data.ReportTables} in its query text, and the driver
 * computes it from the model the report runs on. The model reaches the driver through the task's application
 * context ({@link ReportDataContext#APP_CONTEXT_KEY}), never through scripts.
 */
public final class MaillageOdaDriver extends SimpleDriver {

    /** The extension id of the data source, as designs name it. */
    public static final String DATA_SOURCE_ID = "org.maillage.report.oda";

    /** The extension id of its data sets. */
    public static final String DATA_SET_ID = "org.maillage.report.oda.dataSet";

    @Override
    protected IConnection newConnection(String dataSourceType) {
        return new MaillageOdaConnection();
    }
}
