/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.maillage.spreadsheet.internal.Headers;

/**
 * Columns of a spreadsheet Maillage did not write (a délégation's own list, issue #15 point 3): which of its headers
 * holds which Maillage field. {@link #propose} guesses by header similarity, French accents and case ignored; the
 * user corrects the guess; {@link Spreadsheets#preview(org.maillage.model.ModeleMaillage, java.nio.file.Path, Map)}
 * reads the sheet with it; {@link #layoutKey} names the layout so that the mapping can be remembered for the next
 * file of the same layout.
 */
public final class ColumnMapping {

    /** Words that say nothing about a column: « Nom du chantier » is about « Nom ». */
    private static final Set<String> STOPWORDS = Set.of("de", "du", "des", "la", "le", "les", "l", "d", "en", "et",
            "a", "au", "aux", "par", "pour", "the", "of");

    /** Below it a header is not proposed: a wrong guess costs the user more than an empty one. */
    private static final double THRESHOLD = 0.34;

    private ColumnMapping() {
    }

    /**
     * Proposes, for each Maillage field, the sheet's column most like it; each column is given to one field at most,
     * the most similar pairs first.
     *
     * @param sheetHeaders the sheet's headers
     * @param fields the Maillage headers of the table ({@link Spreadsheets#headers})
     * @return sheet header to Maillage header, in the sheet's order; headers nothing fits are left out
     */
    public static Map<String, String> propose(List<String> sheetHeaders, List<String> fields) {
        record Pair(String header, String field, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (String header : sheetHeaders) {
            for (String field : fields) {
                double score = similarity(header, field);
                if (score >= THRESHOLD) {
                    pairs.add(new Pair(header, field, score));
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b.score(), a.score()));
        Map<String, String> chosen = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Pair pair : pairs) {
            if (!chosen.containsKey(pair.header()) && taken.add(pair.field())) {
                chosen.put(pair.header(), pair.field());
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        sheetHeaders.stream().filter(chosen::containsKey).forEach(h -> ordered.put(h, chosen.get(h)));
        return ordered;
    }

    /**
     * @param header a sheet's header
     * @param field a Maillage header
     * @return 1 when they are the same but for accents, case and punctuation; else how many meaningful words they
     *         share, over the words of both, raised when the sheet's header holds every word of the field's
     */
    static double similarity(String header, String field) {
        List<String> h = words(header);
        List<String> f = words(field);
        if (h.isEmpty() || f.isEmpty()) {
            return 0;
        }
        if (h.equals(f)) {
            return 1;
        }
        Set<String> common = new HashSet<>(h);
        common.retainAll(f);
        Set<String> all = new HashSet<>(h);
        all.addAll(f);
        double jaccard = (double) common.size() / all.size();
        return h.containsAll(f) ? 0.5 + jaccard / 2 : jaccard;
    }

    private static List<String> words(String text) {
        return Arrays.stream(Headers.normalise(text).split("[^a-z0-9]+")).filter(w -> !w.isEmpty())
                .filter(w -> !STOPWORDS.contains(w)).toList();
    }

    /**
     * @param sheetHeaders a sheet's headers
     * @return a key for the layout, the same whatever the columns' order, accents or case: to remember a mapping
     */
    public static String layoutKey(List<String> sheetHeaders) {
        TreeSet<String> normalised = new TreeSet<>();
        sheetHeaders.stream().map(Headers::normalise).filter(s -> !s.isEmpty()).forEach(normalised::add);
        return String.join("|", normalised);
    }
}
