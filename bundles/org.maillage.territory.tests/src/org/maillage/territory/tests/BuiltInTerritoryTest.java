/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.ExitCodes;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.ReferenceData;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.territory.TerritoryData;
import org.maillage.territory.TerritoryImport;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: the territory built into the bundle at build time gives, for a département (Eure) and for two
 * (Corse: 2A, 2B), the same model as the import from the npm package of the same version (EMF content equal, and
 * the saved files byte-identical); its source names the package, version, millésime 2026 and the Licence Ouverte;
 * {@code import-territory} without {@code --data} writes the same file as with {@code --data}; the bundle ships a
 * NOTICE beside the data citing source and licence.
 */
@ExtendWith(FrenchLocale.class)
class BuiltInTerritoryTest {

    @TempDir
    Path dir;

    @Test
    void builtInEqualsThePackageForOneAndTwoDepartements() throws Exception {
        for (List<String> codes : List.of(List.of("27"), List.of("2A", "2B"))) {
            ModeleMaillage builtIn = new TerritoryImport().importDepartements(null, codes);
            ModeleMaillage fromPackage = new TerritoryImport().importDepartements(DecoupagePackageFixture.packageDir(),
                    codes);
            assertTrue(new EcoreUtil.EqualityHelper().equals(builtIn, fromPackage), "same content for " + codes);
            Path a = dir.resolve("builtin.maillage");
            Path b = dir.resolve("package.maillage");
            MaillageFiles.save(builtIn, a);
            MaillageFiles.save(fromPackage, b);
            assertArrayEquals(Files.readAllBytes(b), Files.readAllBytes(a), "same file for " + codes);
        }
        ModeleMaillage eure = new TerritoryImport().importDepartements(null, List.of("27"));
        ReferenceData data = eure.getReferenceData().get(0);
        assertEquals("2026", data.getMillesime());
        assertTrue(eure.getRegions().get(0).getDepartements().get(0).getCommunes().size() > 500);
    }

    @Test
    void sourceIsCitedWithVersionMillesimeAndLicence() throws Exception {
        TerritoryData.Source source = TerritoryData.source();
        assertEquals("@etalab/decoupage-administratif", source.name());
        assertTrue(source.version().matches("\\d+\\.\\d+\\.\\d+"), source.version());
        assertEquals("2026", source.millesime());
        assertEquals("Licence Ouverte / Open Licence 2.0", source.licence());
        assertTrue(source.url().startsWith("https://www.npmjs.com/package/@etalab/decoupage-administratif/v/"));
        assertTrue(source.producers().contains("INSEE"), source.producers());
        try (var notice = TerritoryData.class.getResourceAsStream(TerritoryData.FOLDER + "NOTICE.md")) {
            String text = new String(notice.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.contains("Licence Ouverte") && text.contains(source.version()), text);
        }
    }

    @Test
    void commandWithoutDataWritesTheSameFileAsWithData() throws Exception {
        CliRunner.Result builtIn = CliRunner.run(dir, "import-territory", "--departement", "27", "--out", "a.maillage");
        assertEquals(ExitCodes.OK, builtIn.code(), builtIn.err());
        assertTrue(builtIn.out().contains("millésime 2026"), builtIn.out());
        CliRunner.Result withData = CliRunner.run(dir, "import-territory", "--data",
                DecoupagePackageFixture.packageDir().toString(), "--departement", "27", "--out", "b.maillage");
        assertEquals(ExitCodes.OK, withData.code(), withData.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("b.maillage")), Files.readAllBytes(dir.resolve("a.maillage")));
        CliRunner.Result unknown = CliRunner.run(dir, "import-territory", "--departement", "99", "--out", "c.maillage");
        assertEquals(ExitCodes.USAGE, unknown.code());
        assertTrue(unknown.err().contains("Département inconnu : 99 (absent de données intégrées"), unknown.err());
    }
}
