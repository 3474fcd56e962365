/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.maillage.model.ModeleMaillage;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Region;

/**
 * Finds the territories of a model by their official code (INSEE code of a région, département or commune, SIREN
 * of an EPCI), and names the stable uuids {@link TerritoryImport} gives them.
 * <p>
 * An index is a snapshot: it sees the territories present when {@link #of(ModeleMaillage)} was called. Build a new
 * one after an import or an edit. Example: {@code TerritoryIndex.of(model).commune("27229")} is Évreux once Eure
 * is imported, and its uuid is {@code TerritoryIndex.communeId("27229")}, i.e. {@code commune-27229}, so that
 * hand-written example files can reference it.
 */
public final class TerritoryIndex {

    private final Map<String, Region> regions = new HashMap<>();
    private final Map<String, Departement> departements = new HashMap<>();
    private final Map<String, Commune> communes = new HashMap<>();
    private final Map<String, Epci> epcis = new HashMap<>();

    private TerritoryIndex() {
    }

    /**
     * @param model the model to index
     * @return an index of its régions, départements, communes and EPCI; elements without a code are left out,
     *         and on a duplicate code the first element in model order wins
     */
    public static TerritoryIndex of(ModeleMaillage model) {
        TerritoryIndex index = new TerritoryIndex();
        for (Region region : model.getRegions()) {
            putIfCoded(index.regions, region.getCode(), region);
            for (Departement departement : region.getDepartements()) {
                putIfCoded(index.departements, departement.getCode(), departement);
                for (Commune commune : departement.getCommunes()) {
                    putIfCoded(index.communes, commune.getCode(), commune);
                }
            }
        }
        for (Epci epci : model.getEpcis()) {
            putIfCoded(index.epcis, epci.getCode(), epci);
        }
        return index;
    }

    private static <T> void putIfCoded(Map<String, T> map, String code, T value) {
        if (code != null) {
            map.putIfAbsent(code, value);
        }
    }

    /**
     * @param inseeCode the commune's INSEE code, e.g. {@code 27229} (Évreux), {@code 27681} (Vernon)
     * @return the commune, if the model holds it
     */
    public Optional<Commune> commune(String inseeCode) {
        return Optional.ofNullable(communes.get(inseeCode));
    }

    /**
     * @param siren the EPCI's SIREN, e.g. {@code 200089456} (CA Seine-Eure)
     * @return the EPCI, if the model holds it
     */
    public Optional<Epci> epci(String siren) {
        return Optional.ofNullable(epcis.get(siren));
    }

    /**
     * @param code the département's code, e.g. {@code 27}, {@code 2A}, {@code 971}
     * @return the département, if the model holds it
     */
    public Optional<Departement> departement(String code) {
        return Optional.ofNullable(departements.get(code));
    }

    /**
     * @param code the région's INSEE code, e.g. {@code 28} (Normandie)
     * @return the région, if the model holds it
     */
    public Optional<Region> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    /**
     * @param inseeCode a commune's INSEE code
     * @return the uuid an imported commune gets: {@code commune-<code>}
     */
    public static String communeId(String inseeCode) {
        return "commune-" + inseeCode;
    }

    /**
     * @param siren an EPCI's SIREN
     * @return the uuid an imported EPCI gets: {@code epci-<siren>}
     */
    public static String epciId(String siren) {
        return "epci-" + siren;
    }

    /**
     * @param code a département's code
     * @return the uuid an imported département gets: {@code departement-<code>}
     */
    public static String departementId(String code) {
        return "departement-" + code;
    }

    /**
     * @param code a région's code
     * @return the uuid an imported région gets: {@code region-<code>}
     */
    public static String regionId(String code) {
        return "region-" + code;
    }

    /**
     * @param packageVersion the version of {@code @etalab/decoupage-administratif}, e.g. {@code 6.0.0}
     * @return the uuid of the reference data recorded by an import: {@code refdata-decoupage-administratif-<v>}
     */
    public static String referenceDataId(String packageVersion) {
        return "refdata-decoupage-administratif-" + packageVersion;
    }
}
