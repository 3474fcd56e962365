/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.maillage.core.persistence.IoProblems;
import org.maillage.territory.ImportLimits;
import org.maillage.territory.TerritoryImportException;
import org.maillage.territory.internal.JsonInput.Kind;

/**
 * Reads the records of the package that an import of some départements needs, streaming each file once.
 * Records are returned sorted by code, so that the model, and the file saved from it, do not depend on the order
 * of the package's files.
 */
final class DecoupageReader implements TerritorySource {

    /** The only commune type imported: arrondissements municipaux and communes déléguées or associées are parts. */
    static final String COMMUNE_ACTUELLE = "commune-actuelle";

    /** Parts of a commune actuelle whose chefLieu is that commune: where a merged commune went. */
    static final Set<String> SUCCESSOR_TYPES = Set.of("commune-deleguee", "commune-associee");

    /** The EPCI types of {@code epci.json}: CC, CA, CU, métropoles, and the Métropole de Lyon. */
    static final Set<String> EPCI_TYPES = Set.of("CC", "CA", "CU", "METRO", "MET69");

    /** A région of {@code regions.json}. */
    record RegionRecord(String code, String nom) {
    }

    /** A département of {@code departements.json}. */
    record DepartementRecord(String code, String nom, String region) {
    }

    /** A commune actuelle of {@code communes.json}; population 0 when the package gives none. */
    record CommuneRecord(String code, String nom, String departement, int population) {
    }

    /**
     * An EPCI of {@code epci.json}.
     *
     * @param membres the INSEE codes of all its member communes, in every département
     */
    record EpciRecord(String siren, String nom, String type, int populationMunicipale, List<String> membres) {
    }

    private final DecoupagePackage data;
    private final ImportLimits limits;
    private final Map<String, String> successors = new TreeMap<>();

    DecoupageReader(DecoupagePackage data, ImportLimits limits) {
        this.data = data;
        this.limits = limits;
    }

    @Override
    public String version() {
        return data.version();
    }

    @Override
    public String millesime() {
        return data.millesime();
    }

    @Override
    public String describe(String file) {
        return data.file(file).toString();
    }

    @Override
    public Path path(String file) {
        return data.file(file);
    }

    @Override
    public Map<String, RegionRecord> regions() throws TerritoryImportException {
        Map<String, RegionRecord> regions = new TreeMap<>();
        try (JsonInput in = JsonInput.open(data.file("regions.json"), limits)) {
            in.forEachRecord(Map.of("code", Kind.STRING, "nom", Kind.STRING), (r, path) -> {
                String code = required(in, r, path, "code");
                putOnce(in, regions, code, new RegionRecord(code, required(in, r, path, "nom")), path);
            });
        } catch (IOException e) {
            throw closeFailed(e);
        }
        return regions;
    }

    @Override
    public Map<String, DepartementRecord> departements() throws TerritoryImportException {
        Map<String, DepartementRecord> departements = new TreeMap<>();
        try (JsonInput in = JsonInput.open(data.file("departements.json"), limits)) {
            in.forEachRecord(Map.of("code", Kind.STRING, "nom", Kind.STRING, "region", Kind.STRING), (r, path) -> {
                String code = required(in, r, path, "code");
                putOnce(in, departements, code, new DepartementRecord(code, required(in, r, path, "nom"),
                        required(in, r, path, "region")), path);
            });
        } catch (IOException e) {
            throw closeFailed(e);
        }
        return departements;
    }

