/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.maillage.report.IReportFigureProvider;
import org.maillage.report.ReportService;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Holds the application's {@link ReportService} while the bundle is active: created on start (the engine itself
 * starts lazily), closed on stop, which destroys the BIRT engine. Figure providers are tracked as OSGi services.
 */
public final class ReportActivator implements BundleActivator {

    private static volatile ReportService service;
    private ServiceTracker<IReportFigureProvider, IReportFigureProvider> providers;

    @Override
    public void start(BundleContext context) {
        providers = new ServiceTracker<>(context, IReportFigureProvider.class, null);
        providers.open();
        service = new ReportService(this::figureProviders);
    }

    private List<IReportFigureProvider> figureProviders() {
        List<IReportFigureProvider> found = new ArrayList<>();
        ServiceReference<IReportFigureProvider>[] references = providers.getServiceReferences();
        if (references != null) {
            java.util.Arrays.sort(references, java.util.Collections.reverseOrder());
            for (ServiceReference<IReportFigureProvider> reference : references) {
                IReportFigureProvider provider = providers.getService(reference);
                if (provider != null) {
                    found.add(provider);
                }
            }
        }
        return found;
    }

    @Override
    public void stop(BundleContext context) {
        ReportService stopping = service;
        service = null;
        if (stopping != null) {
            stopping.close();
        }
        providers.close();
    }

    /**
     * @return the service of the active bundle
     * @throws IllegalStateException when the bundle is not active
     */
    public static ReportService reportService() {
        ReportService current = service;
        if (current == null) {
            throw new IllegalStateException("Le module de rapports org.maillage.report n'est pas actif.");
        }
        return current;
    }
}
