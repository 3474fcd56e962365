/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.instance.EtatElement;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.Snapshot;
import org.maillage.model.plan.Chantier;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.seance.Change;
import org.maillage.model.seance.SnapshotDiff;
import org.maillage.model.seance.Snapshots;
import org.maillage.model.util.ModelFormat;

/**
 * Covered cases: the five example files as Maillage 0.1 wrote them (format 1.0, kept in {@code format-1.0/}) load in
 * the current format; the Eure June séance's chantier and indicator states become element states with the same
 * values, scoped to chantiers and indicators, and nothing of the old lists is left; the migrated file saves and
 * reloads equal; the changes since the migrated séance are chantier and indicator changes only, the same ones the
 * 1.0 pack listed (status or progress of the chantiers frozen in June), never an "added" of a kind 1.0 did not hold.
 */
class FormatMigrationTest {

    @TempDir
    Path folder;

    static Stream<String> files() {
        return Stream.of("eure", "pays-de-brest", "bruaysis", "valherbasse", "combrailles");
    }

    private ModeleMaillage load10(String name) throws Exception {
        Path copy = folder.resolve(name + ".maillage");
        try (InputStream in = FormatMigrationTest.class.getResourceAsStream("/format-1.0/" + name + ".maillage")) {
            assertNotNull(in, "format-1.0/" + name + ".maillage is in the test bundle");
            Files.copy(in, copy);
        }
        assertTrue(Files.readString(copy).contains("formatVersion=\"1.0\""), "the fixture is a 1.0 file");
        return MaillageFiles.load(copy);
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyExampleMigratesAndRoundTrips(String name) throws Exception {
        ModeleMaillage model = load10(name);
        assertEquals(ModelFormat.CURRENT_VERSION, model.getFormatVersion());
        Path saved = folder.resolve("migre-" + name + ".maillage");
        MaillageFiles.save(model, saved);
        ModeleMaillage reloaded = MaillageFiles.load(saved);
        assertTrue(EcoreUtil.equals(model, reloaded), name + " round-trips after migration");
        model.getInstances().stream().flatMap(i -> i.getSeances().stream()).map(Seance::getSnapshot)
                .filter(s -> s != null).forEach(s -> {
                    assertTrue(s.getEtatsChantiers().isEmpty());
                    assertTrue(s.getEtatsIndicateurs().isEmpty());
                });
    }

    @Test
    void eureJuneStatesKeepTheirValues() throws Exception {
        ModeleMaillage eure = load10("eure");
        Seance juin = Snapshots.findSeance(eure, "2024-06-20").orElseThrow();
        Snapshot snapshot = juin.getSnapshot();
        assertEquals(List.of("Chantier", "Indicateur"), snapshot.getPortee());
        assertEquals(juin.getDate(), snapshot.getDateSituation());
        // The 1.0 file said: P02 (sport-santé) was "à lancer", 0 %, deadline 30 June 2024.
        Chantier sport = eure.getFeuillesDeRoute().get(0).getChantiers().stream()
                .filter(c -> "P02".equals(c.getNumero())).findFirst().orElseThrow();
        EtatElement etat = snapshot.getEtats().stream().filter(e -> sport.getUuid().equals(e.getElement()))
                .findFirst().orElseThrow();
        Map<String, String> values = SnapshotDiff.values(etat);
        assertEquals("A_LANCER", values.get("statut"));
        assertEquals("0", values.get("avancement"));
        assertEquals("2024-06-30", values.get("echeance"));
        assertEquals(sport.getNom(), values.get("nom"), "fields 1.0 did not hold are taken as unchanged");

        List<Change> changes = SnapshotDiff.compare(snapshot, Snapshots.current(eure, juin.getDate()));
        assertFalse(changes.isEmpty());
        for (Change change : changes) {
            assertEquals(Change.Kind.CHANGED, change.kind(), change.toString());
            assertTrue(List.of("Chantier", "Indicateur").contains(change.type()), change.toString());
        }
        assertTrue(changes.stream().anyMatch(c -> c.element().equals(sport.getUuid()) && "statut".equals(c.field())));
    }
}
