/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.maillage.edit.ui.ItemProviderLabelProvider;
import org.maillage.edit.ui.PropertyForm;

/**
 * The Properties view's view of one element: its item property descriptors, with values read from the element and
 * changes made by commands on the roadmap's command stack.
 */
public final class ItemPropertySource implements IPropertySource {

    private final EObject owner;
    private final IItemPropertySource source;
    private final EditingDomain domain;
    private final ItemProviderLabelProvider icons;

    /**
     * @param owner the element
     * @param source its item provider
     * @param domain the roadmap's editing domain
     * @param icons element icons
     */
    public ItemPropertySource(EObject owner, IItemPropertySource source, EditingDomain domain,
            ItemProviderLabelProvider icons) {
        this.owner = owner;
        this.source = source;
        this.domain = domain;
        this.icons = icons;
    }

    @Override
    public Object getEditableValue() {
        return owner;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(owner);
        return descriptors.stream()
                .filter(d -> d.getFeature(owner) instanceof EStructuralFeature f && PropertyForm.isForUsers(f))
                .map(d -> new PropertyDescriptor(owner, d, new DescriptorLabels(d, owner, icons)))
                .toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        return owner.eGet(feature(id));
    }

    @Override
    public boolean isPropertySet(Object id) {
        return owner.eIsSet(feature(id));
    }

    @Override
    public void resetPropertyValue(Object id) {
        EStructuralFeature feature = feature(id);
        Edits.set(domain, owner, feature, feature.isMany() ? List.of() : feature.getDefaultValue());
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        Edits.set(domain, owner, feature(id), value);
    }

    private static EStructuralFeature feature(Object id) {
        return (EStructuralFeature) id;
    }
}
