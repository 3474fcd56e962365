/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/**
 * An enumeration or a yes/no value in a read-only combo, with the literals in the user's language (from the item
 * providers). Choosing an entry sets the value at once.
 */
public final class ComboField extends PropertyField {

    private final Combo combo;
    private final List<Object> values = new ArrayList<>();

    /**
     * @param context the form's shared state
     * @param parent a composite with a two-column grid
     * @param owner the element
     * @param descriptor the property: a single-valued enumeration or boolean attribute
     */
    public ComboField(FieldContext context, Composite parent, EObject owner, IItemPropertyDescriptor descriptor) {
        super(context, owner, descriptor);
        values.addAll(Edits.choices(descriptor, owner));
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        context.toolkit().adapt(combo, true, false);
        values.forEach(value -> combo.add(labels.getText(value)));
        combo.setVisibleItemCount(Math.min(values.size(), 12));
        combo.setEnabled(editable());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        combo.addListener(SWT.Selection, event -> {
            int index = combo.getSelectionIndex();
            if (index >= 0) {
                set(values.get(index));
            }
        });
        refresh();
    }

    @Override
    public void refresh() {
        if (!combo.isDisposed()) {
            int index = values.indexOf(owner.eGet(feature));
            if (index < 0) {
                combo.deselectAll();
            } else if (index != combo.getSelectionIndex()) {
                combo.select(index);
            }
        }
    }

    @Override
    public Combo getControl() {
        return combo;
    }

    /** @return the values in the order of the combo's items */
    public List<Object> getValues() {
        return values;
    }
}
