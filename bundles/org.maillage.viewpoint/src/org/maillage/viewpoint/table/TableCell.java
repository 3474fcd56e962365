/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.table;

import org.eclipse.emf.ecore.EObject;

/**
 * A cell of a computed {@link Table}. A cell whose expression failed is never blank: its text starts with
 * "⚠" and gives the reason, which {@link #error()} holds alone.
 *
 * @param line its line
 * @param column its column
 * @param text what the cell shows
 * @param look its look
 * @param error the French message of a failed expression, or {@code null}
 * @param mapping the description element that computed it (a {@code FeatureColumn} or an
 *            {@code IntersectionMapping}), or {@code null} for an empty cell no intersection covers
 * @param editable whether {@link TableSession#editCommand} can change it
 */
public record TableCell(TableLine line, TableColumn column, String text, CellLook look, String error, EObject mapping,
        boolean editable) {

    /** @return whether an expression of this cell failed */
    public boolean failed() {
        return error != null;
    }
}
