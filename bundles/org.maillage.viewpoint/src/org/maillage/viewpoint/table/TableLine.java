/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.table;

import org.maillage.viewpoint.model.description.LineMapping;

/**
 * A line of a computed {@link Table}: one candidate of a line mapping (sub-lines follow their parent).
 *
 * @param id unique in its table, stable across refreshes (mapping id, parent line and element uuid)
 * @param header the header text; the error text when its label expression failed
 * @param look the header's look
 * @param error the French message of a failed header expression, or {@code null}
 * @param element the line element
 * @param mapping its mapping
 * @param depth 0 for a top line, 1 for its sub-lines, and so on
 */
public record TableLine(String id, String header, CellLook look, String error, Object element, LineMapping mapping,
        int depth) {
}
