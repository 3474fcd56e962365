/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.tests;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What an import of some départements must give, computed straight from the package's JSON with Gson's tree
 * model: a path independent of the importer's streaming code.
 *
 * @param communes code to name of the communes actuelles of the départements
 * @param population sum of the communes' population, by département
 * @param departementNames code to name of the départements
 * @param regions code to name of their régions
 * @param epciMembers SIREN to the codes of its members in the départements, for every EPCI with one there
 * @param epciPopulation SIREN to the populationMunicipale of the whole EPCI
 * @param epciTotalMembers SIREN to its number of members in all départements
 */
record ExpectedFigures(Map<String, String> communes, Map<String, Long> population,
        Map<String, String> departementNames, Map<String, String> regions, Map<String, Set<String>> epciMembers,
        Map<String, Integer> epciPopulation, Map<String, Integer> epciTotalMembers) {

    static ExpectedFigures of(Set<String> departements) throws IOException {
        Map<String, String> communes = new TreeMap<>();
        Map<String, Long> population = new TreeMap<>();
        for (JsonElement e : DecoupagePackageFixture.data("communes.json")) {
            JsonObject c = e.getAsJsonObject();
            String departement = c.get("departement").getAsString();
            if ("commune-actuelle".equals(c.get("type").getAsString()) && departements.contains(departement)) {
                communes.put(c.get("code").getAsString(), c.get("nom").getAsString());
                long p = c.has("population") && !c.get("population").isJsonNull() ? c.get("population").getAsLong()
                        : 0;
                population.merge(departement, p, Long::sum);
            }
        }
        Map<String, String> departementNames = new TreeMap<>();
        Map<String, String> regionCodes = new TreeMap<>();
        for (JsonElement e : DecoupagePackageFixture.data("departements.json")) {
            JsonObject d = e.getAsJsonObject();
            if (departements.contains(d.get("code").getAsString())) {
                departementNames.put(d.get("code").getAsString(), d.get("nom").getAsString());
                regionCodes.put(d.get("region").getAsString(), "");
            }
        }
        Map<String, String> regions = new TreeMap<>();
        for (JsonElement e : DecoupagePackageFixture.data("regions.json")) {
            JsonObject r = e.getAsJsonObject();
            if (regionCodes.containsKey(r.get("code").getAsString())) {
                regions.put(r.get("code").getAsString(), r.get("nom").getAsString());
            }
        }
        Map<String, Set<String>> epciMembers = new TreeMap<>();
        Map<String, Integer> epciPopulation = new TreeMap<>();
        Map<String, Integer> epciTotalMembers = new TreeMap<>();
        for (JsonElement e : DecoupagePackageFixture.data("epci.json")) {
            JsonObject epci = e.getAsJsonObject();
            Set<String> here = new TreeSet<>();
            int total = 0;
            for (JsonElement m : epci.getAsJsonArray("membres")) {
                total++;
                String code = m.getAsJsonObject().get("code").getAsString();
                if (communes.containsKey(code)) {
                    here.add(code);
                }
            }
            if (!here.isEmpty()) {
                String siren = epci.get("code").getAsString();
                epciMembers.put(siren, here);
                epciPopulation.put(siren, epci.get("populationMunicipale").getAsInt());
                epciTotalMembers.put(siren, total);
            }
        }
        return new ExpectedFigures(communes, population, departementNames, regions, epciMembers, epciPopulation,
                epciTotalMembers);
    }
}
