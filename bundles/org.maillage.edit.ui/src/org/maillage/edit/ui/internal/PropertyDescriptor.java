/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui.internal;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.maillage.edit.ui.PropertyValues;

/**
 * One property in the Properties view, keyed by its feature: French name, category and description from the item
 * property descriptor, and the cell editor that suits its type.
 */
final class PropertyDescriptor implements IPropertyDescriptor {

    private final EObject owner;
    private final IItemPropertyDescriptor descriptor;
    private final EStructuralFeature feature;
    private final DescriptorLabels labels;

    PropertyDescriptor(EObject owner, IItemPropertyDescriptor descriptor, DescriptorLabels labels) {
        this.owner = owner;
        this.descriptor = descriptor;
        this.feature = (EStructuralFeature) descriptor.getFeature(owner);
        this.labels = labels;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!Edits.isEditable(descriptor, owner)) {
            return null;
        }
        if (feature instanceof EAttribute attribute && !attribute.isMany()) {
            Class<?> kind = attribute.getEAttributeType().getInstanceClass();
            if (attribute.getEAttributeType() instanceof EEnum || kind == boolean.class || kind == Boolean.class) {
                return CellEditors.combo(parent, descriptor, owner, labels);
            }
            return CellEditors.text(parent, attribute);
        }
        return CellEditors.chooser(parent, descriptor, owner, labels);
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(owner);
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(owner);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(owner);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(owner);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return feature;
    }

    @Override
    public ILabelProvider getLabelProvider() {
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                if (feature.isMany()) {
                    return labels.join((List<?>) value);
                }
                return feature instanceof EAttribute attribute && !(value instanceof Boolean)
                        && !(attribute.getEAttributeType() instanceof EEnum)
                                ? PropertyValues.toText(attribute, value)
                                : labels.getText(value);
            }

            @Override
            public org.eclipse.swt.graphics.Image getImage(Object value) {
                return feature.isMany() ? null : labels.getImage(value);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return other instanceof PropertyDescriptor p && p.feature == feature;
    }
}
