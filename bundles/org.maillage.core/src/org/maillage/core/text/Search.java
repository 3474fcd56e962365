/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How every filter and search field of Maillage compares texts: without accents, case or the typographic spaces of
 * French (no-break spaces before ":" or in "1 000"), so that "mediation" finds "Médiation" and "cls evreux" finds
 * "CLS d'Évreux". One place, so that the explorer, the editor's search, the choosers and the tables agree.
 */
public final class Search {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Search() {
    }

    /**
     * @param text a text shown to users, or {@code null}
     * @return the text as filters compare it: accents removed, lower case, no-break spaces as spaces, stripped;
     *         empty for {@code null}
     */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        // "œ" and "æ" have no decomposition: users type "oe" ("coeur" finds "cœur").
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace('\u00a0', ' ')
                .replace('\u202f', ' ').replace("œ", "oe").replace("æ", "ae").strip();
    }

    /**
     * @param text a text shown to users, or {@code null}
     * @param query what the user typed, or {@code null}
     * @return whether the text contains the query, accents and case aside; always true for an empty query
     */
    public static boolean matches(String text, String query) {
        String wanted = normalize(query);
        return wanted.isEmpty() || normalize(text).contains(wanted);
    }
}
