/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.report.FigureId;

/**
 * Covered cases: the figure ids of designs and of the {@code diagrammes} parameter: a plain name, a diagram with and
 * without layers, a table; their text round-trips; lists separate ids by commas or semicolons and keep a diagram's
 * layers with it; ids that look like paths or URLs, carry other options, are empty, too long or use other characters
 * are refused with a French message quoting them.
 */
class FigureIdTest {

    @Test
    void readsTheThreeKinds() {
        FigureId named = FigureId.parse("articulation");
        assertEquals(FigureId.Kind.NAMED, named.kind());
        assertEquals("articulation", named.descriptionId());
        FigureId diagram = FigureId.parse(" diagram:org.example.vues/carte_1?layers=lacunes, communes ");
        assertEquals(FigureId.Kind.DIAGRAM, diagram.kind());
        assertEquals("org.example.vues", diagram.viewpointId());
        assertEquals("carte_1", diagram.descriptionId());
        assertEquals(List.of("lacunes", "communes"), diagram.layers());
        assertEquals("diagram:org.example.vues/carte_1?layers=lacunes,communes", diagram.text());
        assertEquals(diagram, FigureId.parse(diagram.text()));
        FigureId table = FigureId.parse("table:org.maillage.viewpoints.tables/couverture-qpv");
        assertEquals(FigureId.Kind.TABLE, table.kind());
        assertEquals("couverture-qpv", table.descriptionId());
    }

    @Test
    void listsKeepLayersWithTheirDiagram() {
        List<FigureId> ids = FigureId.parseList("articulation, diagram:a/b?layers=x,y,diagram:c/d;"
                + "diagram:e/f?layers=z; articulation");
        assertEquals(List.of("articulation", "diagram:a/b?layers=x,y", "diagram:c/d", "diagram:e/f?layers=z"),
                ids.stream().map(FigureId::text).toList());
        assertEquals(List.of(), FigureId.parseList("  "));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "diagram:", "diagram:vp", "diagram:../../etc/passwd", "diagram:vp/../x",
            "diagram:/etc/passwd", "file:/etc/passwd", "http://example.org/x", "diagram:vp/d?file=/etc/passwd",
            "table:vp/d?layers=a", "diagram:vp/d?layers=", "diagram:vp/d?layers=a/b", "diagram:vp/d e",
            "diagram:vp\\d", "diagram:vp/d/e", "articulation<script>", "1articulation" })
    void refusesWhatIsNotAnId(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FigureId.parse(text));
        assertTrue(e.getMessage().startsWith("Identifiant de figure invalide : « "), e.getMessage());
    }

    @Test
    void refusesLongIds() {
        assertThrows(IllegalArgumentException.class, () -> FigureId.parse("diagram:vp/" + "d".repeat(500)));
    }
}
