/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.model.ModeleMaillage;
import org.maillage.territory.ImportLimits;
import org.maillage.territory.TerritoryImport;
import org.maillage.territory.TerritoryImportException;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: a truncated communes.json, a value of the wrong type, a missing required field, an unknown EPCI
 * type, a top-level object instead of an array, a file over the size limit and an over-long string are refused
 * with a French message naming the file and the JSON path (and the record's code when known); a folder that is
 * not the package, or lacks package.json, is refused; a failed import into an existing model leaves it unchanged.
 * The small broken packages are built in a temporary folder from the real package's package.json, README,
 * régions and départements.
 */
@ExtendWith(FrenchLocale.class)
class MalformedDataTest {

    private static final String EPCI_OK = "[{\"code\":\"200000001\",\"nom\":\"CC Test\",\"type\":\"CC\","
            + "\"populationMunicipale\":10,\"membres\":[{\"code\":\"27001\",\"nom\":\"X\"}]}]";
    private static final String COMMUNES_OK = "[{\"code\":\"27001\",\"nom\":\"Acquigny\",\"type\":\"commune-actuelle\","
            + "\"departement\":\"27\",\"region\":\"28\",\"population\":10}]";

    @TempDir
    Path dir;

    /** Builds a package whose communes.json and epci.json are given; the rest comes from the real package. */
    static Path smallPackage(Path dir, String communes, String epci) throws IOException {
        Path real = DecoupagePackageFixture.packageDir();
        Path data = Files.createDirectories(dir.resolve("package").resolve("data"));
        Files.copy(real.resolve("package.json"), data.getParent().resolve("package.json"));
        Files.copy(real.resolve("README.md"), data.getParent().resolve("README.md"));
        Files.copy(real.resolve("data").resolve("regions.json"), data.resolve("regions.json"));
        Files.copy(real.resolve("data").resolve("departements.json"), data.resolve("departements.json"));
        Files.writeString(data.resolve("communes.json"), communes, StandardCharsets.UTF_8);
        Files.writeString(data.resolve("epci.json"), epci, StandardCharsets.UTF_8);
        return data.getParent();
    }

    private TerritoryImportException refused(String communes, String epci) throws IOException {
        Path pkg = smallPackage(dir, communes, epci);
        return assertThrows(TerritoryImportException.class,
                () -> new TerritoryImport().importDepartements(pkg, List.of("27")));
    }

    @Test
    void theSmallPackageItselfImports() throws Exception {
        ModeleMaillage model = new TerritoryImport().importDepartements(smallPackage(dir, COMMUNES_OK, EPCI_OK),
                List.of("27"));
        assertEquals(1, model.getEpcis().size());
        assertEquals(1, model.getEpcis().get(0).getMembres().size());
    }

    @Test
    void truncatedFileNamesFileAndPath() throws Exception {
        TerritoryImportException e = refused(COMMUNES_OK.substring(0, 60), EPCI_OK);
        assertTrue(e.getMessage().contains("communes.json"), e.getMessage());
        assertTrue(e.getMessage().contains("JSON mal formé ou incomplet"), e.getMessage());
        assertTrue(e.getMessage().contains("$[0]"), e.getMessage());
        assertTrue(e.getFile().endsWith(Path.of("data", "communes.json")), String.valueOf(e.getFile()));
    }

    @Test
    void wrongTypeNamesThePathOfTheValue() throws Exception {
        TerritoryImportException e = refused(COMMUNES_OK.replace("\"population\":10", "\"population\":\"dix\""),
                EPCI_OK);
        assertTrue(e.getMessage().contains("communes.json, à $[0].population : un nombre est attendu"),
                e.getMessage());
    }

    @Test
    void missingFieldNamesTheRecord() throws Exception {
        TerritoryImportException e = refused(COMMUNES_OK, EPCI_OK.replace("\"nom\":\"CC Test\",", ""));
        assertTrue(e.getMessage().contains("epci.json, à $[0] : le champ « nom » manque ou est vide"
                + " (enregistrement « 200000001 »)"), e.getMessage());
    }

    @Test
    void unknownEpciTypeIsRefused() throws Exception {
        TerritoryImportException e = refused(COMMUNES_OK, EPCI_OK.replace("\"CC\"", "\"SIVOM\""));
        assertTrue(e.getMessage().contains("type d'EPCI inconnu « SIVOM »"), e.getMessage());
    }

    @Test
    void objectInsteadOfArrayIsRefused() throws Exception {
        TerritoryImportException e = refused("{\"communes\":[]}", EPCI_OK);
        assertTrue(e.getMessage().contains("communes.json, à $ : un tableau JSON est attendu"), e.getMessage());
    }

    @Test
    void limitsAreEnforced() throws Exception {
        Path pkg = smallPackage(dir, COMMUNES_OK.replace("Acquigny", "A".repeat(300)), EPCI_OK);
        TerritoryImportException tooLong = assertThrows(TerritoryImportException.class,
                () -> new TerritoryImport(new ImportLimits(1 << 20, 200, 1000, 8)).importDepartements(pkg,
                        List.of("27")));
        assertTrue(tooLong.getMessage().contains("$[0].nom : chaîne trop longue (300 caractères, au plus 200)"),
                tooLong.getMessage());
        TerritoryImportException tooLarge = assertThrows(TerritoryImportException.class,
                () -> new TerritoryImport(new ImportLimits(100, 200, 1000, 8)).importDepartements(pkg,
                        List.of("27")));
        assertTrue(tooLarge.getMessage().contains("trop gros"), tooLarge.getMessage());
    }

    @Test
    void folderThatIsNotThePackageIsRefused() throws Exception {
        TerritoryImportException empty = assertThrows(TerritoryImportException.class,
                () -> new TerritoryImport().importDepartements(dir, List.of("27")));
        assertTrue(empty.getMessage().contains("ne contient communes.json"), empty.getMessage());
        Path pkg = smallPackage(dir, COMMUNES_OK, EPCI_OK);
        Files.delete(pkg.resolve("package.json"));
        TerritoryImportException noDescription = assertThrows(TerritoryImportException.class,
                () -> new TerritoryImport().importDepartements(pkg, List.of("27")));
        assertTrue(noDescription.getMessage().contains("package.json : fichier absent"), noDescription.getMessage());
    }

    @Test
    void failedImportLeavesTheModelUnchanged() throws Exception {
        ModeleMaillage model = new TerritoryImport().importDepartements(DecoupagePackageFixture.packageDir(),
                List.of("27"));
        int communes = model.getRegions().get(0).getDepartements().get(0).getCommunes().size();
        Path pkg = smallPackage(dir, COMMUNES_OK, EPCI_OK.replace("\"CC\"", "\"SIVOM\""));
        assertThrows(TerritoryImportException.class,
                () -> new TerritoryImport().importDepartements(model, pkg, List.of("27")));
        assertEquals(communes, model.getRegions().get(0).getDepartements().get(0).getCommunes().size());
        assertEquals(1, model.getReferenceData().size());
    }
}
