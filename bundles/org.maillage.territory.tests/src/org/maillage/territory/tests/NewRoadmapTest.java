/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.organisation.Organisation;
import org.maillage.model.plan.FeuilleDeRoute;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.territoire.Departement;
import org.maillage.model.territoire.Region;
import org.maillage.territory.DepartementInfo;
import org.maillage.territory.NewRoadmap;
import org.maillage.territory.TerritoryImport;
import org.maillage.territory.TerritoryImportException;
import org.maillage.territory.TerritoryIndex;
import org.maillage.testsupport.FrenchLocale;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Covered cases: the shipped list of départements is the package's (metropolitan and overseas départements, with
 * their régions' names); codes are found whatever their case or padding; by default a roadmap holds the built-in
 * territory (the same communes and EPCI as from the package); a roadmap created without territory
 * holds the région, the département (with the importer's ids), the délégation and an empty feuille de route of the
 * year, and saves to a file that loads back the same; with the data, the communes and EPCI are those of the
 * importer; a wrong data folder is refused before anything is written; years out of range are refused.
 */
@ExtendWith(FrenchLocale.class)
class NewRoadmapTest {

    @Test
    void shippedListIsThePackages() throws Exception {
        Map<String, String> regions = new LinkedHashMap<>();
        for (JsonElement region : DecoupagePackageFixture.data("regions.json")) {
            regions.put(region.getAsJsonObject().get("code").getAsString(),
                    region.getAsJsonObject().get("nom").getAsString());
        }
        List<String> expected = new ArrayList<>();
        for (JsonElement element : DecoupagePackageFixture.data("departements.json")) {
            JsonObject d = element.getAsJsonObject();
            String zone = d.get("zone").getAsString();
            if (zone.equals("metro") || zone.equals("drom")) {
                String region = d.get("region").getAsString();
                expected.add(String.join("|", d.get("code").getAsString(), d.get("nom").getAsString(), region,
                        regions.get(region)));
            }
        }
        List<String> actual = DepartementInfo.all().stream()
                .map(d -> String.join("|", d.code(), d.nom(), d.regionCode(), d.regionNom())).toList();
        assertEquals(expected, actual);
        assertEquals(101, actual.size(), "96 metropolitan and 5 overseas départements");
    }

    @Test
    void codesAreFoundWhateverTheirSpelling() {
        assertEquals("Eure", DepartementInfo.find(" 27 ").orElseThrow().nom());
        assertEquals("Corse-du-Sud", DepartementInfo.find("2a").orElseThrow().nom());
        assertEquals("01", DepartementInfo.find("1").orElseThrow().code());
        assertTrue(DepartementInfo.find("99").isEmpty());
        assertEquals("27 - Eure", DepartementInfo.find("27").orElseThrow().label());
    }

    @Test
    void withoutTerritoryTheDepartementAloneAndItSavesAndLoads(@TempDir Path dir) throws Exception {
        DepartementInfo eure = DepartementInfo.find("27").orElseThrow();
        NewRoadmap creation = new NewRoadmap(eure, 2026).withoutTerritory();
        assertEquals("feuille-de-route-27-2026.maillage", creation.defaultFileName());
        Path file = dir.resolve(creation.defaultFileName());
        ModeleMaillage created = creation.createAndSave(file);
        assertTrue(Files.isRegularFile(file));

        ModeleMaillage loaded = MaillageFiles.load(file);
        for (ModeleMaillage model : List.of(created, loaded)) {
            assertEquals(1, model.getRegions().size());
            Region region = model.getRegions().get(0);
            assertEquals("Normandie", region.getNom());
            assertEquals(TerritoryIndex.regionId("28"), region.getUuid());
            Departement departement = region.getDepartements().get(0);
            assertEquals(List.of("27"), region.getDepartements().stream().map(Departement::getCode).toList());
            assertEquals(TerritoryIndex.departementId("27"), departement.getUuid());
            assertTrue(departement.getCommunes().isEmpty(), "no commune without the data");

            assertEquals(1, model.getFeuillesDeRoute().size());
            FeuilleDeRoute feuille = model.getFeuillesDeRoute().get(0);
            assertEquals(2026, feuille.getAnnee());
            assertSame(departement, feuille.getDepartement());
            assertTrue(feuille.getChantiers().isEmpty());
            assertTrue(feuille.getNom().contains("Eure") && feuille.getNom().contains("2026"), feuille.getNom());

            Organisation delegation = model.getOrganisations().get(0);
            assertSame(departement, delegation.getTerritoire());
            assertTrue(delegation.getNom().startsWith("ARS Normandie"), delegation.getNom());
        }
        assertEquals(uuids(created), uuids(loaded), "the file holds every element with its identity");
    }

    @Test
    void withDataTheCommunesAndEpciOfTheImporter(@TempDir Path dir) throws Exception {
        ModeleMaillage created = new NewRoadmap(DepartementInfo.find("27").orElseThrow(), 2027)
                .withTerritoryData(DecoupagePackageFixture.packageDir()).create();
        ModeleMaillage imported = new TerritoryImport().importDepartements(DecoupagePackageFixture.packageDir(),
                List.of("27"));

        Departement departement = TerritoryIndex.of(created).departement("27").orElseThrow();
        assertEquals(TerritoryIndex.of(imported).departement("27").orElseThrow().getCommunes().size(),
                departement.getCommunes().size());
        assertEquals(imported.getEpcis().size(), created.getEpcis().size());
        assertEquals(1, created.getReferenceData().size(), "the data's source is recorded");
        assertSame(departement, created.getFeuillesDeRoute().get(0).getDepartement());
        assertTrue(!created.getUuid().equals(imported.getUuid()), "the roadmap has an identity of its own");
    }

    @Test
    void byDefaultTheBuiltInTerritory() throws Exception {
        ModeleMaillage created = new NewRoadmap(DepartementInfo.find("27").orElseThrow(), 2027).create();
        ModeleMaillage fromPackage = new NewRoadmap(DepartementInfo.find("27").orElseThrow(), 2027)
                .withTerritoryData(DecoupagePackageFixture.packageDir()).create();
        Departement departement = TerritoryIndex.of(created).departement("27").orElseThrow();
        assertEquals(TerritoryIndex.of(fromPackage).departement("27").orElseThrow().getCommunes().size(),
                departement.getCommunes().size());
        assertTrue(departement.getCommunes().size() > 500, "the Eure has some 580 communes");
        assertEquals(fromPackage.getEpcis().size(), created.getEpcis().size());
    }

    @Test
    void wrongDataOrYearIsRefused(@TempDir Path dir) {
        DepartementInfo eure = DepartementInfo.find("27").orElseThrow();
        Path file = dir.resolve("f.maillage");
        TerritoryImportException refused = assertThrows(TerritoryImportException.class,
                () -> new NewRoadmap(eure, 2026).withTerritoryData(dir.resolve("absent")).createAndSave(file));
        assertTrue(refused.getMessage().contains("absent"), refused.getMessage());
        assertTrue(Files.notExists(file), "nothing written");

        IllegalArgumentException year = assertThrows(IllegalArgumentException.class, () -> new NewRoadmap(eure, 1999));
        assertTrue(year.getMessage().contains("1999"), year.getMessage());
    }

    private static List<String> uuids(ModeleMaillage model) {
        List<String> uuids = new ArrayList<>();
        uuids.add(model.getUuid());
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Element element) {
                uuids.add(element.getUuid());
            }
        }
        return uuids;
    }
}
