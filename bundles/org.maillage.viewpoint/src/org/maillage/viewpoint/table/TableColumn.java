/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.table;

import org.eclipse.emf.ecore.EObject;

/**
 * A column of a computed {@link Table}: a feature column (edition tables) or one candidate of an element column
 * mapping (cross tables). The line headers are not a column: they come first in every view and export.
 *
 * @param id unique in its table, stable across refreshes (mapping id and element uuid, or value)
 * @param header the header text
 * @param element the column element (an EObject, or a value such as a year); {@code null} for a feature column
 * @param mapping the description element: a {@code FeatureColumn} or an {@code ElementColumnMapping}
 */
public record TableColumn(String id, String header, Object element, EObject mapping) {
}
