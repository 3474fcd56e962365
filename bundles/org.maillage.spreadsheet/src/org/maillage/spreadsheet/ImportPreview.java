/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet;

import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.maillage.spreadsheet.internal.Messages;

/**
 * What importing a spreadsheet would change, before anything is changed: rows added, rows changed (each field with
 * its value before and after), rows unchanged, values refused (sheet, row, column and why, in French), and elements
 * of the roadmap that the sheet does not list (they are left as they are: an import never deletes). Applying it is
 * one command ({@link #command}), so one Undo takes it all back.
 */
public final class ImportPreview {

    /**
     * @param column the column's header
     * @param before the value before, as the sheet shows it
     * @param after the value after
     */
    public record FieldChange(String column, String before, String after) {
    }

    /**
     * @param sheet the sheet
     * @param row the row's number as the spreadsheet shows it (the header row is 1)
     * @param element the element's name
     * @param changes for a changed row, what changes; for an added row, its non-empty fields
     */
    public record RowChange(String sheet, int row, String element, List<FieldChange> changes) {
    }

    /**
     * @param sheet the sheet
     * @param row the row's number as the spreadsheet shows it
     * @param column the column's header
     * @param reason why, in French
     */
    public record Refusal(String sheet, int row, String column, String reason) {
        /** @return the whole sentence: sheet, row, column and reason */
        public String message() {
            return Messages.get("refusal", sheet, String.valueOf(row), column, reason);
        }
    }

    private final List<RowChange> added;
    private final List<RowChange> changed;
    private final List<RowChange> unchanged;
    private final List<Refusal> refusals;
    private final List<String> absent;
    private final List<String> notes;
    private final BiFunction<EditingDomain, Boolean, Command> commands;

    /**
     * Made by the importer.
     *
     * @param added rows that create an element
     * @param changed rows that change their element
     * @param unchanged rows that change nothing
     * @param refusals refused values; their rows are neither added nor changed
     * @param absent elements of the roadmap no row names (kept)
     * @param notes sheets and columns left out, in French
     * @param commands builds the command for an editing domain, with the valid rows only or not
     */
    public ImportPreview(List<RowChange> added, List<RowChange> changed, List<RowChange> unchanged,
            List<Refusal> refusals, List<String> absent, List<String> notes,
            BiFunction<EditingDomain, Boolean, Command> commands) {
        this.added = List.copyOf(added);
        this.changed = List.copyOf(changed);
        this.unchanged = List.copyOf(unchanged);
        this.refusals = List.copyOf(refusals);
        this.absent = List.copyOf(absent);
        this.notes = List.copyOf(notes);
        this.commands = commands;
    }

    /** @return the rows that add an element */
    public List<RowChange> added() {
        return added;
    }

    /** @return the rows that change an element */
    public List<RowChange> changed() {
        return changed;
    }

    /** @return the rows that change nothing */
    public List<RowChange> unchanged() {
        return unchanged;
    }

    /** @return the refused values */
    public List<Refusal> refusals() {
        return refusals;
    }

    /** @return the elements the sheets do not list, kept as they are */
    public List<String> absent() {
        return absent;
    }

    /** @return sheets and columns that were not read, in French */
    public List<String> notes() {
        return notes;
    }

    /** @return whether applying would change the roadmap */
    public boolean hasChanges() {
        return !added.isEmpty() || !changed.isEmpty();
    }

    /**
     * The change, as one command to execute on the roadmap's command stack (one Undo).
     *
     * @param domain the roadmap's editing domain
     * @param validRowsOnly {@code true} to apply the valid rows although some values are refused ("importer les
     *            lignes valides")
     * @return the command
     * @throws IllegalStateException when values are refused and {@code validRowsOnly} is false: nothing may be
     *             applied then
     */
    public Command command(EditingDomain domain, boolean validRowsOnly) {
        if (!refusals.isEmpty() && !validRowsOnly) {
            throw new IllegalStateException(Messages.get("import.refusedRows", refusals.size()));
        }
        return commands.apply(domain, validRowsOnly);
    }

    /** @return a French summary: how many rows added, changed, unchanged and refused */
    public String summary() {
        long refusedRows = refusals.stream().map(r -> r.sheet() + '\u0000' + r.row()).distinct().count();
        return Messages.get("preview.summary", added.size(), changed.size(), unchanged.size(), refusedRows,
                absent.size());
    }
}
