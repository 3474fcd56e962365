/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge.internal;

import org.maillage.model.Conflit;

/** One sentence per conflict, in the user's language, for the command line and the validation rule. */
public final class ConflictTexts {

    private ConflictTexts() {
    }

    /**
     * @param conflict the record
     * @param nameElement whether to name the element (when the sentence is not already prefixed with it)
     * @return e.g. « conflit de fusion sur « statut » : valeur d'origine « EN_COURS », la mienne « TERMINE », la
     *         leur « ABANDONNE » »
     */
    public static String describe(Conflit conflict, boolean nameElement) {
        String kind = conflict.getNature() == null ? "VALEUR" : conflict.getNature();
        String element = nameElement ? Messages.get("conflict.element", conflict.getElementType(),
                nullToEmpty(conflict.getElementNom()), nullToEmpty(conflict.getElementUuid())) : "";
        return Messages.get("conflict." + kind, element, nullToEmpty(conflict.getAttribut()),
                shorten(conflict.getValeurBase()), shorten(conflict.getValeurNous()),
                shorten(conflict.getValeurEux()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String shorten(String text) {
        String oneLine = nullToEmpty(text).replace('\n', ',');
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }
}
