/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

import org.maillage.territory.TerritoryData;
import org.maillage.territory.TerritoryImportException;
import org.maillage.territory.internal.DecoupageReader.CommuneRecord;
import org.maillage.territory.internal.DecoupageReader.DepartementRecord;
import org.maillage.territory.internal.DecoupageReader.EpciRecord;
import org.maillage.territory.internal.DecoupageReader.RegionRecord;

/**
 * The territory data built into this bundle ({@code territory/cog.tsv.gz}, written at build time by
 * {@code generator/TerritoryDataGenerator.java} from the npm package): one tab-separated line per région
 * ({@code R code nom}), département ({@code D code nom région}), commune actuelle
 * ({@code C code nom département population}) and EPCI ({@code E siren nom type population membres}, members as
 * comma-separated INSEE codes); {@code S code chefLieu} says which commune actuelle a commune déléguée or associée
 * belongs to. Read whole at each import (half a megabyte compressed), never kept in memory.
 */
final class BuiltInTerritory implements TerritorySource {

    private final TerritoryData.Source source;
    private final Map<String, RegionRecord> regions = new TreeMap<>();
    private final Map<String, DepartementRecord> departements = new TreeMap<>();
    private final Map<String, CommuneRecord> communes = new TreeMap<>();
    private final Map<String, EpciRecord> epcis = new TreeMap<>();
    private final Map<String, String> successors = new TreeMap<>();

    private BuiltInTerritory(TerritoryData.Source source) {
        this.source = source;
    }

    /**
     * @return the built-in data, read now
     * @throws TerritoryImportException when the bundle was built without them or they are damaged
     */
    static BuiltInTerritory get() throws TerritoryImportException {
        TerritoryData.Source source;
        try {
            source = TerritoryData.source();
        } catch (IllegalStateException e) {
            throw new TerritoryImportException(null, Messages.get("builtIn.missing", e.getMessage()), e);
        }
        BuiltInTerritory data = new BuiltInTerritory(source);
        try (InputStream raw = BuiltInTerritory.class.getResourceAsStream(TerritoryData.FOLDER + "cog.tsv.gz")) {
            if (raw == null) {
                throw new TerritoryImportException(null, Messages.get("builtIn.missing", "cog.tsv.gz"), null);
            }
            data.read(new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            throw new TerritoryImportException(null, Messages.get("builtIn.missing", e.toString()), e);
        }
        return data;
    }

    private void read(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "R" -> regions.put(f[1], new RegionRecord(f[1], f[2]));
                case "D" -> departements.put(f[1], new DepartementRecord(f[1], f[2], f[3]));
                case "C" -> communes.put(f[1], new CommuneRecord(f[1], f[2], f[3], Integer.parseInt(f[4])));
                case "S" -> successors.put(f[1], f[2]);
                case "E" -> epcis.put(f[1], new EpciRecord(f[1], f[2], f[3], Integer.parseInt(f[4]),
                        f[5].isEmpty() ? List.of() : List.copyOf(Arrays.asList(f[5].split(",")))));
                default -> throw new IOException("unknown line kind " + f[0]);
            }
        }
    }

    @Override
    public String version() {
        return source.version();
    }

    @Override
    public String millesime() {
        return source.millesime() == null || source.millesime().isBlank() ? null : source.millesime();
    }

    @Override
    public String describe(String file) {
        return Messages.get("builtIn.name", source.name(), source.version(), file);
    }

    @Override
    public Map<String, RegionRecord> regions() {
        return new TreeMap<>(regions);
    }

    @Override
    public Map<String, DepartementRecord> departements() {
        return new TreeMap<>(departements);
    }

    @Override
    public Map<String, CommuneRecord> communes(Set<String> selected, Map<String, String> departementOfCommune) {
        Map<String, CommuneRecord> result = new TreeMap<>();
        for (CommuneRecord commune : communes.values()) {
            departementOfCommune.put(commune.code(), commune.departement());
            if (selected.contains(commune.departement())) {
                result.put(commune.code(), commune);
            }
        }
        return result;
    }

    @Override
    public Map<String, String> successors() {
        return new TreeMap<>(successors);
    }

    @Override
    public Map<String, EpciRecord> epcis(Predicate<List<String>> touches) {
        Map<String, EpciRecord> result = new TreeMap<>();
        for (EpciRecord epci : epcis.values()) {
            if (touches.test(epci.membres())) {
                result.put(epci.siren(), epci);
            }
        }
        return result;
    }

}
