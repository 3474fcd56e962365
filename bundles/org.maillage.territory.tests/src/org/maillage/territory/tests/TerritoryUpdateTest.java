/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.territory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.ExitCodes;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Cls;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.territoire.Commune;
import org.maillage.model.territoire.Qpv;
import org.maillage.model.territoire.TerritoireFactory;
import org.maillage.territory.TerritoryImport;
import org.maillage.territory.TerritoryIndex;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases, with two synthetic millésimes (see {@link SyntheticMillesimes}): the update lists, before
 * applying, a renamed commune, a commune merged into another, a removed commune, a created commune, an EPCI
 * recomposed (member added and removed), dissolved and created, and the elements that referenced a vanished commune
 * or EPCI by kind and name (no uuid); a dry run writes nothing; applying keeps the surviving territories' identity,
 * moves a QPV's reference from the merged commune to its successor, drops references to the removed commune and
 * dissolved EPCI, recomposes the EPCI, records the new reference data only, and keeps the previous file as .bak;
 * a second update finds nothing to do.
 */
@ExtendWith(FrenchLocale.class)
class TerritoryUpdateTest {

    @TempDir
    Path dir;

    private Path roadmap;

    @BeforeEach
    void roadmapOnTheFirstMillesime() throws Exception {
        ModeleMaillage model = new TerritoryImport().importDepartements(SyntheticMillesimes.first(dir), List.of("27"));
        TerritoryIndex index = TerritoryIndex.of(model);
        Qpv qpv = TerritoireFactory.eINSTANCE.createQpv();
        qpv.setUuid("qpv-bville");
        qpv.setNom("Quartier de Bville");
        qpv.getCommunes().add(index.commune("27002").orElseThrow());
        qpv.setEpci(index.epci("200000002").orElseThrow());
        model.getQpvs().add(qpv);
        Cls cls = DispositifFactory.eINSTANCE.createCls();
        cls.setUuid("cls-dville");
        cls.setNom("CLS de Dville");
        cls.getTerritoires().add(index.commune("27004").orElseThrow());
        cls.getTerritoires().add(index.commune("27003").orElseThrow());
        model.getDispositifs().add(cls);
        roadmap = dir.resolve("fdr.maillage");
        MaillageFiles.save(model, roadmap);
    }

    @Test
    void dryRunListsTheChangesAndWritesNothing() throws Exception {
        byte[] before = Files.readAllBytes(roadmap);
        CliRunner.Result result = CliRunner.run(dir, "import-territory", "--update", "fdr.maillage", "--data",
                SyntheticMillesimes.second(dir).toString(), "--dry-run");
        assertEquals(ExitCodes.OK, result.code(), result.err());
        String out = result.out();
        for (String expected : List.of("millésime 2091", "Commune renommée : Aville (27001) devient Aville-sur-Eure.",
                "Commune fusionnée : Bville (27002) rejoint Aville-sur-Eure (27001)",
                "Commune supprimée : Dville (27004).", "Commune créée : Eville (27005).",
                "EPCI recomposé : CC Un (200000001) ; communes ajoutées : Cville (27003) ; communes retirées :"
                        + " Bville (27002).",
                "EPCI dissous : CC Deux (200000002).", "EPCI créé : CC Trois (200000003), 1 commune(s) membre(s).",
                "À revoir : CLS « CLS de Dville » désignait commune « Dville »",
                "À revoir : QPV « Quartier de Bville » désignait EPCI « CC Deux »",
                "Simulation : rien n'est écrit")) {
            assertTrue(out.contains(expected), expected + " in:\n" + out);
        }
        assertFalse(out.contains("cls-dville") || out.contains("qpv-bville"), "no uuid shown:\n" + out);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(roadmap)), "dry run writes nothing");
    }

    @Test
    void applyingRelinksAndKeepsABackup() throws Exception {
        byte[] before = Files.readAllBytes(roadmap);
        CliRunner.Result result = CliRunner.run(dir, "import-territory", "--update", "fdr.maillage", "--data",
                SyntheticMillesimes.second(dir).toString());
        assertEquals(ExitCodes.OK, result.code(), result.err());
        assertTrue(result.out().contains("Commune fusionnée : Bville"), result.out());
        assertTrue(result.out().contains("mis à jour"), result.out());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve("fdr.maillage.bak"))));

        ModeleMaillage model = MaillageFiles.load(roadmap);
        TerritoryIndex index = TerritoryIndex.of(model);
        Commune aville = index.commune("27001").orElseThrow();
        assertEquals("Aville-sur-Eure", aville.getNom());
        assertEquals(TerritoryIndex.communeId("27001"), aville.getUuid(), "same identity");
        assertTrue(index.commune("27002").isEmpty() && index.commune("27004").isEmpty());
        assertTrue(index.commune("27005").isPresent());
        Qpv qpv = model.getQpvs().get(0);
        assertEquals(List.of(aville), qpv.getCommunes(), "the merged commune's reference moves to its successor");
        assertEquals(null, qpv.getEpci(), "the dissolved EPCI's reference is dropped");
        Cls cls = (Cls) model.getDispositifs().get(0);
        assertEquals(List.of("27003"), cls.getTerritoires().stream().map(t -> t.getCode()).toList());
        assertEquals(List.of("27001", "27003"),
                index.epci("200000001").orElseThrow().getMembres().stream().map(Commune::getCode).toList());
        assertTrue(index.epci("200000002").isEmpty());
        assertEquals(List.of("27005"),
                index.epci("200000003").orElseThrow().getMembres().stream().map(Commune::getCode).toList());
        assertEquals(1, model.getReferenceData().size());
        assertEquals("2091", model.getReferenceData().get(0).getMillesime());
        assertSame(model.getReferenceData().get(0), aville.getReferenceData());

        CliRunner.Result again = CliRunner.run(dir, "import-territory", "--update", "fdr.maillage", "--data",
                SyntheticMillesimes.second(dir).toString());
        assertEquals(ExitCodes.OK, again.code(), again.err());
        assertTrue(again.out().contains("déjà à jour"), again.out());
    }

    @Test
    void updateRefusesImportOptions() {
        CliRunner.Result result = CliRunner.run(dir, "import-territory", "--update", "fdr.maillage", "--out", "x");
        assertEquals(ExitCodes.USAGE, result.code());
        assertTrue(result.err().contains("--update ne se combine pas avec --out"), result.err());
    }
}
