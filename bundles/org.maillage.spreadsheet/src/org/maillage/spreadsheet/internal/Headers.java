/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Comparison of headers and labels typed by people: case, accents and surrounding spaces ignored. */
public final class Headers {

    private Headers() {
    }

    /** @return the text lower-cased, without accents, with single spaces */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[\\s\u00a0\u202f]+", " ")
                .trim();
    }
}
