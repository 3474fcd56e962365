/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.framework.Bundle;

/**
 * Reads the report designs contributed through the extension point {@value #EXTENSION_POINT}: the five shipped
 * ones and those of other plug-ins. The registry is read on each call (contributions are few and plug-ins may come
 * and go); ids are unique, the first contribution read wins.
 */
public final class ReportDesigns {

    /** The extension point's full id. */
    public static final String EXTENSION_POINT = "org.maillage.report.designs";

    private ReportDesigns() {
    }

    /**
     * @param registry the extension registry, or {@code null} outside a running platform
     * @param problems told, in French, about each contribution that cannot be used
     * @return the designs, in contribution order
     */
    public static List<ReportDesign> read(IExtensionRegistry registry, Consumer<String> problems) {
        Map<String, ReportDesign> byId = new LinkedHashMap<>();
        if (registry == null) {
            return List.of();
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String id = element.getAttribute("id");
            String file = element.getAttribute("file");
            String contributor = element.getContributor().getName();
            Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
            URL location = bundle == null || file == null ? null : bundle.getEntry(file);
            if (id == null || byId.containsKey(id) || location == null) {
                problems.accept("Modèle de rapport ignoré (" + contributor + ", id « " + id + " », fichier « " + file
                        + " ») : id absent ou en double, ou fichier introuvable.");
                continue;
            }
            String name = element.getAttribute("name");
            String description = element.getAttribute("description");
            byId.put(id, new ReportDesign(id, name == null ? id : name, description == null ? "" : description,
                    location));
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * @param registry the extension registry
     * @param id a design id
     * @return the design of that id, if contributed
     */
    public static Optional<ReportDesign> find(IExtensionRegistry registry, String id) {
        return read(registry, problem -> { }).stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
