/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.maillage.edit.ui.ChoiceDialog;

/**
 * References to other elements (a pilote, an EPCI, partners, QPV...) or a list of enumeration values: their labels
 * in a read-only field, and a button opening a {@link ChoiceDialog} with search over the candidates the item
 * property descriptor gives (the elements of the right kind in the roadmap).
 */
public final class ReferenceField extends PropertyField {

    private final Text summary;
    private final Button choose;

    /**
     * @param context the form's shared state
     * @param parent a composite with a two-column grid
     * @param owner the element
     * @param descriptor the property: a reference, or a many-valued attribute with choices
     */
    public ReferenceField(FieldContext context, Composite parent, EObject owner, IItemPropertyDescriptor descriptor) {
        super(context, owner, descriptor);
        Composite row = context.toolkit().createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        summary = context.toolkit().createText(row, "", SWT.READ_ONLY | SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(160, SWT.DEFAULT)
                .applyTo(summary);
        choose = context.toolkit().createButton(row, Messages.get(feature.isMany() ? "field.edit" : "field.choose"),
                SWT.PUSH);
        choose.setEnabled(editable());
        choose.addListener(SWT.Selection, event -> openChooser());
        refresh();
    }

    /** Opens the chooser and sets what the user chose (nothing when cancelled). */
    public void openChooser() {
        Collection<?> choices = descriptor.getChoiceOfValues(owner);
        List<Object> candidates = choices == null ? List.of() : new ArrayList<>(choices);
        String title = descriptor.getDisplayName(owner);
        List<Object> result;
        if (feature.isMany()) {
            result = ChoiceDialog.chooseMany(summary.getShell(), title, Messages.get("field.chooseMany", title),
                    candidates, (List<?>) owner.eGet(feature), labels);
        } else {
            result = ChoiceDialog.chooseOne(summary.getShell(), title, Messages.get("field.chooseOne", title),
                    candidates, owner.eGet(feature), !feature.isRequired(), labels);
        }
        if (result != null) {
            set(feature.isMany() ? result : result.get(0));
        }
    }

    @Override
    public void refresh() {
        if (summary.isDisposed()) {
            return;
        }
        Object value = owner.eGet(feature);
        String shown = feature.isMany() ? labels.join((List<?>) value) : labels.getText(value);
        if (shown.isEmpty()) {
            shown = Messages.get("field.empty");
        }
        if (!shown.equals(summary.getText())) {
            summary.setText(shown);
            summary.setToolTipText(shown);
            summary.getParent().getParent().layout(true, true);
        }
    }

    @Override
    public Text getControl() {
        return summary;
    }

    /** @return the button that opens the chooser */
    public Button getButton() {
        return choose;
    }
}
