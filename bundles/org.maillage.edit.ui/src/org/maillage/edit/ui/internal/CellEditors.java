/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.maillage.edit.ui.ChoiceDialog;
import org.maillage.edit.ui.PropertyValues;

/**
 * Cell editors of the Properties view, working on the properties' own values (dates, numbers, literals, elements):
 * the same conversions, validation messages and choosers as the forms.
 */
final class CellEditors {

    private CellEditors() {
    }

    /** Typed text: refused input keeps the editor open and puts the reason in the status line. */
    static CellEditor text(Composite parent, EAttribute attribute) {
        TextCellEditor editor = new TextCellEditor(parent) {
            @Override
            protected void doSetValue(Object value) {
                super.doSetValue(PropertyValues.toText(attribute, value));
            }

            @Override
            protected Object doGetValue() {
                return PropertyValues.parse(attribute, (String) super.doGetValue());
            }
        };
        editor.setValidator(value -> value instanceof String text ? PropertyValues.validate(attribute, text) : null);
        return editor;
    }

    /** Enumeration literals (in French) or yes/no in a read-only combo. */
    static CellEditor combo(Composite parent, IItemPropertyDescriptor descriptor, EObject owner,
            DescriptorLabels labels) {
        List<Object> values = Edits.choices(descriptor, owner);
        String[] items = values.stream().map(labels::getText).toArray(String[]::new);
        return new ComboBoxCellEditor(parent, items, SWT.READ_ONLY) {
            @Override
            protected void doSetValue(Object value) {
                super.doSetValue(Math.max(0, values.indexOf(value)));
            }

            @Override
            protected Object doGetValue() {
                int index = (Integer) super.doGetValue();
                return index >= 0 && index < values.size() ? values.get(index) : null;
            }
        };
    }

    /** References and value lists: the current labels and a button opening the chooser with search. */
    static CellEditor chooser(Composite parent, IItemPropertyDescriptor descriptor, EObject owner,
            DescriptorLabels labels) {
        EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(owner);
        return new DialogCellEditor(parent) {
            @Override
            protected Object openDialogBox(Control window) {
                Collection<?> choices = descriptor.getChoiceOfValues(owner);
                List<Object> candidates = choices == null ? List.of() : new ArrayList<>(choices);
                String title = descriptor.getDisplayName(owner);
                if (feature.isMany()) {
                    return ChoiceDialog.chooseMany(window.getShell(), title, Messages.get("field.chooseMany", title),
                            candidates, (List<?>) owner.eGet(feature), labels);
                }
                List<Object> one = ChoiceDialog.chooseOne(window.getShell(), title,
                        Messages.get("field.chooseOne", title), candidates, owner.eGet(feature),
                        !feature.isRequired(), labels);
                // A null result means cancelled (the cell editor keeps the value); "none" is an empty reference.
                return one == null ? null : one.get(0) == null ? NoValue.INSTANCE : one.get(0);
            }

            @Override
            protected void updateContents(Object value) {
                if (getDefaultLabel() != null) {
                    getDefaultLabel().setText(value instanceof Collection<?> many ? labels.join(many)
                            : value == NoValue.INSTANCE ? "" : labels.getText(value));
                }
            }

            @Override
            protected Object doGetValue() {
                Object value = super.doGetValue();
                return value == NoValue.INSTANCE ? null : value;
            }
        };
    }

    /** Stands for "no value chosen", which the cell editor cannot tell from "cancelled" when it is {@code null}. */
    private enum NoValue {
        INSTANCE
    }
}
