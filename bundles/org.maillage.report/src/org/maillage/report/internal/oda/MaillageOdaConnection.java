/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.internal.oda;

import java.util.Properties;

import org.eclipse.datatools.connectivity.oda.IQuery;
import org.eclipse.datatools.connectivity.oda.OdaException;
import org.eclipse.datatools.connectivity.oda.impl.SimpleConnection;

/** A connection to the model of one report run: it holds the data context and makes queries over it. */
final class MaillageOdaConnection extends SimpleConnection {

    private Object appContext;

    @Override
    public void open(Properties connProperties) throws OdaException {
        setIsOpen(true);
    }

    @Override
    public void setAppContext(Object context) {
        this.appContext = context;
    }

    @Override
    public IQuery newQuery(String dataSetType) {
        return new MaillageOdaQuery(appContext);
    }

    @Override
    public void close() {
        setIsOpen(false);
        appContext = null;
    }

    @Override
    public void setLocale(com.ibm.icu.util.ULocale locale) {
        // Values are computed in French whatever the locale: the reports are French documents.
    }

    @Override
    public int getMaxQueries() {
        return 0;
    }
}
