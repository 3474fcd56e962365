/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.layout.internal;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.core.data.LayoutMetaDataService;

/**
 * Registers ELK's layout algorithms with its metadata service.
 * <p>
 * Outside OSGi, ELK finds its algorithms with {@link java.util.ServiceLoader}; on Equinox that lookup sees
 * nothing, and {@code org.eclipse.elk.core.service} (which would do it) drags in JFace and the workbench. So we
 * register the providers ourselves, once, which also keeps this bundle headless.
 */
public final class ElkSetup {

    private static volatile boolean registered;

    private ElkSetup() {
    }

    /** Registers the layered algorithm if it is not already known. Idempotent and thread-safe. */
    public static void ensureRegistered() {
        if (registered) {
            return;
        }
        synchronized (ElkSetup.class) {
            LayoutMetaDataService service = LayoutMetaDataService.getInstance();
            if (service.getAlgorithmData("org.eclipse.elk.layered") == null) {
                service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            }
            registered = true;
        }
    }
}
