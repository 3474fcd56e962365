/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui.internal;

import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.maillage.edit.ui.ItemProviderLabelProvider;

/**
 * Texts of a property's values as its item property descriptor gives them (French enumeration literals, element
 * labels), with the element icons of the item providers.
 */
public final class DescriptorLabels extends LabelProvider {

    private final IItemLabelProvider texts;
    private final Object type;
    private final ItemProviderLabelProvider icons;

    /**
     * @param descriptor the property
     * @param owner the element
     * @param icons the icons of elements, or {@code null} for none; not disposed by this provider
     */
    public DescriptorLabels(IItemPropertyDescriptor descriptor, EObject owner, ItemProviderLabelProvider icons) {
        this.texts = descriptor.getLabelProvider(owner);
        this.type = descriptor.getFeature(owner) instanceof EStructuralFeature feature ? feature.getEType() : null;
        this.icons = icons;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof Boolean flag) {
            return Messages.get(flag ? "value.yes" : "value.no");
        }
        if (element instanceof EObject value && icons != null && value.eClass() == type) {
            // All values are of the property's own kind: saying it before each of them is noise.
            return icons.getShortText(value);
        }
        return element == null ? "" : texts.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        return element instanceof EObject && icons != null ? icons.getImage(element) : null;
    }

    /**
     * @param values several values
     * @return their texts separated by commas
     */
    public String join(Collection<?> values) {
        return values.stream().map(this::getText).collect(Collectors.joining(", "));
    }

    @Override
    public void dispose() {
        // The icons belong to the form or page that lent them.
    }
}
