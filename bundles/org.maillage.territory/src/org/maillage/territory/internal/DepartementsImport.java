/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.maillage.model.ModeleMaillage;
import org.maillage.territory.ImportLimits;
import org.maillage.territory.TerritoryImportException;
import org.maillage.territory.internal.DecoupageReader.CommuneRecord;
import org.maillage.territory.internal.DecoupageReader.DepartementRecord;
import org.maillage.territory.internal.DecoupageReader.EpciRecord;
import org.maillage.territory.internal.DecoupageReader.RegionRecord;

/** One import run: reads everything it needs from the package, then writes the model. */
public final class DepartementsImport {

    private final ImportLimits limits;

    /**
     * @param limits the bounds to enforce on the input files
     */
    public DepartementsImport(ImportLimits limits) {
        this.limits = limits;
    }

    /**
     * @param model the model to complete
     * @param dataDir the package folder or its {@code data/} folder, or {@code null} for the built-in data
     * @param codes normalised département codes
     * @throws TerritoryImportException when a code is unknown or the data cannot be read; the model is unchanged
     */
    public void run(ModeleMaillage model, Path dataDir, List<String> codes) throws TerritoryImportException {
        run(model, source(dataDir, limits), codes);
    }

    /**
     * @param dataDir the package folder or its {@code data/} folder, or {@code null} for the built-in data
     * @return the records' reader
     * @throws TerritoryImportException when the folder is not the package
     */
    static TerritorySource source(Path dataDir, ImportLimits limits) throws TerritoryImportException {
        return dataDir == null ? BuiltInTerritory.get()
                : new DecoupageReader(DecoupagePackage.locate(dataDir, limits), limits);
    }

    /**
     * Imports into a model and says where merged communes went, for a millésime update.
     *
     * @param model the model to complete
     * @param dataDir the package folder or its {@code data/} folder, or {@code null} for the built-in data
     * @param codes normalised département codes
     * @return the commune actuelle each commune déléguée or associée now belongs to, by code
     * @throws TerritoryImportException as {@link #run(ModeleMaillage, Path, List)}
     */
    public static Map<String, String> importWithSuccessors(ModeleMaillage model, Path dataDir, List<String> codes)
            throws TerritoryImportException {
        TerritorySource source = source(dataDir, ImportLimits.DEFAULT);
        new DepartementsImport(ImportLimits.DEFAULT).run(model, source, codes);
        return source.successors();
    }

    void run(ModeleMaillage model, TerritorySource reader, List<String> codes) throws TerritoryImportException {
        Map<String, RegionRecord> regions = reader.regions();
        Map<String, DepartementRecord> departements = reader.departements();
        Set<String> unknown = new LinkedHashSet<>(codes);
        unknown.removeAll(departements.keySet());
        if (!unknown.isEmpty()) {
            // Never the whole list: a short hint is enough to correct a typo.
            throw new TerritoryImportException(null,
                    Messages.get("codes.unknown", String.join(", ", unknown), reader.describe("departements.json")),
                    null);
        }
        for (String code : codes) {
            String region = departements.get(code).region();
            if (!regions.containsKey(region)) {
                throw new TerritoryImportException(reader.path("departements.json"), Messages.get("data.unknownRegion",
                        reader.describe("departements.json"), code, region, reader.describe("regions.json")), null);
            }
        }
        Set<String> selected = new TreeSet<>(codes);
        Map<String, String> departementOfCommune = new HashMap<>();
        Map<String, CommuneRecord> communes = reader.communes(selected, departementOfCommune);
        Map<String, EpciRecord> epcis = reader.epcis(
                membres -> membres.stream().anyMatch(c -> selected.contains(departementOfCommune.get(c))));

        // Everything is read: from here on nothing can fail on the input, so the model changes all or nothing.
        TerritoryModelWriter writer = new TerritoryModelWriter(model);
        writer.referenceData(reader.version(), reader.millesime());
        for (String code : codes) {
            DepartementRecord departement = departements.get(code);
            List<CommuneRecord> its = new ArrayList<>();
            for (CommuneRecord commune : communes.values()) {
                if (commune.departement().equals(code)) {
                    its.add(commune);
                }
            }
            writer.departement(regions.get(departement.region()), departement, its);
        }
        writer.epcis(epcis.values(), departementOfCommune, selected);
        writer.sort();
    }
}
