/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.maillage.territory.TerritoryImportException;
import org.maillage.territory.internal.DecoupageReader.CommuneRecord;
import org.maillage.territory.internal.DecoupageReader.DepartementRecord;
import org.maillage.territory.internal.DecoupageReader.EpciRecord;
import org.maillage.territory.internal.DecoupageReader.RegionRecord;

/**
 * The records an import reads: from an unpacked npm package ({@link DecoupageReader}) or from the data built into
 * this bundle ({@link BuiltInTerritory}). Both give the same records for the same package version, so that the
 * model does not depend on where the data came from. Records are sorted by code.
 */
interface TerritorySource {

    /** @return the package version, e.g. {@code 6.0.0} */
    String version();

    /** @return the millésime, e.g. {@code 2026}, or {@code null} when unknown */
    String millesime();

    /**
     * @param file a file of the package, e.g. {@code departements.json}
     * @return how messages name it: its path, or the built-in data
     */
    String describe(String file);

    /**
     * @param file a file of the package, e.g. {@code departements.json}
     * @return its path, for exceptions about its content, or {@code null} for the built-in data
     */
    default Path path(String file) {
        return null;
    }

    /** @return every région, by code */
    Map<String, RegionRecord> regions() throws TerritoryImportException;

    /** @return every département, by code */
    Map<String, DepartementRecord> departements() throws TerritoryImportException;

    /**
     * @param selected the codes of the départements whose communes are wanted
     * @param departementOfCommune receives the département of every commune actuelle of France
     * @return the communes actuelles of the selected départements, by code
     */
    Map<String, CommuneRecord> communes(Set<String> selected, Map<String, String> departementOfCommune)
            throws TerritoryImportException;

    /**
     * @return the commune actuelle each commune déléguée or associée belongs to (its chef-lieu), by code: where a
     *         merged commune went. Complete after {@link #communes(Set, Map)}.
     */
    Map<String, String> successors();

    /**
     * @param touches tells whether an EPCI with these member codes concerns the import
     * @return the EPCI for which {@code touches} holds, by SIREN
     */
    Map<String, EpciRecord> epcis(Predicate<List<String>> touches) throws TerritoryImportException;
}
