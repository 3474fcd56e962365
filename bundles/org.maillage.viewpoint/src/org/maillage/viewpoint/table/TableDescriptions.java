/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.maillage.viewpoint.ExpressionDiagnostic;
import org.maillage.viewpoint.ViewpointRegistry;
import org.maillage.viewpoint.internal.Descriptions;
import org.maillage.viewpoint.internal.Types;
import org.maillage.viewpoint.model.description.DescriptionPackage;
import org.maillage.viewpoint.model.description.TableDescription;
import org.maillage.viewpoint.model.description.Viewpoint;

/**
 * The table descriptions of a {@link ViewpointRegistry}: which apply to an element, and finding one by id, the same
 * way as diagram descriptions ({@code viewpointId/tableId}).
 */
public final class TableDescriptions {

    private TableDescriptions() {
    }

    /**
     * @param registry the viewpoints
     * @param target an element
     * @param problems receives one diagnostic per precondition that could not be evaluated (that table does not
     *            apply)
     * @return the table descriptions whose domain class matches {@code target} and whose precondition holds
     */
    public static List<TableDescription> applicable(ViewpointRegistry registry, EObject target,
            List<ExpressionDiagnostic> problems) {
        List<TableDescription> result = new ArrayList<>();
        for (Viewpoint viewpoint : registry.viewpoints()) {
            for (TableDescription description : viewpoint.getTables()) {
                if (Types.isA(target, description.getDomainClass()) && Descriptions.precondition(description,
                        DescriptionPackage.Literals.TABLE_DESCRIPTION__PRECONDITION_EXPRESSION,
                        description.getPreconditionExpression(), target, problems)) {
                    result.add(description);
                }
            }
        }
        return result;
    }

    /**
     * @param id {@code viewpointId/tableId}, or a table id alone
     * @return the table description, or empty when none or several match
     */
    public static Optional<TableDescription> find(ViewpointRegistry registry, String id) {
        return Descriptions.find(registry.viewpoints(), id, Viewpoint::getTables, false);
    }

    /** @return {@code viewpointId/tableId} */
    public static String qualifiedId(TableDescription description) {
        EObject container = description.eContainer();
        return (container instanceof Viewpoint viewpoint ? viewpoint.getId() + '/' : "") + description.getId();
    }
}
