/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.table;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.maillage.viewpoint.internal.expressions.ExpressionEngine;
import org.maillage.viewpoint.internal.table.TableCommands;
import org.maillage.viewpoint.internal.table.TableInterpreter;
import org.maillage.viewpoint.model.description.TableDescription;

/**
 * A table of a roadmap element, kept up to date: {@link #table()} is the table of the last {@link #refresh()}.
 * Bound to the roadmap's command stack ({@link #bindCommandStack}), it refreshes after each command (execute, undo,
 * redo) and tells its listeners. Cell edits are EMF commands ({@link #editCommand}) to execute on that stack, so
 * that <em>Édition &gt; Annuler</em> undoes them. Headless (no SWT); not thread-safe: use it from one thread.
 * Sort and filter are view state, kept by the views ({@link TableViews}), never by the session.
 */
public final class TableSession {

    private final TableDescription description;
    private final EObject target;
    private final TableInterpreter interpreter;
    private final List<TableListener> listeners = new CopyOnWriteArrayList<>();
    private final CommandStackListener stackListener = event -> refresh();
    private CommandStack commandStack;
    private Table table;

    private TableSession(EObject target, TableDescription description) {
        this.description = description;
        this.target = target;
        this.interpreter = new TableInterpreter(ExpressionEngine.shared(), description, target);
    }

    /**
     * Computes the table of {@code description} on {@code target}.
     *
     * @param target the element the table is made for (of the description's domain class)
     * @param description the table or cross-table description
     * @return the session, with its first table computed
     */
    public static TableSession create(EObject target, TableDescription description) {
        TableSession session = new TableSession(target, description);
        session.table = session.interpreter.compute();
        return session;
    }

    /** @return the description */
    public TableDescription description() {
        return description;
    }

    /** @return the element the table is made for */
    public EObject target() {
        return target;
    }

    /** @return the table of the last refresh */
    public Table table() {
        return table;
    }

    /** Recomputes the whole table from the roadmap and tells the listeners. @return the new table */
    public Table refresh() {
        table = interpreter.compute();
        for (TableListener listener : listeners) {
            listener.tableChanged(this, table);
        }
        return table;
    }

    /**
     * Refreshes after every command of {@code stack} (execute, undo, redo); {@code null} unbinds.
     *
     * @param stack the roadmap's command stack
     */
    public void bindCommandStack(CommandStack stack) {
        if (commandStack != null) {
            commandStack.removeCommandStackListener(stackListener);
        }
        commandStack = stack;
        if (stack != null) {
            stack.addCommandStackListener(stackListener);
        }
    }

    /**
     * The command that puts {@code value} in a cell: for an editable feature column, the new value of the attribute
     * (text converted to its type); for a cross-table cell whose intersection names an {@code editFeature},
     * {@link Boolean#TRUE} adds the other element to that reference, {@link Boolean#FALSE} removes it and
     * {@code null} toggles. Execute it on the roadmap's command stack; the table follows.
     *
     * @return the command; {@code canExecute()} is false when the cell is not editable, the value does not fit or
     *         nothing would change
     */
    public Command editCommand(TableCell cell, Object value) {
        return TableCommands.edit(cell, value);
    }

    /** @param listener told after each refresh */
    public void addListener(TableListener listener) {
        listeners.add(listener);
    }

    /** @param listener no longer told */
    public void removeListener(TableListener listener) {
        listeners.remove(listener);
    }

    /** Unbinds the command stack and forgets the listeners. */
    public void dispose() {
        bindCommandStack(null);
        listeners.clear();
    }
}
