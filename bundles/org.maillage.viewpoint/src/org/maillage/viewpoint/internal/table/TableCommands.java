/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.table;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.maillage.viewpoint.internal.Messages;
import org.maillage.viewpoint.model.description.EditOwner;
import org.maillage.viewpoint.model.description.FeatureColumn;
import org.maillage.viewpoint.model.description.IntersectionMapping;
import org.maillage.viewpoint.table.TableCell;

/**
 * Edits of table cells as EMF commands for the roadmap's command stack: setting the attribute of an editable feature
 * column, or adding/removing the other element in the reference an intersection names (membership toggle). Each
 * command records its changes ({@link ChangeCommand}), so undo and redo restore the roadmap exactly. A cell that
 * cannot take the value gives {@link UnexecutableCommand#INSTANCE}.
 */
public final class TableCommands {

    private TableCommands() {
    }

    /**
     * @param cell the cell
     * @param value for a feature column, the new value (text converted to the attribute's type; empty text unsets
     *            a non-text attribute); for an intersection, {@link Boolean#TRUE} to add, {@link Boolean#FALSE} to
     *            remove, anything else to toggle
     * @return the command, or {@link UnexecutableCommand#INSTANCE}
     */
    public static Command edit(TableCell cell, Object value) {
        if (!cell.editable()) {
            return UnexecutableCommand.INSTANCE;
        }
        if (cell.mapping() instanceof FeatureColumn column && cell.line().element() instanceof EObject owner) {
            EAttribute attribute = attribute(owner, column.getFeatureName());
            Object converted;
            try {
                converted = convert(attribute, value);
            } catch (RuntimeException e) {
                return UnexecutableCommand.INSTANCE;
            }
            if (java.util.Objects.equals(owner.eGet(attribute), converted)) {
                return UnexecutableCommand.INSTANCE;
            }
            return command(owner, () -> owner.eSet(attribute, converted),
                    Messages.get("table.editLabel", cell.column().header()));
        }
        if (cell.mapping() instanceof IntersectionMapping intersection) {
            Object line = cell.line().element();
            Object column = cell.column().element();
            EReference reference = toggleReference(intersection, line, column);
            boolean onLine = intersection.getEditOwner() != EditOwner.COLUMN;
            EObject owner = (EObject) (onLine ? line : column);
            EObject other = (EObject) (onLine ? column : line);
            @SuppressWarnings("unchecked")
            List<Object> values = (List<Object>) owner.eGet(reference);
            boolean present = values.contains(other);
            boolean wanted = value instanceof Boolean b ? b : !present;
            if (wanted == present) {
                return UnexecutableCommand.INSTANCE;
            }
            return command(owner, () -> {
                if (wanted) {
                    values.add(other);
                } else {
                    values.remove(other);
                }
            }, Messages.get(wanted ? "table.addLabel" : "table.removeLabel", cell.column().header()));
        }
        return UnexecutableCommand.INSTANCE;
    }

    /** @return the single-valued, changeable attribute {@code name} of {@code owner}, or {@code null} */
    static EAttribute attribute(EObject owner, String name) {
        EStructuralFeature feature = name == null ? null : owner.eClass().getEStructuralFeature(name);
        return feature instanceof EAttribute a && !a.isMany() && a.isChangeable() && !a.isDerived() ? a : null;
    }

    /**
     * @return the many-valued, changeable, non-containment reference the intersection toggles, when its owner has
     *         it and the other element fits its type; {@code null} when the cell is not editable
     */
    public static EReference toggleReference(IntersectionMapping intersection, Object line, Object column) {
        String name = intersection.getEditFeature();
        if (name == null || name.isBlank()) {
            return null;
        }
        boolean onLine = intersection.getEditOwner() != EditOwner.COLUMN;
        if (!((onLine ? line : column) instanceof EObject owner) || !((onLine ? column : line) instanceof EObject o)) {
            return null;
        }
        EStructuralFeature feature = owner.eClass().getEStructuralFeature(name);
        return feature instanceof EReference r && r.isMany() && r.isChangeable() && !r.isContainment()
                && !r.isContainer() && !r.isDerived() && r.getEReferenceType().isInstance(o) ? r : null;
    }

    private static Object convert(EAttribute attribute, Object value) {
        if (value == null || value instanceof String s && s.isBlank()
                && attribute.getEAttributeType().getInstanceClass() != String.class) {
            return attribute.getDefaultValue();
        }
        if (value instanceof String text) {
            return EcoreUtil.createFromString(attribute.getEAttributeType(), text.strip());
        }
        if (attribute.getEAttributeType().isInstance(value)) {
            return value;
        }
        throw new IllegalArgumentException(String.valueOf(value));
    }

    private static Command command(EObject owner, Runnable change, String label) {
        return new EditCommand(EcoreUtil.getRootContainer(owner), change, label);
    }

    /** A cell edit, recorded so that undo and redo restore the roadmap exactly. */
    private static final class EditCommand extends ChangeCommand {
        private final Runnable change;

        EditCommand(EObject root, Runnable change, String label) {
            super(root);
            this.change = change;
            setLabel(label);
        }

        @Override
        protected void doExecute() {
            change.run();
        }
    }
}
