/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.ReferenceData;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Epci;
import org.maillage.model.territoire.Region;
import org.maillage.model.territoire.Territoire;
import org.maillage.territory.TerritoryImport;
import org.maillage.territory.TerritoryImportException;
import org.maillage.territory.TerritoryIndex;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: Eure (27) imported from the real package matches figures computed from its JSON (communes
 * actuelles, their names and population sum, EPCI with a member in 27 and their members, whole-EPCI populations,
 * straddling EPCI described); a two-département import (27, 76) shares its région and completes straddling EPCI;
 * importing 27 then 76 into one model gives the same territories; the reference data carries version, millésime,
 * source and licence and every territory points to it; uuids derive from codes and TerritoryIndex finds Évreux
 * and Vernon; two imports save byte-identical files; the data/ folder is accepted; unknown and missing codes are
 * refused with a short French message.
 */
@ExtendWith(FrenchLocale.class)
class TerritoryImportTest {


    private static ModeleMaillage importOf(String... codes) throws TerritoryImportException {
        return new TerritoryImport().importDepartements(DecoupagePackageFixture.packageDir(), List.of(codes));
    }

    @Test
    void eureMatchesThePackage() throws Exception {
        ExpectedFigures expected = ExpectedFigures.of(Set.of("27"));
        ModeleMaillage model = importOf("27");

        assertEquals(1, model.getRegions().size());
        Region region = model.getRegions().get(0);
        assertEquals(expected.regions(), Map.of(region.getCode(), region.getNom()));
        assertEquals(TerritoryIndex.regionId(region.getCode()), region.getUuid());
        assertEquals(1, region.getDepartements().size());
        Departement eure = region.getDepartements().get(0);
        assertEquals("27", eure.getCode());
        assertEquals(expected.departementNames().get("27"), eure.getNom());
        assertEquals("departement-27", eure.getUuid());

        Map<String, String> communes = new TreeMap<>();
        long sum = 0;
        for (Commune c : eure.getCommunes()) {
            communes.put(c.getCode(), c.getNom());
            assertEquals(TerritoryIndex.communeId(c.getCode()), c.getUuid());
            sum += c.getPopulation();
        }
        assertEquals(expected.communes(), communes, "communes actuelles of 27, with their names");
        assertEquals(expected.population().get("27"), sum, "population sum of the communes");
        assertEquals(expected.population().get("27"), eure.getPopulation(), "département = sum of its communes");

        assertEpcis(expected, model);
        assertTrue(model.getEpcis().size() < expected.communes().size());
        assertTrue(expected.epciTotalMembers().entrySet().stream()
                .anyMatch(e -> e.getValue() > expected.epciMembers().get(e.getKey()).size()),
                "the package has EPCI straddling 27 and its neighbours");
    }

    @Test
    void twoDepartementsShareTheirRegionAndCompleteStraddlingEpci() throws Exception {
        ExpectedFigures expected = ExpectedFigures.of(Set.of("27", "76"));
        ModeleMaillage model = importOf("76", " 27 ", "27");

        assertEquals(expected.regions().keySet(),
                model.getRegions().stream().map(Region::getCode).collect(Collectors.toSet()));
        Set<String> communes = new TreeSet<>();
        for (Region region : model.getRegions()) {
            for (Departement d : region.getDepartements()) {
                assertEquals(expected.population().get(d.getCode()), d.getPopulation());
                d.getCommunes().forEach(c -> communes.add(c.getCode()));
            }
        }
        assertEquals(expected.communes().keySet(), communes);
        assertEpcis(expected, model);
        assertEquals("territoire-27-76", model.getUuid());
        assertTrue(model.getNom().contains("Eure (27)"), model.getNom());
    }

    @Test
    void importingIntoAnExistingModelGivesTheSameTerritories() throws Exception {
        ModeleMaillage both = importOf("27", "76");
        ModeleMaillage stepwise = importOf("27");
        new TerritoryImport().importDepartements(stepwise, DecoupagePackageFixture.packageDir(), List.of("76"));

        assertEquals(territories(both), territories(stepwise));
        assertEquals(1, stepwise.getReferenceData().size(), "the same package is recorded once");
        assertEquals(1, stepwise.getRegions().size());
    }