    /**
     * Reads the communes actuelles.
     *
     * @param selected the codes of the départements whose communes are wanted
     * @param departementOfCommune receives the département of every commune actuelle of France, so that the
     *            caller can tell which EPCI members lie in the selection and where the others lie
     * @return the communes actuelles of the selected départements, by code
     */
    @Override
    public Map<String, CommuneRecord> communes(Set<String> selected, Map<String, String> departementOfCommune)
            throws TerritoryImportException {
        Map<String, CommuneRecord> communes = new TreeMap<>();
        Map<String, Kind> schema = Map.of("code", Kind.STRING, "nom", Kind.STRING, "type", Kind.STRING,
                "departement", Kind.STRING, "population", Kind.COUNT, "chefLieu", Kind.STRING);
        try (JsonInput in = JsonInput.open(data.file("communes.json"), limits)) {
            in.forEachRecord(schema, (r, path) -> {
                String code = required(in, r, path, "code");
                String type = required(in, r, path, "type");
                if (SUCCESSOR_TYPES.contains(type) && r.get("chefLieu") instanceof String chefLieu) {
                    successors.putIfAbsent(code, chefLieu);
                }
                if (!COMMUNE_ACTUELLE.equals(type)) {
                    return;
                }
                String departement = required(in, r, path, "departement");
                if (departementOfCommune.putIfAbsent(code, departement) != null) {
                    throw in.invalid(path, "json.duplicate", code);
                }
                if (selected.contains(departement)) {
                    Integer population = (Integer) r.get("population");
                    communes.put(code, new CommuneRecord(code, required(in, r, path, "nom"), departement,
                            population == null ? 0 : population));
                }
            });
        } catch (IOException e) {
            throw closeFailed(e);
        }
        return communes;
    }

    /**
     * @param touches tells whether an EPCI with these member codes concerns the import
     * @return the EPCI for which {@code touches} holds, by SIREN
     */
    @Override
    public Map<String, String> successors() {
        return new TreeMap<>(successors);
    }

    @Override
    public Map<String, EpciRecord> epcis(Predicate<List<String>> touches)
            throws TerritoryImportException {
        Map<String, EpciRecord> epcis = new TreeMap<>();
        Map<String, Kind> schema = Map.of("code", Kind.STRING, "nom", Kind.STRING, "type", Kind.STRING,
                "populationMunicipale", Kind.COUNT, "membres", Kind.CODES);
        Map<String, String> seen = new HashMap<>();
        try (JsonInput in = JsonInput.open(data.file("epci.json"), limits)) {
            in.forEachRecord(schema, (r, path) -> {
                String siren = required(in, r, path, "code");
                if (seen.put(siren, path) != null) {
                    throw in.invalid(path, "json.duplicate", siren);
                }
                @SuppressWarnings("unchecked")
                List<String> membres = (List<String>) r.get("membres");
                if (membres == null) {
                    throw in.invalid(path, "json.missingFieldOf", "membres", siren);
                }
                String type = required(in, r, path, "type");
                if (!EPCI_TYPES.contains(type)) {
                    throw in.invalid(path, "json.unknownEpciType", siren, type, String.join(", ",
                            new TreeSet<>(EPCI_TYPES)));
                }
                if (touches.test(membres)) {
                    Integer population = (Integer) r.get("populationMunicipale");
                    epcis.put(siren, new EpciRecord(siren, required(in, r, path, "nom"), type,
                            population == null ? 0 : population,
                            List.copyOf(membres)));
                }
            });
        } catch (IOException e) {
            throw closeFailed(e);
        }
        return epcis;
    }

    private static String required(JsonInput in, Map<String, Object> record, String path, String field)
            throws TerritoryImportException {
        Object value = record.get(field);
        if (!(value instanceof String s) || s.isBlank()) {
            Object code = record.get("code");
            throw code instanceof String c ? in.invalid(path, "json.missingFieldOf", field, c)
                    : in.invalid(path, "json.missingField", field);
        }
        return (String) value;
    }

    private static <T> void putOnce(JsonInput in, Map<String, T> map, String code, T value, String path)
            throws TerritoryImportException {
        if (map.putIfAbsent(code, value) != null) {
            throw in.invalid(path, "json.duplicate", code);
        }
    }

    private TerritoryImportException closeFailed(IOException e) {
        // Closing a file that was read to the end only fails if the disk does: report it like a read failure.
        return new TerritoryImportException(data.dataDir(),
                Messages.get("file.unreadable", data.dataDir(), IoProblems.reason(e)), e);
    }
}
