/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;
import org.maillage.core.text.Dates;
import org.maillage.core.text.Search;

/**
 * Covered cases: the shared search normalisation ignores accents, case, ligatures and French no-break spaces
 * ("mediation" finds "Médiation", "EVREUX" finds "Évreux", "coeur" finds "Cœur", "1 000" finds "1\u202f000"), an
 * empty query matches everything and {@code null} texts are empty; the shared date format writes JJ/MM/AAAA, reads
 * it strictly (31/02 refused) and reads the files' ISO form too.
 */
class SearchAndDatesTest {

    @Test
    void searchIgnoresAccentsCaseLigaturesAndSpaces() {
        assertTrue(Search.matches("Médiation en santé", "mediation"));
        assertTrue(Search.matches("Médiation en santé", "MÉDIATION"));
        assertTrue(Search.matches("CLS d'Évreux", "cls d'evreux"));
        assertTrue(Search.matches("Maison du Cœur", "coeur"));
        assertTrue(Search.matches("30\u202f000 €", "30 000"));
        assertTrue(Search.matches("Louviers", "  louv "));
        assertFalse(Search.matches("Louviers", "evreux"));
        assertTrue(Search.matches(null, ""));
        assertFalse(Search.matches(null, "a"));
        assertEquals("", Search.normalize(null));
        assertEquals("evreux", Search.normalize("ÉVREUX"));
    }

    @Test
    void datesAreWrittenAndReadAsJjMmAaaa() {
        assertEquals("05/03/2026", Dates.format(LocalDate.of(2026, 3, 5)));
        assertEquals("", Dates.format(null));
        assertEquals(LocalDate.of(2026, 12, 31), Dates.parse("31/12/2026"));
        assertEquals(LocalDate.of(2026, 12, 31), Dates.parse("2026-12-31"));
        assertThrows(DateTimeParseException.class, () -> Dates.parse("31/02/2026"));
        assertThrows(DateTimeParseException.class, () -> Dates.parse("demain"));
    }
}
