/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.internal;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.maillage.model.ModeleMaillage;

/**
 * One sheet of a table: the elements it lists, its columns, where a new row's element goes and how a row without
 * uuid finds its element (its code or number, else its name, within its owner).
 *
 * @param table the table name, as in the report data source ({@code chantiers}...)
 * @param name the sheet's name, in French
 * @param eClass the type of its elements (the concrete type new rows create)
 * @param columns its columns, the uuid first
 * @param containment where its elements are held: in the model when its container is {@link ModeleMaillage}, else
 *            in the element named by the {@link Column.Kind#PARENT} column
 * @param key the field a row without uuid is matched by
 */
public record SheetSpec(String table, String name, EClass eClass, List<Column> columns, EReference containment,
        EAttribute key) {

    /** @return whether the rows' owner is named by a column (and not the model itself) */
    public boolean hasParent() {
        return columns.stream().anyMatch(c -> c.kind() == Column.Kind.PARENT);
    }

    /**
     * @param model the roadmap
     * @return the elements listed, in the model's order
     */
    @SuppressWarnings("unchecked")
    public List<EObject> rows(ModeleMaillage model) {
        if (!hasParent()) {
            return ((List<EObject>) model.eGet(containment)).stream().filter(eClass::isInstance).toList();
        }
        return Resolver.all(model, containment.getEContainingClass()).stream()
                .flatMap(owner -> ((List<EObject>) owner.eGet(containment)).stream()).filter(eClass::isInstance)
                .toList();
    }
}
