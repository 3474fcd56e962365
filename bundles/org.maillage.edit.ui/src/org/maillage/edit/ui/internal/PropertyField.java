/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.swt.widgets.Control;

/**
 * One property of one element in a form: a control showing its value and changing it through commands.
 * Subclasses differ by kind of value (typed text, choice in a list, references).
 */
public abstract class PropertyField {

    protected final FieldContext context;
    protected final EObject owner;
    protected final EStructuralFeature feature;
    protected final IItemPropertyDescriptor descriptor;
    protected final DescriptorLabels labels;

    protected PropertyField(FieldContext context, EObject owner, IItemPropertyDescriptor descriptor) {
        this.context = context;
        this.owner = owner;
        this.descriptor = descriptor;
        this.feature = (EStructuralFeature) descriptor.getFeature(owner);
        this.labels = new DescriptorLabels(descriptor, owner, context.icons());
    }

    /** Shows the current value of the property (after an edit, an undo, a change made elsewhere). */
    public abstract void refresh();

    /** @return the main control, for focus and tests */
    public abstract Control getControl();

    /** @return the property */
    public EStructuralFeature getFeature() {
        return feature;
    }

    /** @return the property's name for the user */
    public String getDisplayName() {
        return descriptor.getDisplayName(owner);
    }

    /**
     * Runs the command that gives the property a new value.
     *
     * @param value the new value (the whole list for a many-valued property)
     */
    protected void set(Object value) {
        Edits.set(context.domain(), owner, feature, value);
    }

    /** @return whether the user may change the value */
    protected boolean editable() {
        return Edits.isEditable(descriptor, owner);
    }
}
