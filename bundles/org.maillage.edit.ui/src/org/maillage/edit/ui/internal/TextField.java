/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.maillage.edit.ui.PropertyValues;

/**
 * A typed value (text, number, date) in a text field, or a list of texts one per line. The value is set when the
 * field loses the focus or on Enter; text that is not a value of the attribute's type stays in the field with an
 * error message in the form's heading and next to the field, until corrected.
 */
public final class TextField extends PropertyField {

    private final Text text;
    private final EAttribute attribute;
    private boolean invalid;

    /**
     * @param context the form's shared state
     * @param parent a composite with a two-column grid (label, control)
     * @param owner the element
     * @param descriptor the property, an attribute
     * @param multiLine whether the text may span lines (always for a list of texts)
     */
    public TextField(FieldContext context, Composite parent, EObject owner, IItemPropertyDescriptor descriptor,
            boolean multiLine) {
        super(context, owner, descriptor);
        this.attribute = (EAttribute) feature;
        boolean lines = multiLine || attribute.isMany();
        text = context.toolkit().createText(parent, "", lines ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, lines ? 64 : SWT.DEFAULT).applyTo(text);
        text.setEditable(editable());
        if (attribute.isMany()) {
            text.setMessage(Messages.get("field.lines"));
            text.setToolTipText(Messages.get("field.lines"));
        }
        text.addListener(SWT.FocusOut, event -> commit());
        if (!lines) {
            text.addListener(SWT.DefaultSelection, event -> commit());
        }
        refresh();
    }

    @Override
    public void refresh() {
        if (text.isDisposed() || invalid) {
            // Refused text stays until the user corrects it: what they typed is never replaced silently.
            return;
        }
        String shown = attribute.isMany()
                ? String.join("\n", ((List<?>) owner.eGet(attribute)).stream().map(String::valueOf).toList())
                : PropertyValues.toText(attribute, owner.eGet(attribute));
        if (!shown.equals(text.getText())) {
            text.setText(shown);
        }
    }

    /** Sets the value from the text, or shows why it cannot. */
    public void commit() {
        if (text.isDisposed() || !text.getEditable()) {
            return;
        }
        if (attribute.isMany()) {
            set(Arrays.stream(text.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList());
            return;
        }
        Object value;
        try {
            value = PropertyValues.parse(attribute, text.getText());
        } catch (IllegalArgumentException e) {
            invalid = true;
            context.errors().show(this, text, getDisplayName() + " : " + e.getMessage());
            return;
        }
        String order = PropertyValues.checkOrder(owner, attribute, value);
        if (order != null) {
            invalid = true;
            context.errors().show(this, text, getDisplayName() + " : " + order);
            return;
        }
        clearError();
        set(value);
    }

    private void clearError() {
        if (invalid) {
            invalid = false;
            context.errors().clear(this);
        }
    }

    /** @return whether the text typed is refused (its message is shown) */
    public boolean isInvalid() {
        return invalid;
    }

    @Override
    public Control getControl() {
        return text;
    }
}