    @Test
    void referenceDataIsRecordedAndCitedByEveryTerritory() throws Exception {
        ModeleMaillage model = importOf("27");
        assertEquals(1, model.getReferenceData().size());
        ReferenceData data = model.getReferenceData().get(0);
        String version = packageVersion();
        assertEquals(TerritoryIndex.referenceDataId(version), data.getUuid());
        assertEquals("Licence Ouverte / Open Licence 2.0", data.getLicence());
        assertTrue(data.getSource().contains(DecoupagePackageFixture.PACKAGE + " " + version), data.getSource());
        assertTrue(data.getSource().contains("https://www.npmjs.com/package/"), data.getSource());
        String readme = Files.readString(DecoupagePackageFixture.packageDir().resolve("README.md"));
        assertTrue(Pattern.compile("\\|\\s*" + data.getMillesime() + "\\s*\\|\\s*" + Pattern.quote(version) + "\\s*\\|")
                .matcher(readme).find(), "millésime " + data.getMillesime() + " is the README's for " + version);
        int count = 0;
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Territoire t) {
                assertSame(data, t.getReferenceData(), t.getUuid());
                assertFalse(t.isIllustrative(), t.getUuid());
                count++;
            }
        }
        assertTrue(count > 500, "territories checked: " + count);
    }

    @Test
    void indexFindsCommunesAndEpciByOfficialCode() throws Exception {
        ExpectedFigures expected = ExpectedFigures.of(Set.of("27"));
        TerritoryIndex index = TerritoryIndex.of(importOf("27"));
        for (String code : List.of("27229", "27681")) {
            Commune commune = index.commune(code).orElseThrow();
            assertEquals(expected.communes().get(code), commune.getNom());
            assertEquals("commune-" + code, commune.getUuid());
            assertEquals("27", commune.getDepartement().getCode());
            assertTrue(commune.getEpci() != null, code + " belongs to an EPCI");
            assertEquals(commune.getEpci(), index.epci(commune.getEpci().getCode()).orElseThrow());
        }
        assertEquals("Évreux", index.commune("27229").orElseThrow().getNom());
        assertTrue(index.commune("76540").isEmpty(), "Rouen is not in Eure");
        assertEquals("Eure", index.departement("27").orElseThrow().getNom());
    }

    @Test
    void twoImportsSaveByteIdenticalFiles(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("a.maillage");
        Path second = dir.resolve("b.maillage");
        MaillageFiles.save(importOf("27"), first);
        // From the data/ folder this time: the same package, the same file.
        MaillageFiles.save(new TerritoryImport().importDepartements(
                DecoupagePackageFixture.packageDir().resolve("data"), List.of("27")), second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        ModeleMaillage loaded = MaillageFiles.load(first);
        assertEquals(territories(importOf("27")), territories(loaded));
    }

    @Test
    void unknownDepartementIsRefusedWithAShortFrenchMessage() {
        TerritoryImportException e = assertThrows(TerritoryImportException.class, () -> importOf("27", "99"));
        assertTrue(e.getMessage().startsWith("Département inconnu : 99"), e.getMessage());
        assertTrue(e.getMessage().length() < 400, "no huge list: " + e.getMessage());
        TerritoryImportException none = assertThrows(TerritoryImportException.class, () -> importOf(" ", ""));
        assertEquals("Aucun code de département n'est indiqué.", none.getMessage());
    }

    private static void assertEpcis(ExpectedFigures expected, ModeleMaillage model) {
        Map<String, Set<String>> members = new TreeMap<>();
        for (Epci epci : model.getEpcis()) {
            members.put(epci.getCode(), epci.getMembres().stream().map(Commune::getCode)
                    .collect(Collectors.toCollection(TreeSet::new)));
            assertEquals(TerritoryIndex.epciId(epci.getCode()), epci.getUuid());
            assertEquals(expected.epciPopulation().get(epci.getCode()), epci.getPopulation(), epci.getNom());
            int total = expected.epciTotalMembers().get(epci.getCode());
            assertTrue(epci.getDescription().contains(total + " communes membres"), epci.getDescription());
            assertEquals(total > epci.getMembres().size(), epci.getDescription().contains("à cheval"),
                    epci.getDescription());
            epci.getMembres().forEach(c -> assertSame(epci, c.getEpci()));
        }
        assertEquals(expected.epciMembers(), members, "EPCI touching the départements, with their members there");
    }

    /** @return every territory as uuid to a line of its content, for comparing models */
    private static Map<String, String> territories(ModeleMaillage model) {
        Map<String, String> result = new TreeMap<>();
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Territoire t) {
                String members = t instanceof Epci e
                        ? e.getMembres().stream().map(Commune::getUuid).collect(Collectors.joining(","))
                        : "";
                result.put(t.getUuid(), t.getCode() + "|" + t.getNom() + "|" + t.getPopulation() + "|"
                        + t.getDescription() + "|" + t.eContainer().eClass().getName() + "|" + members);
            }
        }
        return result;
    }

    private static String packageVersion() throws Exception {
        String json = Files.readString(DecoupagePackageFixture.packageDir().resolve("package.json"));
        return com.google.gson.JsonParser.parseString(json).getAsJsonObject().get("version").getAsString();
    }
}
