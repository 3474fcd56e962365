/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.table;

/**
 * The computed look of a line header or a cell: the first conditional {@code CellStyle} of its description whose
 * predicate held, or {@link #PLAIN}.
 *
 * @param background {@code #RRGGBB}, or {@code null} for the default
 * @param foreground {@code #RRGGBB} text colour, or {@code null} for the default
 * @param bold whether the text is bold
 */
public record CellLook(String background, String foreground, boolean bold) {

    /** No style: default colours, regular text. */
    public static final CellLook PLAIN = new CellLook(null, null, false);
}
