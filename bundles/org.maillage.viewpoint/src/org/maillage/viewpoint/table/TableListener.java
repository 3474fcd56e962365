/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.table;

/** Told after each refresh of a {@link TableSession} (called on the thread that changed the roadmap). */
@FunctionalInterface
public interface TableListener {

    /**
     * @param session the session
     * @param table the new table
     */
    void tableChanged(TableSession session, Table table);
}
